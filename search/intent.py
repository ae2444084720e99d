"""What a query asks for besides its words: the kind of content it names, and question phrasing.

"Booster Schuldigitalisierung" asks for boosters about Schuldigitalisierung; a booster about it rarely
contains the word "Booster", so the word must not be a term that has to match. `parse()` takes the kind
words out of the text and returns them as a preference, which both engines turn into a boost: a document of
the preferred type (and lesson kind) scores `KIND_BOOST` times as much, the others are still found.
Question phrasings ("Wie …", "Was tun bei …", "Wer hat …") lose their question and stop words, which would
otherwise count as terms. A query of nothing but a kind word ("Booster") is searched as text, and documents
of that kind are found too.

The word lists are data (`KIND_PHRASES`, `QUESTION_OPENERS`, `QUESTION_WORDS`), compared folded, so
"Hürden" and "Huerden" are the same word; docs/search.md lists them.
"""

from dataclasses import dataclass

from .folding import fold_for_search
from .german import STOPWORDS, words

#: How much more a document of the preferred kind scores (a factor, so it means the same on both engines'
#: score scales).
KIND_BOOST = 2.5


@dataclass(frozen=True)
class Preference:
    """A kind of content a query names: a type key, and for lessons possibly the lesson kind."""

    type: str
    lesson_kind: str = ""


STUMBLING_BLOCK = Preference("lesson", "stumbling_block")
BOOSTER = Preference("lesson", "booster")
LESSON = Preference("lesson")
CASE_STUDY = Preference("case_study")
EVENT = Preference("event")
STRATEGY = Preference("strategy")
ARTICLE = Preference("article")
CONTACT = Preference("contact")

#: Phrases naming a kind of content, most specific first: the first one found in a query is its preference
#: (a later one stays a search term). "Fehler"/"Probleme" name stumbling blocks only with a preposition
#: ("Fehler bei der Vergabe"), since alone they may be the topic ("Fehler im Formular" is too, but rarely).
# fmt: off
KIND_PHRASES = (
    ("Stolperstein", STUMBLING_BLOCK), ("Stolpersteine", STUMBLING_BLOCK), ("Stolperfalle", STUMBLING_BLOCK),
    ("Stolperfallen", STUMBLING_BLOCK), ("Hürde", STUMBLING_BLOCK), ("Hürden", STUMBLING_BLOCK),
    ("Fehler bei", STUMBLING_BLOCK), ("Fehler beim", STUMBLING_BLOCK), ("Fehler in", STUMBLING_BLOCK),
    ("Fehler im", STUMBLING_BLOCK), ("Fehler mit", STUMBLING_BLOCK), ("Fehlern bei", STUMBLING_BLOCK),
    ("Fehlern beim", STUMBLING_BLOCK), ("Fehlern im", STUMBLING_BLOCK), ("Problemen bei", STUMBLING_BLOCK),
    ("Problemen mit", STUMBLING_BLOCK), ("Probleme bei", STUMBLING_BLOCK),
    ("Probleme beim", STUMBLING_BLOCK), ("Probleme mit", STUMBLING_BLOCK), ("Probleme in", STUMBLING_BLOCK),
    ("Probleme im", STUMBLING_BLOCK), ("Problem bei", STUMBLING_BLOCK), ("Problem mit", STUMBLING_BLOCK),
    ("Schwierigkeiten bei", STUMBLING_BLOCK), ("Schwierigkeiten mit", STUMBLING_BLOCK),
    ("Booster", BOOSTER), ("Erfolgsfaktor", BOOSTER), ("Erfolgsfaktoren", BOOSTER), ("Erfolgsrezept", BOOSTER),
    ("Erfolgsrezepte", BOOSTER), ("geholfen", BOOSTER), ("was hilft bei", BOOSTER), ("was hilft", BOOSTER),
    ("Lessons learned", LESSON), ("Erfahrungen mit", LESSON), ("Erfahrungen bei", LESSON),
    ("Praxisbeispiel", CASE_STUDY), ("Praxisbeispiele", CASE_STUDY), ("Fallbeispiel", CASE_STUDY),
    ("Fallbeispiele", CASE_STUDY), ("Beispiel", CASE_STUDY), ("Beispiele", CASE_STUDY),
    ("Veranstaltung", EVENT), ("Veranstaltungen", EVENT), ("Termin", EVENT), ("Termine", EVENT),
    ("Strategie", STRATEGY), ("Strategien", STRATEGY),
    ("Artikel", ARTICLE), ("Beitrag", ARTICLE), ("Beiträge", ARTICLE),
    ("Ansprechpartner", CONTACT), ("Ansprechpartnerin", CONTACT), ("Ansprechpersonen", CONTACT),
)
#: Words that name stumbling blocks when they end a query of several words ("Glasfaserausbau Probleme",
#: "Vergabe Fehler"): that is how readers write "problems with …" as keywords. Elsewhere they stay terms.
TRAILING_KIND_WORDS = (
    ("Probleme", STUMBLING_BLOCK), ("Problem", STUMBLING_BLOCK), ("Fehler", STUMBLING_BLOCK),
    ("Schwierigkeiten", STUMBLING_BLOCK), ("Hindernisse", STUMBLING_BLOCK), ("Hürden", STUMBLING_BLOCK),
    ("Stolpersteine", STUMBLING_BLOCK), ("Fallstricke", STUMBLING_BLOCK),
)
#: Beginnings that make a query a question; they are dropped, with `QUESTION_WORDS` and stop words.
QUESTION_OPENERS = (
    "wie", "was", "wer", "wo", "wann", "warum", "wieso", "welche", "welcher", "welches", "gibt es",
    "hat jemand", "kennt jemand",
)
#: Words of a question that say nothing about its topic ("Was tun bei …", "Wer hat … umgesetzt").
QUESTION_WORDS = frozenset([
    "tun", "macht", "machen", "man", "kann", "können", "koennen", "gibt", "es", "jemand", "kennt", "schon",
    "mal", "gemacht", "umgesetzt", "eingeführt", "eingefuehrt", "hilft", "geht", "gehen", "wer", "wo", "wann",
    "warum", "wieso", "welche", "welcher", "welches", "gut", "am", "besten", "erfahrung",
])
# fmt: on


