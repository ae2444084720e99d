"""The database engine on the German demo corpus: what a reader types finds what they mean.

Runs on SQLite (FTS5) locally and PostgreSQL full-text search in CI.
"""

import pytest

from search.documents import count_all_documents, iter_all_documents
from search.engines.base import FACETS, SearchQuery, Suggestion
from search.engines.database import DatabaseEngine
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(demo_index):
    return DatabaseEngine()


def search(engine, text="", **options):
    return engine.search(SearchQuery(text=text, **options))


def titles(result):
    return [hit.title for hit in result.hits]


def test_rebuild_indexes_every_document_and_makes_them_findable(demo_index, engine):
    assert demo_index["count"] == count_all_documents() == len(engine.indexed_ids())
    result = search(engine, "Pegelsensoren")
    assert result.count >= 3
    assert all(hit.id in engine.indexed_ids() for hit in result.hits)


def test_index_documents_replaces_and_delete_removes(engine):
    doc = {"id": "page-999999", "type": "article", "slug": "x", "title": "Zauberwortxyz im Titel", "url": "/x/"}
    assert engine.index_documents([doc]) == 1
    assert search(engine, "Zauberwortxyz").count == 1
    engine.index_documents([{**doc, "title": "Ganz anderer Titel", "summary": "Neuwortabc"}])
    assert search(engine, "Zauberwortxyz").count == 0
    assert search(engine, "Neuwortabc").count == 1
    engine.delete_documents(["page-999999", "page-does-not-exist"])
    assert search(engine, "Neuwortabc").count == 0
    assert "page-999999" not in engine.indexed_ids()


def test_umlauts_typed_as_digraphs_find_the_umlaut_spelling(engine):
    folded = search(engine, "Buergerbeteiligung")
    proper = search(engine, "Bürgerbeteiligung")
    assert folded.count == proper.count > 0
    assert set(titles(folded)) == set(titles(proper))


def test_exact_word_is_found_and_highlighted(engine):
    result = search(engine, "Ausschreibung")
    assert result.count > 0
    assert any("<mark>" in hit.snippet for hit in result.hits)


def test_stop_words_do_not_prevent_a_match(engine):
    result = search(engine, "Probleme bei der Ausschreibung")
    assert result.count > 0
    assert set(titles(search(engine, "Ausschreibung"))) & set(titles(result))


def test_short_german_word_finds_the_flood_sensors(engine):
    result = search(engine, "Pegel")
    assert any("Pegel" in title for title in titles(result))


def test_snippets_are_escaped(engine):
    doc = {
        "id": "page-999998",
        "type": "article",
        "slug": "y",
        "title": "Skriptwort",
        "summary": "<b>Skriptwort</b> & Co",
    }
    engine.index_documents([doc])
    snippet = search(engine, "Skriptwort").hits[0].snippet
    assert "<b>" not in snippet
    assert "&lt;b&gt;<mark>Skriptwort</mark>&lt;/b&gt; &amp; Co" in snippet


def test_empty_query_lists_everything_newest_first(engine):
    result = search(engine, "", per_page=50)
    assert result.count == SearchDocument.objects.count()
    dates = [hit.date for hit in result.hits if hit.date]
    assert dates == sorted(dates, reverse=True)
    assert result.hits[0].date is not None


def test_newest_sort_orders_by_date(engine):
    result = search(engine, "Hochwasser", sort="newest")
    dates = [hit.date for hit in result.hits if hit.date]
    assert dates == sorted(dates, reverse=True)


def test_values_of_one_facet_are_ored_and_facets_are_anded(engine):
    case_studies = search(engine, filters={"type": ["case_study"]}).count
    lessons = search(engine, filters={"type": ["lesson"]}).count
    both = search(engine, filters={"type": ["case_study", "lesson"]})
    assert both.count == case_studies + lessons
    narrowed = search(engine, filters={"type": ["case_study", "lesson"], "topic": ["infrastruktur-und-sensorik"]})
    assert 0 < narrowed.count < both.count
    documents = [doc for doc in iter_all_documents() if doc["type"] in ("case_study", "lesson")]
    assert narrowed.count == sum("infrastruktur-und-sensorik" in doc["topics"] for doc in documents)


def test_facet_counts_use_the_other_facets_filters(engine):
    result = search(engine, filters={"type": ["case_study"]})
    # The type facet ignores its own filter, so other types stay visible with their counts ...
    assert result.facets["type"]["case_study"] == result.count
    assert result.facets["type"].get("lesson", 0) > 0
    # ... while every other facet counts within the filtered set.
    for facet in ("topic", "municipality", "status"):
        assert max(result.facets[facet].values()) <= result.count
    for value, count in result.facets["topic"].items():
        assert search(engine, filters={"type": ["case_study"], "topic": [value]}).count == count
    assert set(result.facets) == set(FACETS)


def test_tag_filter_matches_case_insensitively(engine):
    counts = search(engine).facets["tag"]
    tag, count = next(iter(counts.items()))
    assert search(engine, filters={"tag": [tag.upper()]}).count == count


def test_pagination_returns_disjoint_pages(engine):
    first = search(engine, page=1, per_page=5)
    second = search(engine, page=2, per_page=5)
    assert len(first.hits) == len(second.hits) == 5
    assert not {hit.id for hit in first.hits} & {hit.id for hit in second.hits}
    assert search(engine, page=1000).hits == []


@pytest.mark.parametrize("text", ['"', "(Pegel", "Pegel*", "~Pegel", "AND OR NOT", "x" * 10_000, "\x00\x1f", "ä'ö\"ü"])
def test_query_syntax_characters_never_fail(engine, text):
    result = search(engine, text)
    assert result.count >= 0


def test_misspelling_gets_a_suggestion(engine):
    result = search(engine, "Pegelsenssoren")
    assert result.suggestion == "pegelsensoren"


@pytest.mark.parametrize("prefix", ["bür", "buer", "Bür"])
def test_suggestions_are_umlaut_aware(engine, prefix):
    suggestions = engine.suggest(prefix)
    labels = [item.label for item in suggestions]
    assert any("Bürger" in label for label in labels)
    assert all(isinstance(item, Suggestion) and item.url for item in suggestions)
    tags = [item for item in suggestions if item.kind == "tag"]
    assert tags and all(item.url.startswith("/schlagworte/") for item in tags)


def test_related_shares_topics_or_tags_and_excludes_itself(engine):
    source = SearchDocument.objects.get(slug="myk-lorawan-pegelsensoren")
    related = engine.related(source.doc_id)
    assert related
    assert source.doc_id not in [hit.id for hit in related]
    assert all(hit.type in ("case_study", "lesson", "article", "event", "strategy") for hit in related)
    assert any("Pegel" in hit.title for hit in related)
    assert engine.related("page-does-not-exist") == []
