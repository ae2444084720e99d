"""German query handling for the database engine: words, umlaut spellings, stop words and snippets.

Wagtail's database backends do not analyse German (SQLite FTS5 only folds diacritics, PostgreSQL uses
the database's text search configuration), so the engine expands the query instead of the index:
"Buergerbeteiligung" is also searched as "Bürgerbeteiligung", and filler words are dropped so that
"Probleme bei der Ausschreibung" is not required to contain "bei" and "der".
"""

import re

from django.utils.html import escape

#: Words that carry no meaning in a search; dropped unless the query consists of nothing else.
# fmt: off
STOPWORDS = frozenset([
    "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bzw", "da", "damit",
    "dann", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "diesem", "dieser", "doch", "durch",
    "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "fuer", "gegen", "hat", "hatte", "ich",
    "ihr", "im", "in", "ist", "ja", "kann", "kein", "keine", "mit", "nach", "nicht", "noch", "nur", "ob", "oder",
    "ohne", "sich", "sie", "sind", "so", "über", "ueber", "um", "und", "uns", "unter", "vom", "von", "vor", "war",
    "was", "wie", "wir", "wird", "zu", "zum", "zur",
])
# fmt: on

#: Two-letter spellings of umlauts and ß, as typed on keyboards without them.
DIGRAPHS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))

#: One-to-one folding (keeps string positions, so matches in folded text map back to the original).
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s", "é": "e", "è": "e", "à": "a"})

MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    """The searchable words of `text`: lower case, punctuation and query syntax dropped, stop words removed.

    Only letters and digits survive, so no user input can reach the full-text query syntax.
    """
    found = [word.lower() for word in _WORD.findall(text or "") if word.strip("_")]
    meaningful = [word for word in found if word not in STOPWORDS]
    return (meaningful or found)[:MAX_WORDS]


def variants(word):
    """Spellings of one word to OR together: as typed, with umlauts for ae/oe/ue/ss, and without umlauts."""
    word = word.lower()
    found = [word]
    all_umlauts = word
    for digraph, umlaut in DIGRAPHS:
        if digraph in word:
            found.append(word.replace(digraph, umlaut))
            all_umlauts = all_umlauts.replace(digraph, umlaut)
    found.append(all_umlauts)
    without = word
    for digraph, umlaut in DIGRAPHS:
        without = without.replace(umlaut, digraph)
    found.append(without)
    return list(dict.fromkeys(found))[:6]


def fold(text):
    """Lower case without diacritics, same length as `text` where possible (for locating matches)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char.lower()[:1] or char for char in text)
    return lowered.translate(_FOLD)


def _pattern(query_words):
    """A regex that finds, in folded text, words starting with any spelling of any query word."""
    stems = {fold(variant) for word in query_words for variant in variants(word)}
    stems = sorted((stem for stem in stems if stem), key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*")


def snippet(texts, query_words, length=220):
    """A short excerpt of the first text that mentions a query word, HTML-escaped, matches in <mark>.

    Falls back to the start of the first non-empty text. The result is safe to render unescaped.
    """
    texts = [text for text in texts if text]
    if not texts:
        return ""
    pattern = _pattern(query_words)
    for text in texts:
        match = pattern.search(fold(text)) if pattern else None
        if match:
            start = max(0, match.start() - length // 4)
            if start:
                space = text.find(" ", start, match.start())
                start = space + 1 if space != -1 else start
            return _marked(text, start, start + length, pattern)
    return _marked(texts[0], 0, length, None)


def _marked(text, start, end, pattern):
    """Escape text[start:end] and wrap matches in <mark>; ellipses show where text was cut."""
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    excerpt = text[start:end]
    parts = []
    position = 0
    if pattern is not None:
        for match in pattern.finditer(fold(excerpt)):
            parts.append(escape(excerpt[position : match.start()]))
            parts.append(f"<mark>{escape(excerpt[match.start() : match.end()])}</mark>")
            position = match.end()
    parts.append(escape(excerpt[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts).strip() + suffix
