"""The search vocabulary: synonyms and related terms of municipal German, one data file for both engines.

`analysis/vocabulary.toml` holds groups of terms, each with its source and its field (docs/search.md).
An *equivalent* group says its terms mean the same ("KWP" = "kommunale Wärmeplanung"): the remote engine
gets them as synonym rules (`synonym_rules`, search.analysis), the database engine ORs them into a query
word's match (`expand`). A *related* group says its terms belong together ("Hitzeschutz" ~
"Klimaanpassung"): each finds the others, but only as a weak extra clause, so a document with the words
typed ranks first (`related_terms` for the remote engine, `related_words` for the database engine).

Terms are compared as the search compares words: folded and stemmed (search.german), stop words left out,
so "kommunalen Wärmeplanung" is "kommunale Wärmeplanung" and "Anpassung an den Klimawandel" is
"Anpassung Klimawandel".
"""

import tomllib
from dataclasses import dataclass, replace
from functools import cache

from .folding import fold_for_search
from .german import QueryWord, meaningful_words, query_word, stem
from .word_lists import WORD_LISTS

VOCABULARY = WORD_LISTS / "vocabulary.toml"
KINDS = ("equivalent", "related")
#: Characters a term must not contain: they have a meaning in the engine's synonym rules.
RESERVED = frozenset(",=>#")


class VocabularyError(ValueError):
    """The vocabulary file is malformed; the message names the group and the field at fault."""


@dataclass(frozen=True)
class Term:
    """A term as written, and its key: the stems of its meaningful words, as a query's words are stemmed."""

    text: str
    key: tuple


@dataclass(frozen=True)
class Group:
    """One group of the file: its number (1-based, in file order), field, source, kind and terms."""

    number: int
    field: str
    source: str
    kind: str
    terms: tuple

    def __str__(self):
        return f"group {self.number} ({self.field}: {self.terms[0].text if self.terms else '?'})"


def term_key(text):
    """The stems of the meaningful words of `text`: how a term is compared with a query's words."""
    return tuple(stem(fold_for_search(word)) for word in meaningful_words(text))


class Vocabulary:
    """The groups of a vocabulary file, indexed by term key."""

    def __init__(self, groups, sources):
        self.groups = tuple(groups)
        self.sources = dict(sources)
        self.equivalent_of = {}  # key → its equivalent group
        self.related_of = {}  # key → [related groups]
        for group in self.groups:
            for term in group.terms:
                if group.kind == "equivalent":
                    self.equivalent_of[term.key] = group
                else:
                    self.related_of.setdefault(term.key, []).append(group)
        self.longest = max((len(key) for key in (*self.equivalent_of, *self.related_of)), default=1)

    # -- lookups by text --------------------------------------------------------------------------------

    def equivalents(self, text):
        """The other terms of the equivalent group of `text` (as written), or []."""
        key = term_key(text)
        group = self.equivalent_of.get(key)
        return [term.text for term in group.terms if term.key != key] if group else []

    def related(self, text):
        """The terms related to `text` or to one of its equivalents (as written, each once), or []."""
        return [term.text for term in self._related_terms(term_key(text))]

    def synonym_rules(self):
        """Solr-format rules for the engine's synonym_graph filter, one per equivalent group.

        Each term comes as written and, if it has stop words, without them too, as the remote engine's
        word clauses see a query (search.engines.queries): "Anpassung an den Klimawandel" also as
        "Anpassung Klimawandel".
        """
        rules = []
        for group in self.groups:
            if group.kind != "equivalent":
                continue
            variants = {}
            for term in group.terms:
                variants[term.text.lower()] = None
                variants[" ".join(meaningful_words(term.text)).lower()] = None
            rules.append(", ".join(variants))
        return rules

    # -- query expansion --------------------------------------------------------------------------------

    def _related_terms(self, key):
        """The Terms of the related groups of `key` or of its equivalents, less those equivalent to it."""
        own = self.equivalent_of.get(key)
        keys = [term.key for term in own.terms] if own else [key]
        found = {}
        for each in keys:
            for group in self.related_of.get(each, ()):
                for term in group.terms:
                    if term.key not in keys:
                        found.setdefault(term.key, term)
        return list(found.values())

    def spans(self, keys, index):
        """[(start, end, key)]: the longest runs of the word stems `keys` that are terms of `index` (a dict
        keyed by term key), left to right, not overlapping."""
        found, start = [], 0
        while start < len(keys):
            for end in range(min(len(keys), start + self.longest), start, -1):
                key = tuple(keys[start:end])
                if key in index:
                    found.append((start, end, key))
                    start = end
                    break
            else:
                start += 1
        return found

    def expand(self, words):
        """The database engine's query words with their equivalents as alternatives (`QueryWord.synonyms`).

        Words that together make a term ("kommunale Wärmeplanung") become one QueryWord that matches
        all of them, or any equivalent ("KWP").
        """
        keys = [word.terms[0] if word.terms else "" for word in words]
        expanded, position = [], 0
        for start, end, key in self.spans(keys, self.equivalent_of):
            expanded.extend(words[position:start])
            synonyms = tuple(term.key for term in self.equivalent_of[key].terms if term.key != key)
            synonyms = tuple(dict.fromkeys(synonyms))
            if end - start == 1:
                expanded.append(replace(words[start], synonyms=synonyms))
            else:
                span = tuple(words[start:end])
                text = " ".join(word.text for word in span)
                expanded.append(QueryWord(text=text, terms=(), words=span, synonyms=synonyms))
            position = end
        expanded.extend(words[position:])
        return expanded

    def related_keys(self, texts):
        """The Terms related to the terms among the words `texts` (a query's meaningful words), each once."""
        keys = [stem(fold_for_search(text)) for text in texts]
        index = {**self.equivalent_of, **self.related_of}
        found = {}
        own = {key for _, _, key in self.spans(keys, index)}
        for _, _, key in self.spans(keys, index):
            for term in self._related_terms(key):
                if term.key not in own:
                    found.setdefault(term.key, term)
        return list(found.values())

    def related_terms(self, text):
        """The terms related to a query's text, as written: the remote engine's weak extra clause."""
        return [term.text for term in self.related_keys(meaningful_words(text))]

    def related_words(self, texts):
        """The terms related to a query's meaningful words `texts` as QueryWords for the database engine:
        each matches as a whole word (all its words, for a term of several), or as one of its equivalents."""
        words = []
        for term in self.related_keys(texts):
            own = self.equivalent_of.get(term.key)
            synonyms = tuple(dict.fromkeys(other.key for other in own.terms if other.key != term.key)) if own else ()
            parts = [query_word(word).as_written() for word in meaningful_words(term.text)]
            if len(parts) == 1:
                words.append(replace(parts[0], synonyms=synonyms))
            else:
                words.append(QueryWord(text=term.text.lower(), terms=(), words=tuple(parts), synonyms=synonyms))
        return words


