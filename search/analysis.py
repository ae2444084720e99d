"""How German text is analysed in Elasticsearch/OpenSearch: analyzers, word lists and the index mapping.

German packs meaning into compounds ("Straßenbeleuchtung") and spells umlauts two ways ("Bürger", "Buerger"),
so both the index and the queries lowercase, fold umlauts (german_normalization) and stem lightly.
Compounds are split in Python (search.compounds), for both engines alike: the parts of a document's
compounds go into the field `compound_parts`, and a query's compounds become a clause of their parts
(search.engines.queries), so no word list has to be installed in the engine. Synonyms (the equivalent
groups of search.vocabulary: "ÖPNV" = "Nahverkehr") apply at query time only, so editing them needs no
reindex of the documents' terms, just a rebuild of the settings; they are inlined into the settings, so a
fresh engine needs no files installed.

That is the German profile; it needs the engine's analysis-common and mapper-extras modules (OpenSearch
ships them, as does any regular Elasticsearch). The portable profile is for an engine without them
(Elasticsearch's integ-test distribution): the standard tokenizer and lowercase only, no umlaut folding,
stemming or synonyms, and a plain text field for completions instead of search_as_you_type (mapper-extras).
The Python-side decompounding works in both. The remote engine picks the profile (search.engines.remote)
and records it in the index mapping's `_meta`.
"""

from . import vocabulary
from .folding import COMPOSITIONS
from .word_lists import WORD_LISTS

__all__ = [
    "GERMAN",
    "GERMAN_MODULES",
    "PORTABLE",
    "PROFILES",
    "WORD_LISTS",
    "analysis_settings",
    "index_settings",
    "mappings",
    "portable_analysis_settings",
]

GERMAN, PORTABLE = "german", "portable"
PROFILES = (GERMAN, PORTABLE)
#: The modules the German profile needs: its filters and search_as_you_type. An engine that lacks either
#: gets the portable profile.
GERMAN_MODULES = ("analysis-common", "mapper-extras")


def analysis_settings():
    """Filters, analyzers and the normalizer. Order matters, see the comments inline.

    Every analyzer and the normalizer fold as `search.folding.fold_for_search` does: compose combining marks
    (`german_composition`), then `lowercase`, then `german_normalization`.
    """
    composition = ["german_composition"]
    return {
        "char_filter": {
            # "u" + combining diaeresis is "ü": one letter for the tokenizer and for german_normalization.
            "german_composition": {
                "type": "mapping",
                "mappings": [f"{decomposed} => {composed}" for decomposed, composed in COMPOSITIONS.items()],
            },
        },
        "filter": {
            "german_stemmer": {"type": "stemmer", "language": "german"},
            "german_synonyms": {
                "type": "synonym_graph",
                # Parsed with the filters before it (lowercase, german_normalization, the stemmer), so rules
                # may use umlauts and any inflection, and match the stems the query's words become, as the
                # database engine compares stems (search.vocabulary).
                "synonyms": vocabulary.synonym_rules(),
            },
        },
        "analyzer": {
            "german_index": {
                "type": "custom",
                "char_filter": composition,
                "tokenizer": "standard",
                "filter": [
                    "lowercase",
                    "german_normalization",
                    "german_stemmer",
                    "remove_duplicates",
                ],
            },
            # synonym_graph makes a token graph, which only queries understand: search analyzer only.
            "german_search": {
                "type": "custom",
                "char_filter": composition,
                "tokenizer": "standard",
                "filter": [
                    "lowercase",
                    "german_normalization",
                    "german_stemmer",
                    # Last: a filter after it that drops tokens breaks the graph. remove_duplicates did, when
                    # an alternative began with the typed word ("Ehrenamt" = "ehrenamtliches Engagement",
                    # both stemmed "ehrenamt"): it dropped the typed word's own token, and "Ehrenamt" alone
                    # no longer matched, only "Ehrenamt Engagement".
                    "german_synonyms",
                ],
            },
            # For completions: whole words, folded, so "buer", "bür" and "bur" are the same prefix.
            "folding": {
                "type": "custom",
                "char_filter": composition,
                "tokenizer": "standard",
                "filter": ["lowercase", "german_normalization"],
            },
            # For "Meinten Sie …?": real words as written, so a suggestion can be shown to the reader.
            "spelling": {
                "type": "custom",
                "char_filter": composition,
                "tokenizer": "standard",
                "filter": ["lowercase"],
            },
        },
        "normalizer": {
            "folded": {"type": "custom", "char_filter": composition, "filter": ["lowercase", "german_normalization"]},
        },
    }


