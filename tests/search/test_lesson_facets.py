"""Lessons can be narrowed by project phase and cause on both engines, the page and the API, and a saved
search keeps those filters: "Stolpersteine in der Vergabe"."""

from collections import Counter

import pytest

from search import engines
from search.engines import SearchQuery
from subscriptions.consent import describe
from subscriptions.forms import SubscribeForm

pytestmark = pytest.mark.django_db


def lessons(documents, **fields):
    return {doc["id"] for doc in documents if doc["type"] == "lesson" and all(doc[k] == v for k, v in fields.items())}


def test_phase_and_cause_filter_lessons(demo_engines, demo_documents):
    query = SearchQuery(filters={"lesson_kind": ["stumbling_block"], "phase": ["procurement"]}, per_page=50)
    result = demo_engines.search(query)
    expected = lessons(demo_documents, lesson_kind="stumbling_block", phase="procurement")
    assert expected and {hit.id for hit in result.hits} == expected
    both = demo_engines.search(SearchQuery(filters={"cause": ["staffing", "funding"]}, per_page=50))
    assert {hit.id for hit in both.hits} == lessons(demo_documents, cause="staffing") | lessons(
        demo_documents, cause="funding"
    )


def test_phase_and_cause_counts_follow_the_other_filters(demo_engines, demo_documents):
    unfiltered = demo_engines.search(SearchQuery())
    all_lessons = [doc for doc in demo_documents if doc["type"] == "lesson"]
    assert unfiltered.facets["phase"] == dict(Counter(doc["phase"] for doc in all_lessons if doc["phase"]))
    assert unfiltered.facets["cause"] == dict(Counter(doc["cause"] for doc in all_lessons if doc["cause"]))
    result = demo_engines.search(SearchQuery(filters={"phase": ["strategy"]}))
    # A facet's own filter does not narrow its counts (OR within), the other facets' filters do.
    assert result.facets["phase"] == unfiltered.facets["phase"]
    strategy = [doc for doc in all_lessons if doc["phase"] == "strategy"]
    assert result.facets["cause"] == dict(Counter(doc["cause"] for doc in strategy if doc["cause"]))


@pytest.fixture
def database_engine(demo_index, settings):
    settings.SEARCH_URL = ""
    engines._configured_engine.cache_clear()
    yield
    engines._configured_engine.cache_clear()


def test_api_filters_and_counts_phase_and_cause(client, database_engine, demo_documents):
    data = client.get("/api/search/", {"phase": "procurement", "cause": ["procurement", "technology"]}).json()
    expected = lessons(demo_documents, phase="procurement", cause="procurement") | lessons(
        demo_documents, phase="procurement", cause="technology"
    )
    assert data["count"] == len(expected) > 0
    assert {"phase", "cause"} <= set(data["facets"])
    assert data["facets"]["phase"]["procurement"] == len(expected)
    assert all(isinstance(count, int) for count in data["facets"]["cause"].values())


@pytest.mark.parametrize("parameter", ["phase", "cause"])
def test_unknown_phase_or_cause_is_refused_naming_the_parameter(client, database_engine, parameter):
    api = client.get("/api/search/", {parameter: "irgendwann"})
    assert api.status_code == 400
    assert api.json()["error"]["parameter"] == parameter
    page = client.get("/suche/", {parameter: "irgendwann"})
    assert page.status_code == 400
    assert f"Ungültiger Wert „irgendwann“ für den Parameter „{parameter}“" in page.content.decode()


def test_search_page_offers_phase_and_cause_with_german_labels(client, database_engine, django_assert_max_num_queries):
    # One full-text query of the words, one of their related terms (search.vocabulary), the rest facets.
    with django_assert_max_num_queries(31):
        html = client.get("/suche/", {"q": "Vergabe", "type": "lesson", "phase": "procurement"}).content.decode()
    assert "<legend>Projektphase</legend>" in html
    assert "<legend>Ursache</legend>" in html
    assert 'name="phase" value="procurement" checked' in html
    assert "Projektphase: Vergabe" in html  # the active filter, with its remove link


def test_a_saved_search_keeps_phase_and_cause(db):
    data = {
        "email": "leser@example.org",
        "query": "Ausschreibung",
        "phase": ["procurement"],
        "cause": ["legal"],
        "frequency": "weekly",
        "consent": "on",
    }
    form = SubscribeForm(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["filters"] == {"phase": ["procurement"], "cause": ["legal"]}
    assert "Projektphase: Vergabe; Ursache: Recht" in describe(filters=form.cleaned_data["filters"])
    refused = SubscribeForm({**data, "cause": ["wetter"]})
    assert not refused.is_valid()
    assert "„cause“" in str(refused.errors["cause"])
