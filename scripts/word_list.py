"""Write the decompounder's German word list from wordfreq's frequencies (run by scripts/build-word-list).

One line per word: the word folded as the search folds it (search.folding: lower case, umlauts and ß
folded), a tab, and its Zipf frequency times ten (log10 of occurrences per billion words; 7.0 is "und",
3.0 is about one in a million). Only words of letters, at least three long, and at least MIN_ZIPF frequent:
rarer entries of the list are mostly names, typos and foreign words, which would make false compound parts.
Spellings that fold alike keep the higher frequency. The result is deterministic for a wordfreq version.
"""

import gzip
import importlib.metadata
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.folding import fold_for_search  # noqa: E402

MIN_ZIPF = 2.5
LETTERS = re.compile(r"[a-zäöüß]{3,}")

HEADER = """\
# German words and their frequency, for the decompounder of search/compounds.py.
# Made by scripts/build-word-list from wordfreq {version} (https://pypi.org/project/wordfreq/), whose German
# frequencies combine Wikipedia, OpenSubtitles, news, web text and other sources. The wordfreq data are licensed
# CC BY-SA 4.0 (Robyn Speer and contributors); so is this derived list.
# Format: folded word, tab, Zipf frequency x 10. Words below Zipf {min_zipf} are left out.
"""


def main(target):
    import wordfreq

    best = {}
    for word, frequency in wordfreq.get_frequency_dict("de", wordlist="large").items():
        if not LETTERS.fullmatch(word):
            continue
        zipf = math.log10(frequency) + 9
        if zipf < MIN_ZIPF:
            continue
        folded = fold_for_search(word)
        best[folded] = max(best.get(folded, 0), round(zipf * 10))
    header = HEADER.format(version=importlib.metadata.version("wordfreq"), min_zipf=MIN_ZIPF)
    lines = "".join(f"{word}\t{best[word]}\n" for word in sorted(best))
    # mtime=0: the same words give the same bytes, so a rebuild without changes is no diff.
    with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write((header + lines).encode("utf-8"))
    print(f"{target}: {len(best)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
