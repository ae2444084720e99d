"""German folding: the one definition of when two spellings of a word count as the same word.

"Bürger", "Buerger" and "BÜRGER" are one word to a reader, and so is "Müller" typed on a keyboard that
sends "u" plus a combining diaeresis. The remote engine folds with its analysis chain (`search.analysis`:
the `german_composition` character filter, `lowercase`, `german_normalization`); the database engine folds
in Python with the functions below, which do the same steps in the same order. A test compares both on
tricky words against a real engine (tests/search/test_folding.py).

- `compose_diacritics`: a letter followed by a combining mark becomes the precomposed letter ("u" + U+0308 → "ü").
- `lowercase`: lower case one character at a time, as Lucene's `lowercase` filter does ("İ" → "i").
- `fold_umlauts`: Lucene's `german_normalization` on lower-case text (ä → a, ß → ss, "ue" → "u" …).
- `fold_for_search`: all three; the form in which the index and the queries compare words.
"""

import re
import unicodedata
from functools import lru_cache

#: Latin letters that Unicode also spells as a base letter plus combining marks: {decomposed: composed}.
#: Latin-1 Supplement and Latin Extended-A hold every letter German and its neighbours write. The engine's
#: `german_composition` character filter is built from this table, so both sides compose the same letters.
COMPOSITIONS = {
    unicodedata.normalize("NFD", char): char
    for char in map(chr, range(0xC0, 0x180))
    if unicodedata.category(char).startswith("L") and len(unicodedata.normalize("NFD", char)) > 1
}
_DECOMPOSED = re.compile("|".join(sorted(map(re.escape, COMPOSITIONS), key=len, reverse=True)))
#: The block the combining marks of those letters come from; text without any needs no composing.
_COMBINING = re.compile("[\u0300-\u036f]")

#: The two capitals whose lower case Python writes differently from Lucene: Python's full case mapping
#: gives "i" plus a combining dot for "İ" and a final "ς" for "Σ" at a word's end; Lucene maps each
#: character on its own ("i", "σ").
_SIMPLE_LOWER = str.maketrans({"İ": "i", "Σ": "σ"})

_ORDINARY, _VOWEL, _UMLAUT = 0, 1, 2
_DOTLESS = {"ä": "a", "ö": "o", "ü": "u"}


def compose_diacritics(text):
    """Precomposed letters for base letters followed by combining marks ("Mu" + U+0308 + "ller" → "Müller")."""
    if not _COMBINING.search(text):
        return text
    return _DECOMPOSED.sub(lambda match: COMPOSITIONS[match.group()], text)


def lowercase(text):
    """Lower case as Lucene's `lowercase` filter writes it: each character on its own, never longer."""
    return text.translate(_SIMPLE_LOWER).lower()


def fold_umlauts(text):
    """Lucene's `german_normalization` on lower-case text: spellings of umlauts and ß become one.

    ä/ö/ü lose their dots, ß becomes ss, and the "e" of "ae", "oe", "ue" is dropped unless the "u"
    follows a vowel or "q" ("neue", "Quelle", "Dauer" keep it). So "bürger", "buerger" and "burger" fold alike.
    """
    state = _ORDINARY
    out = []
    for char in text:
        if char in "ao":
            state = _UMLAUT
        elif char == "u":
            state = _UMLAUT if state == _ORDINARY else _VOWEL
        elif char == "e":
            if state == _UMLAUT:
                state = _VOWEL
                continue
            state = _VOWEL
        elif char in "iqy":
            state = _VOWEL
        elif char in _DOTLESS:
            char = _DOTLESS[char]
            state = _VOWEL
        elif char == "ß":
            char = "ss"
            state = _ORDINARY
        else:
            state = _ORDINARY
        out.append(char)
    return "".join(out)


@lru_cache(maxsize=200_000)
def fold_for_search(text):
    """The form in which the index and the queries compare a word: composed, lower case, umlauts folded.

    "Straße", "STRASSE" and "Strasse" all become "strasse"; "Bürger", "Buerger", "Burger" become "burger".
    It is what the remote engine's `folded` normalizer makes of the same text.
    """
    return fold_umlauts(lowercase(compose_diacritics(text)))