def portable_analysis_settings():
    """What core Elasticsearch offers without analysis-common: the standard tokenizer and lowercase (no
    char filter, no stemmer, no synonyms). The analyzer and normalizer names the mapping uses all exist."""
    plain = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}
    return {
        "analyzer": {"portable_text": plain, "folding": plain, "spelling": plain},
        "normalizer": {"folded": {"type": "custom", "filter": ["lowercase"]}},
    }


def _german_text(**extra):
    return {"type": "text", "analyzer": "german_index", "search_analyzer": "german_search", **extra}


def _portable_text(**extra):
    return {"type": "text", "analyzer": "portable_text", **extra}


def mappings(profile=GERMAN):
    """Facets are keywords, text is German (or portable); nothing is indexed that no query uses (slug, url).

    In the portable profile `title.suggest` is a plain text field: the `bool_prefix` completion query reads
    it alone, as its `_2gram`/`_3gram` subfields do not exist there.
    """
    keyword = {"type": "keyword"}
    if profile == GERMAN:
        text_field, suggest = _german_text, {"type": "search_as_you_type", "analyzer": "folding"}
    else:
        text_field, suggest = _portable_text, {"type": "text", "analyzer": "folding"}
    return {
        "_meta": {"analysis": profile},
        "dynamic": False,  # a new document field is kept in _source, not a failed sync
        "properties": {
            "id": keyword,
            "type": keyword,
            "slug": {"type": "keyword", "index": False},
            "url": {"type": "keyword", "index": False},
            "title": text_field(copy_to="spelling", fields={"suggest": suggest}),
            "summary": text_field(copy_to="spelling"),
            "body": text_field(copy_to="spelling"),
            # The parts of the compounds in the title, and in summary, body and tags
            # (search.engines.queries.document_source).
            "title_parts": text_field(),
            "compound_parts": text_field(),
            "topics": keyword,
            "topic_names": text_field(),
            "tags": {
                "type": "keyword",
                "fields": {
                    "text": text_field(),
                    "folded": {"type": "keyword", "normalizer": "folded"},
                },
            },
            "municipality": keyword,
            "municipality_name": text_field(),
            "municipality_kind": keyword,
            "state": keyword,
            "funded": {"type": "boolean"},
            "lesson_kind": keyword,
            "phase": keyword,
            "cause": keyword,
            "status": keyword,
            "date": {"type": "date"},
            "year": {"type": "integer"},
            "last_reviewed": {"type": "date", "index": False},
            "spelling": {"type": "text", "analyzer": "spelling"},
        },
    }


def index_settings(shards=1, replicas=0, profile=GERMAN):
    """The body for creating an index: settings (with the profile's analysis) and mappings.

    One shard: the corpus is small, and one shard keeps scores and facet counts exact.
    """
    if profile not in PROFILES:
        raise ValueError(f"Unknown analysis profile {profile!r}, expected one of {', '.join(PROFILES)}")
    return {
        "settings": {
            "index": {"number_of_shards": shards, "number_of_replicas": replicas},
            "analysis": analysis_settings() if profile == GERMAN else portable_analysis_settings(),
        },
        "mappings": mappings(profile),
    }
