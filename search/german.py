"""German text analysis in Python: words, compounds, stems, and highlighting (folding: `search.folding`).

The remote engine analyses German itself (see `search.analysis`); the database engine has no analysis of its
own, so the same steps run here, at index time and at query time, and the database only stores and matches
the resulting terms. Compounds are split here for both engines (search.compounds), so the two split alike.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape

from . import compounds
from .folding import compose_diacritics, fold_for_search

#: Words that carry no meaning in a search; dropped from queries unless the query has nothing else. The
#: Snowball project's German stop word list (articles, pronouns, auxiliaries, prepositions, particles), with
#: the ae/oe/ue/ss spellings a keyboard without umlauts gives, and "bzw", "beim".
# fmt: off
STOPWORDS = frozenset([
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderem",
    "anderen", "anderer", "anderes", "anderm", "andern", "anders", "auch", "auf", "aus", "bei", "beim", "bin",
    "bis", "bist", "bzw", "da", "damit", "dann", "das", "dass", "daß", "dasselbe", "dazu", "dein", "deine",
    "deinem", "deinen", "deiner", "deines", "dem", "demselben", "den", "denn", "denselben", "der", "derer",
    "derselbe", "derselben", "des", "desselben", "dessen", "dich", "die", "dies", "diese", "dieselbe",
    "dieselben", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine",
    "einem", "einen", "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger", "einiges", "einmal",
    "er", "es", "etwas", "euch", "euer", "eure", "eurem", "euren", "eurer", "eures", "für", "fuer", "gegen",
    "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn",
    "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "in", "indem", "ins", "ist", "ja", "jede",
    "jedem", "jeden", "jeder", "jedes", "jene", "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein",
    "keine", "keinem", "keinen", "keiner", "keines", "können", "koennen", "könnte", "koennte", "man", "manche",
    "manchem", "manchen", "mancher", "manches", "mein", "meine", "meinem", "meinen", "meiner", "meines", "mich",
    "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "sehr",
    "sein", "seine", "seinem", "seinen", "seiner", "seines", "selbst", "sich", "sie", "sind", "so", "solche",
    "solchem", "solchen", "solcher", "solches", "soll", "sollte", "sondern", "sonst", "über", "ueber", "um",
    "und", "uns", "unser", "unsere", "unserem", "unseren", "unseres", "unter", "viel", "vom", "von", "vor",
    "während", "waehrend", "war", "waren", "warst", "was", "weil", "welche", "welchem", "welchen", "welcher",
    "welches", "wenn", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo", "wollen",
    "wollte", "würde", "wuerde", "würden", "wuerden", "zu", "zum", "zur", "zwar", "zwischen",
])
# fmt: on

#: A query is cut to this many words: more is pasted text, not a question.
MAX_QUERY_WORDS = 12
#: A term this long also highlights a word containing it ("beleuchtung" in "Straßenbeleuchtung").
MIN_INFIX = 6
#: Shorter terms only match whole words: "ki" must not find "kita", "dat" not "datum".
MIN_PREFIX = 4

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("german")


def words(text):
    """The words of `text` as written (letters and digits only): no user input reaches a query syntax.

    Combining marks are composed first, so a "Müller" typed as "u" + U+0308 is one word, as in the remote engine.
    """
    return _WORD.findall(compose_diacritics(text or ""))


@lru_cache(maxsize=200_000)
def stem(folded):
    """Snowball's German stem of a folded word ("sensoren" → "sensor", "beleuchtung" → "beleucht")."""
    return _STEMMER.stemWord(folded)


@lru_cache(maxsize=200_000)
def word_terms(word):
    """The index terms of one word: its stem and the stems of its compound parts (search.compounds)."""
    folded = fold_for_search(word)
    return tuple(dict.fromkeys([stem(folded), *(stem(part) for part in compounds.split(folded))]))


@lru_cache(maxsize=200_000)
def _compound_parts(word):
    """The parts of one word as written (none for most words), cached: a rebuild asks for every word."""
    return compounds.split(fold_for_search(word))


def compound_text(texts):
    """The compound parts of all words of `texts`, once each, space-separated: what the remote engine
    indexes in `compound_parts`, so "Beleuchtung" finds a page on "Straßenbeleuchtung"."""
    parts = {}
    for text in texts:
        for word in dict.fromkeys(words(text)):  # each word once: a long text repeats many
            found = _compound_parts(word)
            if found:
                parts.update(dict.fromkeys(found))
    return " ".join(parts)


def index_terms(text):
    """The text as the database engine indexes it: a space-separated sequence of terms."""
    return " ".join(term for word in words(text) for term in word_terms(word))


