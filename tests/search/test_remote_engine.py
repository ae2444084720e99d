"""The Elasticsearch/OpenSearch engine against a real node and the German demo corpus.

Run with `SEARCH_URL=$(scripts/search-engine url) .venv/bin/pytest tests/search/test_remote_engine.py`;
without SEARCH_URL the engine tests skip (the unreachable-engine tests run anyway).
"""

import threading

import pytest

from exchange.models import Tag
from search.engines import EngineUnavailable, SearchQuery, Suggestion
from search.engines.remote import RemoteEngine
from tests.search.documents import doc


def search(engine, text="", **options):
    return engine.search(SearchQuery(text=text, **options))


def titles(result, top=None):
    return [hit.title for hit in result.hits[:top]]


# German matching ---------------------------------------------------------------------------------------------


def test_transcribed_umlaut_finds_buergerbeteiligung(demo_engine):
    result = search(demo_engine, "Buergerbeteiligung")
    assert any("Bürgerbeteiligung" in title for title in titles(result, 3))


def test_compound_part_finds_strassenbeleuchtung(demo_engine):
    assert titles(search(demo_engine, "Beleuchtung"))[0].startswith("Intelligente Straßenbeleuchtung")


def test_compound_head_finds_pegelsensoren(demo_engine):
    assert all("Pegelsensoren" in title for title in titles(search(demo_engine, "Pegel"), 3))


@pytest.mark.parametrize(
    "text", ["ÖPNV auf dem Land", "Nahverkehr", pytest.param("OePNV", marks=pytest.mark.german_analysis)]
)
def test_public_transport_finds_mitfahrbank_and_rufbus(demo_engine, text):
    assert "Mitfahrbänke und Rufbus: Mobilität in kleinen Dörfern" in titles(search(demo_engine, text), 3)


def test_abbreviation_ozg_finds_onlinezugangsgesetz(demo_engine):
    result = search(demo_engine, "OZG")
    assert titles(result)[0].startswith("Digitaler Bürgerservice nach OZG")
    assert any("Onlinezugangsgesetz" in hit.snippet for hit in result.hits[:2])


def test_ki_finds_the_chatbot(demo_engine):
    assert "KI-Chatbot beantwortet Fragen im Bürgerbüro" in titles(search(demo_engine, "KI"), 2)


def test_synonym_phrase_finds_abbreviation(demo_engine):
    assert titles(search(demo_engine, "künstliche Intelligenz"))[0].startswith(("KI-Chatbot", "Datenschutzprüfung"))


def test_question_with_stopwords_ranks_procurement_stumbling_block_top3(demo_engine):
    top = search(demo_engine, "Probleme bei der Ausschreibung").hits[:3]
    assert any(hit.type == "lesson" and ("Vergabe" in hit.title or "Ausschreibung" in hit.title) for hit in top)


def test_typo_still_finds(demo_engine):
    assert "Digitale Bürgerbeteiligung für smarten Tourismus" in titles(search(demo_engine, "Bürgerbeteilgung"), 3)


def test_exact_match_beats_fuzzy_match(demo_engine):
    result = search(demo_engine, "Rufbus")
    assert all("Rufbus" in hit.snippet or "Rufbus" in hit.title for hit in result.hits[:2])


def test_few_hits_come_with_a_spelling_suggestion(demo_engine):
    result = search(demo_engine, "Telemedizn")
    assert result.count < 3
    assert result.suggestion == "Telemedizin"


# Facets, sorting, paging ---------------------------------------------------------------------------------------


def test_type_counts_sum_to_count(demo_engine, demo_documents):
    result = search(demo_engine)
    assert result.count == len(demo_documents)
    assert sum(result.facets["type"].values()) == result.count


def test_lesson_kind_filter_returns_only_boosters(demo_engine, demo_documents):
    result = search(demo_engine, filters={"type": ["lesson"], "lesson_kind": ["booster"]}, per_page=50)
    boosters = {d["id"] for d in demo_documents if d["lesson_kind"] == "booster"}
    assert {hit.id for hit in result.hits} == boosters
    assert result.facets["lesson_kind"]["stumbling_block"] > 0  # OR within lesson_kind


def test_type_facet_keeps_other_types_when_filtered_by_type(demo_engine):
    unfiltered = search(demo_engine).facets["type"]
    result = search(demo_engine, filters={"type": ["lesson"]})
    assert result.count == unfiltered["lesson"]
    assert result.facets["type"] == unfiltered


def test_facets_combine_with_and_across(demo_engine, demo_documents):
    result = search(demo_engine, filters={"type": ["case_study"], "topic": ["mobilitaet"]}, per_page=50)
    expected = {d["id"] for d in demo_documents if d["type"] == "case_study" and "mobilitaet" in d["topics"]}
    assert {hit.id for hit in result.hits} == expected
    assert result.facets["type"]["case_study"] == len(expected)
    assert result.facets["topic"]["mobilitaet"] == len(expected)


def test_tag_and_boolean_and_year_filters(demo_engine, demo_documents):
    assert search(demo_engine, filters={"tag": ["lorawan"]}).count == sum(
        "LoRaWAN" in d["tags"] for d in demo_documents
    )
    assert search(demo_engine, filters={"funded": ["false"]}).count == sum(d["funded"] is False for d in demo_documents)
    assert search(demo_engine, filters={"year": ["2024"]}).count == sum(d["year"] == 2024 for d in demo_documents)
    assert search(demo_engine, filters={"year": ["nonsense"]}).count == 0


