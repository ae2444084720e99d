"""German compounds: where a word splits into words ("Mobilfunkausbau" → "mobilfunk", "ausbau").

German writes new concepts as one word, so a text about "Ausbau des Mobilfunks" answers a reader who types
"Mobilfunkausbau", and a page on "Straßenbeleuchtung" one who types "Beleuchtung". The splitter is general,
not a list of municipal words: a word splits where every part is a frequent German word (the word list
`analysis/german_words.txt.gz`, made from wordfreq by scripts/build-word-list), optionally joined by a
linking element (Fugenelement: "Ordnung-s-amt", "Katastrophe-n-schutz"). Among the possible splits the one
whose parts are most frequent wins, with a penalty for each further part, so "Sitzungsunterlagen" becomes
"sitzung" + "unterlagen", not "sitzung" + "unter" + "lagen" (the longest-match rule of the issue, measured
by frequency rather than length). A word more frequent than its best split stays whole ("Verbrauch" is no
"Verb" + "Rauch"). Prepositions and stop words are never parts, nor are suffixes that are also words
("-schaft"): "Unterlagen", "Nachfrage", "Wissenschaft" stay whole. The curated `analysis/compounds.txt`
adds municipal sub-words the frequency list misses.

Both engines use this module: the database engine writes the parts into its index terms and matches a
compound query word by all its parts; the remote engine gets the parts in the `compound_parts` field and a
query clause of them (search.engines.queries). So the two split alike, on any engine, with no files to
install in the engine. Words are compared folded (search.folding), as everywhere in the search.

`repair()` mends a typing error inside a long query word ("Verwaltungsdigitalisirung" →
"verwaltung" + "digitalisierung"), which fuzzy matching of the whole word cannot do when the text has the
parts apart. tests/search/test_compounds.py measures false splits on words that must stay whole.
"""

import gzip
from functools import lru_cache

from .folding import fold_for_search
from .word_lists import WORD_LISTS, read_word_list