def _folded(text):
    return tuple(fold_for_search(word) for word in words(text))


_KIND_PHRASES = tuple((_folded(phrase), preference) for phrase, preference in KIND_PHRASES)
_OPENERS = tuple(sorted((_folded(opener) for opener in QUESTION_OPENERS), key=len, reverse=True))
_TRAILING = {fold_for_search(word): preference for word, preference in TRAILING_KIND_WORDS}
_QUESTION_WORDS = frozenset(fold_for_search(word) for word in QUESTION_WORDS)
_STOPWORDS = frozenset(fold_for_search(word) for word in STOPWORDS)


@dataclass(frozen=True)
class Intent:
    """A parsed query: the text to search, the kind it prefers (or None), and whether it named only a kind."""

    text: str
    prefer: Preference | None = None
    kind_only: bool = False


def _find(folded, phrase):
    """The start of the first occurrence of `phrase` (folded words) in `folded`, or -1."""
    for start in range(len(folded) - len(phrase) + 1):
        if folded[start : start + len(phrase)] == phrase:
            return start
    return -1


def parse(text):
    """The query `text` (already cleaned) as an `Intent`; a query naming no kind and asking no question
    comes back unchanged."""
    written = words(text)
    folded = tuple(fold_for_search(word) for word in written)
    keep = [True] * len(written)
    question = next((opener for opener in _OPENERS if tuple(folded[: len(opener)]) == opener), None)
    if question:
        keep[: len(question)] = [False] * len(question)
    prefer, kind_words = None, []
    for phrase, preference in _KIND_PHRASES:
        start = _find(folded, phrase)
        if start != -1:
            prefer, kind_words = preference, written[start : start + len(phrase)]
            keep[start : start + len(phrase)] = [False] * len(phrase)
            break
    if prefer is None and len(folded) > 1 and folded[-1] in _TRAILING:
        prefer, kind_words = _TRAILING[folded[-1]], written[-1:]
        keep[-1] = False
    if not question and prefer is None:
        return Intent(text=text)
    rest = [
        word
        for word, form, kept in zip(written, folded, keep, strict=True)
        if kept and form not in _STOPWORDS and not (question and form in _QUESTION_WORDS)
    ]
    if rest:
        return Intent(text=" ".join(rest), prefer=prefer)
    if prefer is not None:
        return Intent(
            text=" ".join(word for word in kind_words if fold_for_search(word) not in _STOPWORDS),
            prefer=prefer,
            kind_only=True,
        )
    return Intent(text=text)