def prefix_terms(text):
    """Folded, unstemmed words, for completing what a reader types ("bür" → "Bürgerbeteiligung")."""
    return " ".join(fold_for_search(word) for word in words(text))


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: what was typed, the terms any of which may match it, and the stems of its
    compound parts, which match it together ("mobilfunkausbau" is found in "Ausbau des Mobilfunks").

    The vocabulary (search.vocabulary) adds `synonyms`, tuples of stems each of which matches it too (all
    stems of one together: "kommunal", "warmeplan" for "KWP"), and joins the words of a term of several
    ("kommunale Wärmeplanung") into one QueryWord whose `words` must all match, unless a synonym does.
    """

    text: str
    terms: tuple
    parts: tuple = ()
    exact: bool = False
    words: tuple = ()
    synonyms: tuple = ()

    def alternatives(self):
        """(term, whether it matches as a word start) for each term.

        The word's own stem does when it is long enough ("sensor" finds "Sensorik", "pegel" "Pegelsensoren");
        compound parts only match whole words, or "Pegelsensoren" would find all of "Sensorik".
        """
        return [
            (term, index == 0 and not self.exact and len(term) >= MIN_PREFIX) for index, term in enumerate(self.terms)
        ]

    def all_terms(self):
        """Every stem that may match this word, for highlighting: its terms, parts, words' and synonyms'."""
        own = (*self.terms, *self.parts, *(stem for synonym in self.synonyms for stem in synonym))
        return own + tuple(term for word in self.words for term in word.all_terms())

    def as_written(self):
        """Only the word itself: its own stem as a whole word, no compound parts, no longer words."""
        return QueryWord(text=self.text, terms=self.terms[:1], exact=True)


def query_word(word):
    """The QueryWord of one typed word: its stem, and its parts, or what a typing error in it meant."""
    folded = fold_for_search(word)
    parts = compounds.split(folded)
    mended = () if parts else compounds.repair(folded)
    if len(mended) > 1:
        parts = mended
    terms = [stem(folded), *(stem(part) for part in mended if len(mended) == 1)]
    return QueryWord(
        text=word.lower(),
        terms=tuple(dict.fromkeys(terms)),
        parts=tuple(dict.fromkeys(stem(part) for part in parts)),
    )


def query_words(text):
    """The meaningful words of a query, stop words dropped unless nothing else is left."""
    return [query_word(word) for word in meaningful_words(text)]


def meaningful_words(text):
    """The words of a query that carry meaning: stop words dropped unless nothing else is left, and no more
    than MAX_QUERY_WORDS."""
    found = [word for word in words(text) if word.strip()]
    meaningful = [word for word in found if word.lower() not in STOPWORDS]
    return (meaningful or found)[:MAX_QUERY_WORDS]


def apart(text):
    """[(word, parts)] for the meaningful words of a query (as query_words chooses them), `parts` being a
    compound's parts or what a mistyped word meant, folded, or () — for the remote engine's clauses of parts.
    None when no word has parts, so the query needs no such clause."""
    pairs = []
    for word in meaningful_words(text):
        folded = fold_for_search(word)
        pairs.append((word, compounds.split(folded) or compounds.repair(folded)))
    return pairs if any(parts for _, parts in pairs) else None


def _matches(folded_word, query):
    """Whether a word of the text (folded) is a form of any query word, to highlight it."""
    for word in query:
        for term in word.all_terms():
            if folded_word.startswith(term) or (len(term) >= MIN_INFIX and term in folded_word):
                return True
    return False


def snippet(texts, query, length):
    """An excerpt of about `length` characters of the first text that mentions a query word, HTML-escaped,
    with the matches in <mark>.

    Falls back to the start of the first non-empty text. The result is safe to render unescaped.
    """
    texts = [compose_diacritics(text) for text in texts if text]
    if not texts:
        return ""
    for text in texts:
        for match in _WORD.finditer(text):
            if query and _matches(fold_for_search(match.group()), query):
                start = max(0, match.start() - length // 4)
                if start:
                    space = text.find(" ", start, match.start())
                    start = space + 1 if space != -1 else start
                return _marked(text, start, start + length, query)
    return _marked(texts[0], 0, length, ())


def _marked(text, start, end, query):
    """Escape text[start:end] and wrap matching words in <mark>; ellipses show where text was cut."""
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    excerpt = text[start:end]
    parts, position = [], 0
    for match in _WORD.finditer(excerpt):
        if query and _matches(fold_for_search(match.group()), query):
            parts.append(escape(excerpt[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(excerpt[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts).strip() + suffix