#: Words shorter than this are not split.
MIN_COMPOUND = 7
#: Parts are at least this long, except the short heads below.
MIN_PART = 4
#: A part must be at least this frequent (Zipf × 10; 28 is about one in 1.6 million words): rarer list
#: entries are mostly names and foreign words.
MIN_PART_ZIPF = 28
#: The score of a split is the mean Zipf × 10 of its parts, less this for each part beyond two.
EXTRA_PART_PENALTY = 10
#: Linking elements between parts, tried in this order.
LINKS = ("", "s", "es", "n", "en", "e", "er", "ens")
#: Three-letter words that are common last or first parts of compounds ("Gemeinderat", "Bürgerbus").
SHORT_PARTS = frozenset(
    ["amt", "bad", "bau", "bus", "eis", "gas", "hof", "kur", "nah", "not", "ort", "rad", "rat", "see", "tag", "tor"]
    + ["weg", "zug"]
)
#: Never parts: prepositions and particles that make verbs and nouns of their own ("Unterlagen",
#: "Übergang"), suffixes that are also words ("Wissenschaft"), and frequent foreign words that are
#: rarely a German part ("Verbrauch" is not "Verb"-"rauch").
NOT_PARTS = frozenset(
    ["unter", "uber", "gegen", "durch", "hinter", "neben", "wider", "zwischen", "ober", "nieder", "inter"]
    + ["nach", "aber", "alle", "auch", "dann", "dass", "diese", "doch", "eine", "einer", "kann", "kein"]
    + ["keine", "noch", "ohne", "sich", "sind", "wird", "wenn", "weil", "oder", "also", "mehr", "sehr"]
    + ["schaft", "schaften", "heit", "keit", "ungen", "lich", "isch", "chen", "lein", "tion", "ion"]
    + ["verb", "ford", "ment", "ting"]
)
#: A last part that no list knows, or knows as rare, still counts when it is a long derived noun: German
#: derives nouns from verbs and adjectives freely ("Entsiegelung", "Begrünung", "Verstetigung"), and a
#: frequency list misses most of them. It then counts as just frequent enough (MIN_PART_ZIPF).
#: Such a part must be listed, however rarely, or begin with a verb prefix ("ent-", "ver-", "be-"), and must
#: not split itself ("hofentsiegelung" is "hof" + "entsiegelung", not one derived noun).
DERIVED_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "itat", "ismus")
DERIVED_PREFIXES = ("ab", "an", "auf", "aus", "be", "ein", "ent", "er", "ge", "um", "ver", "vor", "wieder", "zer")
MIN_DERIVED_HEAD = 8
#: Heads that follow a linking element only: "Jahres-ende", "Wochen-ende", not "Mitarbeit-ende".
LINKED_HEADS = frozenset(["ende", "enden"])
#: Typing errors are mended only in query words at least this long, in parts at least this long, and
#: only into parts at least this frequent (Zipf × 10).
MIN_REPAIR_WORD = 9
MIN_REPAIR_PART = 5
MIN_REPAIR_ZIPF = MIN_PART_ZIPF
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def vocabulary():
    """{folded word: Zipf × 10}: the German word list plus the curated municipal sub-words."""
    words = {}
    with gzip.open(WORD_LISTS / "german_words.txt.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, zipf = line.rstrip("\n").split("\t")
            words[word] = int(zipf)
    for word in read_word_list("compounds.txt"):
        folded = fold_for_search(word)
        words[folded] = max(words.get(folded, 0), 40)
    return words


def _part_zipf(part, words):
    """How frequent `part` is as a compound part (Zipf × 10), 0 if it cannot be one.

    A verb stem counts as its infinitive a little less frequent ("förder" as "fördern": "Fördermittel").
    """
    if part in NOT_PARTS:
        return 0
    if part in SHORT_PARTS:
        return max(40, words.get(part, 0))
    if len(part) < MIN_PART:
        return 0
    zipf = words.get(part, 0)
    if zipf < MIN_PART_ZIPF and len(part) >= 5:
        zipf = max(zipf, words.get(part + "n", 0) - 3, words.get(part + "en", 0) - 3)
    return zipf if zipf >= MIN_PART_ZIPF else 0


def _head_zipf(part, words):
    """How frequent `part` is as the last part of a compound: as any part, or as a long derived noun."""
    zipf = _part_zipf(part, words)
    if zipf or len(part) < MIN_DERIVED_HEAD or part in NOT_PARTS or not part.endswith(DERIVED_SUFFIXES):
        return zipf
    if not (part in words or part.startswith(DERIVED_PREFIXES)) or _best(part):
        return 0
    return MIN_PART_ZIPF


@lru_cache(maxsize=200_000)
def _best(word):
    """(score, parts) of the best split of `word` into two or more parts, or None."""
    words = vocabulary()
    best = None
    for cut in range(3, len(word) - 2):
        head = word[:cut]
        head_zipf = _part_zipf(head, words)
        if not head_zipf:
            continue
        for link in LINKS:
            if not word.startswith(link, cut):
                continue
            rest = word[cut + len(link) :]
            if len(rest) < 3:
                continue
            candidates = []
            if _head_zipf(rest, words) and (link or rest not in LINKED_HEADS):
                candidates.append((rest,))
            nested = _best(rest)
            if nested:
                candidates.append(nested[1])
            for tail in candidates:
                parts = (head, *tail)
                score = head_zipf + sum(_part_zipf(part, words) for part in tail[:-1])
                score = (score + _head_zipf(tail[-1], words)) / len(parts)
                score -= EXTRA_PART_PENALTY * (len(parts) - 2)
                if best is None or score > best[0]:
                    best = (score, parts)
    return best


@lru_cache(maxsize=200_000)
def split(folded):
    """The parts of a folded compound, () if it is none: "strassenbeleuchtung" → ("strasse", "beleuchtung")."""
    if len(folded) < MIN_COMPOUND or not folded.isalpha():
        return ()
    best = _best(folded)
    if best is None or vocabulary().get(folded, 0) >= best[0]:
        return ()
    return best[1]


def _edits(word):
    """Every word one typing error away: a letter left out, doubled or added, swapped or mistyped."""
    pairs = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield from (left + right[1:] for left, right in pairs if right)
    yield from (left + right[1] + right[0] + right[2:] for left, right in pairs if len(right) > 1)
    yield from (left + letter + right[1:] for left, right in pairs if right for letter in _LETTERS)
    yield from (left + letter + right for left, right in pairs for letter in _LETTERS)


def _mended(part, words):
    """The most frequent word one typing error from `part`, if `part` is no word itself and one is frequent."""
    if len(part) < MIN_REPAIR_PART or words.get(part, 0) >= MIN_PART_ZIPF:
        return None
    found = {edit: words.get(edit, 0) for edit in _edits(part) if words.get(edit, 0) >= MIN_REPAIR_ZIPF}
    return max(found, key=lambda edit: (found[edit], edit)) if found else None


@lru_cache(maxsize=10_000)
def repair(folded):
    """What a long query word that is no known word was probably meant to be: parts or one word, or ().

    "verwaltungsdigitalisirung" → ("verwaltung", "digitalisierung"); "digitalisirung" → ("digitalisierung",).
    Only one typing error, in the last part or the whole word: that is where readers mistype long words.
    """
    words = vocabulary()
    if len(folded) < MIN_REPAIR_WORD or not folded.isalpha() or words.get(folded, 0) or split(folded):
        return ()
    whole = _mended(folded, words)
    if whole:
        return split(whole) or (whole,)
    for cut in range(3, len(folded) - MIN_REPAIR_PART + 1):
        head = folded[:cut]
        if not _part_zipf(head, words):
            continue
        for link in LINKS:
            if not folded.startswith(link, cut):
                continue
            mended = _mended(folded[cut + len(link) :], words)
            if mended:
                return (head, *(split(mended) or (mended,)))
    return ()