def test_empty_query_lists_newest_first(demo_engine):
    dates = [hit.date for hit in search(demo_engine, per_page=20).hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # undated documents last


def test_newest_sort_orders_matches_by_date(demo_engine):
    result = search(demo_engine, "LoRaWAN", sort="newest")
    dated = [hit.date for hit in result.hits if hit.date]
    assert len(dated) > 2 and dated == sorted(dated, reverse=True)


def test_pages_do_not_overlap(demo_engine):
    first, second = (search(demo_engine, page=page, per_page=5) for page in (1, 2))
    assert len(first.hits) == len(second.hits) == 5
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert first.took_ms is not None


# Suggestions and related content ---------------------------------------------------------------------------


@pytest.mark.german_analysis
@pytest.mark.parametrize("prefix", ["bür", "buer", "Bür"])
def test_suggestions_are_umlaut_aware(demo_engine, prefix, db):
    tag, _created = Tag.objects.get_or_create(name="Bürgerbeteiligung")  # a tag of the demo documents
    suggestions = demo_engine.suggest(prefix)
    assert any(s.kind == "title" and "Bürger" in s.label and s.url for s in suggestions)
    assert Suggestion(label="Bürgerbeteiligung", kind="tag", url=f"/schlagworte/{tag.slug}/") in suggestions


def test_related_content_excludes_the_document_itself(demo_engine, demo_documents):
    case = next(d for d in demo_documents if d["title"].startswith("Intelligente Straßenbeleuchtung"))
    related = demo_engine.related(case["id"])
    assert related and case["id"] not in {hit.id for hit in related}
    assert {hit.type for hit in related} <= {"case_study", "lesson", "article", "event", "strategy"}


def test_indexed_ids_are_the_documents(demo_engine, demo_documents):
    assert demo_engine.indexed_ids() == {d["id"] for d in demo_documents}


# Hostile input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Bürger',
        "(Pegel",
        "Pegel)",
        "*",
        "Pegel~2",
        "a:b AND OR NOT",
        "[]{}^\\/",
        "x" * 10_000,
        "Pegel\x00\x07\x1b",
        "  ",
    ],
)
def test_hostile_queries_return_results_or_nothing(demo_engine, text, db):
    result = search(demo_engine, text)
    assert result.count >= 0
    assert isinstance(demo_engine.suggest(text), list)


# Writing -----------------------------------------------------------------------------------------------------


def test_highlight_marks_matches_and_escapes_html(remote_engine):
    remote_engine.index_documents([doc("page-1", body="Der <script>alert(1)</script> Pegelsensor & mehr.")])
    remote_engine.refresh()
    snippet = search(remote_engine, "Pegelsensor").hits[0].snippet
    assert "<mark>Pegelsensor</mark>" in snippet
    assert "&lt;script&gt;" in snippet and "<script>" not in snippet


def test_index_and_delete_round_trip(remote_engine):
    assert remote_engine.index_documents([doc("page-1", title="Glasfaser"), doc("contact-2", type="contact")]) == 2
    remote_engine.refresh()
    assert remote_engine.indexed_ids() == {"page-1", "contact-2"}
    assert titles(search(remote_engine, "Glasfaser")) == ["Glasfaser"]
    remote_engine.delete_documents(["page-1", "page-404"])
    remote_engine.refresh()
    assert remote_engine.indexed_ids() == {"contact-2"}


def test_rebuild_swaps_the_alias_while_searches_keep_working(remote_engine, demo_documents):
    remote_engine.rebuild(demo_documents[:20], total=20)
    (old,) = remote_engine._aliased_indices()
    late = demo_documents[40]
    remote_engine.index_documents([late])  # written to the old index just before the rebuild
    remote_engine.refresh()
    counts, errors, stop = [], [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                counts.append(search(remote_engine).count)
            except Exception as exc:  # any failure of a reader is what this test looks for
                errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        stats = remote_engine.rebuild(demo_documents, total=len(demo_documents), progress=lambda done: None)
    finally:
        stop.set()
        reader.join()
    assert not errors and counts and min(counts) >= 21
    assert stats["count"] == len(demo_documents)
    assert remote_engine._aliased_indices() == [stats["index"]] != [old]
    assert not remote_engine.client.indices.exists(index=old)
    assert late["id"] in remote_engine.indexed_ids()
    assert search(remote_engine).count == len(demo_documents)


def test_rebuild_replaces_a_concrete_index_named_like_the_alias(remote_engine):
    remote_engine.client.indices.create(index=remote_engine.index_name)
    stats = remote_engine.rebuild([doc("page-1")], total=1)
    assert remote_engine._aliased_indices() == [stats["index"]]
    assert remote_engine.indexed_ids() == {"page-1"}


def test_fresh_engine_searches_without_setup(remote_engine):
    assert search(remote_engine, "Pegel").count == 0
    assert remote_engine.ping()


# An engine that cannot be reached ------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["opensearch", "elasticsearch"])
def test_closed_port_raises_engine_unavailable(flavour):
    engine = RemoteEngine(flavour, "http://127.0.0.1:1", "wissensnetz-test-unreachable")
    assert not engine.ping()
    with pytest.raises(EngineUnavailable):
        engine.search(SearchQuery(text="Pegel"))
    with pytest.raises(EngineUnavailable):
        engine.index_documents([doc("page-1")])