# -- loading and checking -------------------------------------------------------------------------------


def _terms(group_label, entry, kind):
    values = entry[kind]
    if not isinstance(values, list) or len(values) < 2:
        raise VocabularyError(f"{group_label}: `{kind}` must list at least two terms")
    terms = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise VocabularyError(f"{group_label}: `{kind}` holds an empty term")
        if RESERVED & set(value):
            raise VocabularyError(f"{group_label}: term {value!r} contains one of {''.join(sorted(RESERVED))}")
        key = term_key(value)
        if not key:
            raise VocabularyError(f"{group_label}: term {value!r} has no words")
        terms.append(Term(text=value.strip(), key=key))
    if len({term.key for term in terms}) < 2:
        raise VocabularyError(f"{group_label}: `{kind}` terms are all the same word")
    return tuple(terms)


def _group(number, entry, fields, sources):
    label = f"group {number}"
    if not isinstance(entry, dict):
        raise VocabularyError(f"{label}: not a table")
    first = next(iter(entry.get("equivalent") or entry.get("related") or [None]))
    if isinstance(first, str):
        label = f"group {number} ({entry.get('field')}: {first})"
    unknown = set(entry) - {"field", "source", *KINDS}
    if unknown:
        raise VocabularyError(f"{label}: unknown key {', '.join(sorted(unknown))}")
    if not entry.get("source"):
        raise VocabularyError(f"{label}: `source` is missing")
    if entry["source"] not in sources:
        raise VocabularyError(f"{label}: `source` {entry['source']!r} is not one of [sources]")
    if entry.get("field") not in fields:
        raise VocabularyError(f"{label}: `field` {entry.get('field')!r} is not one of `fields`")
    kinds = [kind for kind in KINDS if kind in entry]
    if len(kinds) != 1:
        raise VocabularyError(f"{label}: needs either `equivalent` or `related`")
    terms = _terms(label, entry, kinds[0])
    return Group(number=number, field=entry["field"], source=entry["source"], kind=kinds[0], terms=terms)


def parse(text):
    """A Vocabulary from the text of a vocabulary file; VocabularyError naming the group and field at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"not valid TOML: {error}") from error
    fields = data.get("fields")
    if not isinstance(fields, list) or not fields:
        raise VocabularyError("`fields` must list the fields")
    sources = data.get("sources")
    if not isinstance(sources, dict) or not sources:
        raise VocabularyError("[sources] is missing")
    for name, source in sources.items():
        if not isinstance(source, dict) or not str(source.get("name", "")).strip():
            raise VocabularyError(f"source {name!r}: `name` is missing")
    entries = data.get("group")
    if not isinstance(entries, list) or not entries:
        raise VocabularyError("`group` must list the groups")
    groups = [_group(number, entry, fields, sources) for number, entry in enumerate(entries, start=1)]
    seen = {}
    for group in groups:
        if group.kind != "equivalent":
            continue
        for term in group.terms:
            other = seen.setdefault(term.key, group)
            if other is not group:
                raise VocabularyError(f"{group}: term {term.text!r} is already equivalent in {other}")
    return Vocabulary(groups, sources)


@cache
def vocabulary():
    """The vocabulary of `analysis/vocabulary.toml`, loaded once."""
    return parse(VOCABULARY.read_text(encoding="utf-8"))


def synonym_rules():
    """The file's equivalent groups as rules for the remote engine's synonym_graph filter."""
    return vocabulary().synonym_rules()


def equivalents(text):
    """The terms equivalent to `text` (as written), or []."""
    return vocabulary().equivalents(text)


def related(text):
    """The terms related to `text` (as written), or []."""
    return vocabulary().related(text)
