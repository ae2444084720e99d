"""The search page, its JSON API and suggestions: contract, validation, robustness, promotions, fallback."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from exchange.models import CaseStudyPage
from exchange.params import MAX_VALUES
from search import engines
from search.documents import count_all_documents
from search.engines.base import FACETS

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"slug", "type", "title", "url", "municipality", "date", "last_reviewed", "snippet"}


@pytest.fixture(autouse=True)
def database_engine(demo_index, settings):
    """Tests run against the database engine unless they configure another one."""
    settings.SEARCH_URL = ""
    engines._configured_engine.cache_clear()
    yield
    engines._configured_engine.cache_clear()


def test_api_contract(client):
    response = client.get("/api/search/", {"q": "Pegelsensoren"})
    assert response.status_code == 200
    data = response.json()
    assert {"query", "engine", "count", "page", "results", "facets"} <= set(data)
    assert data["query"] == "Pegelsensoren"
    assert data["engine"] == "database"
    assert isinstance(data["count"], int) and data["count"] > 0
    assert data["page"] == 1
    assert 0 < len(data["results"]) <= 10
    for result in data["results"]:
        assert set(result) == RESULT_KEYS
        assert all(isinstance(result[key], str) for key in RESULT_KEYS - {"date", "last_reviewed"})
        assert result["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", result["date"])
        assert result["last_reviewed"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", result["last_reviewed"])
    assert set(data["facets"]) == set(FACETS)
    assert all(isinstance(count, int) for facet in data["facets"].values() for count in facet.values())
    assert "degraded" not in data


def test_api_without_query_lists_newest_first(client):
    data = client.get("/api/search/").json()
    dates = [result["date"] for result in data["results"] if result["date"]]
    assert dates == sorted(dates, reverse=True)
    assert data["count"] == count_all_documents()


def test_api_repeated_parameters_or_values_of_a_facet(client):
    one = client.get("/api/search/", {"type": "case_study"}).json()["count"]
    other = client.get("/api/search/", {"type": "lesson"}).json()["count"]
    both = client.get("/api/search/?type=case_study&type=lesson").json()
    assert both["count"] == one + other
    assert {result["type"] for result in both["results"]} <= {"case_study", "lesson"}


def test_topic_accepts_name_or_slug(client):
    by_slug = client.get("/api/search/", {"topic": "buergerbeteiligung"}).json()
    by_name = client.get("/api/search/", {"topic": "Bürgerbeteiligung"}).json()
    assert by_slug["count"] == by_name["count"] > 0


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("type", "foo"),
        ("page", "0"),
        ("page", "x"),
        ("page", "1001"),
        ("page", "²"),
        ("page", "١٢"),
        ("page", "1" * 5000),
        ("page", "\x00"),
        ("year", "abc"),
        ("year", "²¹"),
        ("year", "１９９９"),
        ("year", "1899"),
        ("year", "2" * 5000),
        ("sort", "\x00"),
        ("sort", "x"),
        ("funded", "vielleicht"),
        ("municipality", "unbekannt"),
        ("topic", "gibt-es-nicht"),
        ("kind", "dorf"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(client, parameter, value):
    api = client.get("/api/search/", {parameter: value})
    assert api.status_code == 400
    assert api.json()["error"]["parameter"] == parameter
    assert api.json()["error"]["message"]
    page = client.get("/suche/", {parameter: value})
    assert page.status_code == 400
    assert f"„{parameter}“" in page.content.decode()


@pytest.mark.parametrize("facet", ["tag", "type", "year"])
def test_more_values_of_a_facet_than_allowed_is_a_400_naming_it(client, facet):
    values = [f"wert-{n}" for n in range(MAX_VALUES + 1)]
    api = client.get("/api/search/", {facet: values})
    assert api.status_code == 400
    assert api.json()["error"]["parameter"] == facet
    page = client.get("/suche/", {facet: values})
    assert page.status_code == 400
    assert f"„{facet}“" in page.content.decode()


def test_a_thousand_tags_are_refused_not_sent_to_the_engine(client):
    response = client.get("/api/search/", {"tag": [f"t{n}" for n in range(1000)]})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "tag"


def test_as_many_values_of_a_facet_as_allowed_are_searched(client):
    tags = ["Ehrenamt"] + [f"gibt-es-nicht-{n}" for n in range(MAX_VALUES - 1)]
    response = client.get("/api/search/", {"tag": tags})
    assert response.status_code == 200
    assert response.json()["count"] == client.get("/api/search/", {"tag": "Ehrenamt"}).json()["count"] > 0


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "'",
        '"Pegel',
        "(Pegel",
        "Pegel)",
        "[x]",
        "{x}",
        "*",
        "Pegel*",
        "~",
        "Pegel~2",
        "x" * 10_000,
        "\x00\x1f",
        "a:b",
        "-",
        "%_",
    ],
)
def test_nasty_query_text_never_fails(client, text):
    assert client.get("/suche/", {"q": text}).status_code == 200
    response = client.get("/api/search/", {"q": text})
    assert response.status_code == 200
    assert len(response.json()["query"]) <= 1000


def test_german_queries_through_the_api(client):
    for text in ("Buergerbeteiligung", "Ausschreibung", "Probleme bei der Ausschreibung", "Pegel"):
        assert client.get("/api/search/", {"q": text}).json()["count"] > 0, text


def test_suggestions_are_umlaut_aware(client):
    for prefix in ("bür", "buer"):
        data = client.get("/api/search/suggest/", {"q": prefix}).json()
        assert data["query"] == prefix
        assert any("Bürger" in item["label"] for item in data["suggestions"])
        assert any(item["kind"] == "tag" and item["url"].startswith("/schlagworte/") for item in data["suggestions"])


def test_search_page_works_without_javascript(client):
    response = client.get("/suche/", {"q": "Hochwasser"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<form class="search-facets" action="/suche/" method="get"' in html
    assert "<fieldset" in html and "<legend>" in html
    assert "Filter anwenden" in html
    assert 'name="sort"' in html
    # The only script is the optional suggestions-while-typing enhancement; the forms are plain GET forms.
    assert html.count("<script") == 1 and "js/suggest.js" in html
    assert "<mark>" in html


def test_result_pages_are_not_indexed_or_cached(client):
    for url in ("/suche/?q=Pegel", "/api/search/?q=Pegel", "/api/search/suggest/?q=Peg", "/suche/?page=0"):
        response = client.get(url)
        assert response["X-Robots-Tag"] == "noindex"
        assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in client.get("/suche/?q=Pegel").content.decode()


def test_filters_are_listed_with_remove_links(client):
    html = client.get("/suche/", {"q": "Pegelsensoren", "type": "case_study"}).content.decode()
    assert "Aktive Filter" in html
    assert "Art des Inhalts: Praxisbeispiel" in html
    assert 'href="/suche/?q=Pegelsensoren"' in html


def test_zero_results_offer_topics_and_filter_removal(client):
    html = client.get("/suche/", {"q": "Hochwasservorsorge", "type": "contact"}).content.decode()
    assert "Nichts gefunden" in html
    assert "Beliebte Themen" in html
    assert "„Art des Inhalts: Kontakt“ entfernen" in html


def test_did_you_mean(client):
    html = client.get("/suche/", {"q": "Pegelsenssoren"}).content.decode()
    assert "Meinten Sie" in html and "?q=pegelsensoren" in html


def test_query_statistics_are_recorded(client):
    client.get("/suche/", {"q": "Pegel"})
    client.get("/suche/", {"q": "pegel "})
    assert Query.get("pegel").hits == 2


def test_promotions_come_first_and_are_not_repeated(client):
    page = CaseStudyPage.objects.get(slug="myk-lorawan-pegelsensoren")
    SearchPromotion.objects.create(query=Query.get("hochwasser"), page=page, description="Unser Tipp")
    html = client.get("/suche/", {"q": "Hochwasser"}).content.decode()
    promoted = html.index("Empfehlung der Redaktion")
    assert promoted < html.index('id="results-heading"')
    assert html.count(f'href="{page.url}"') == 1
    assert "Unser Tipp" in html


def test_unreachable_engine_falls_back_to_the_database_with_a_notice(client):
    with override_settings(SEARCH_URL="opensearch+http://127.0.0.1:1"):
        engines._configured_engine.cache_clear()
        page = client.get("/suche/", {"q": "Pegelsensoren"})
        api = client.get("/api/search/", {"q": "Pegelsensoren"}).json()
        suggest = client.get("/api/search/suggest/", {"q": "bür"})
        case_study = client.get(CaseStudyPage.objects.get(slug="myk-lorawan-pegelsensoren").url)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'role="status">Die Suche ist gerade nur eingeschränkt verfügbar' in html
    assert "Pegelsensoren" in html and 'class="search-hit"' in html
    assert api["engine"] == "database" and api["degraded"] is True and api["count"] > 0
    assert suggest.status_code == 200 and suggest.json()["suggestions"]
    assert case_study.status_code == 200 and "Ähnliche Erfahrungen" in case_study.content.decode()


def test_content_page_renders_without_related_content_when_no_engine_answers(client, caplog):
    page = CaseStudyPage.objects.get(slug="myk-lorawan-pegelsensoren")
    with override_settings(SEARCH_URL="opensearch+http://127.0.0.1:9"), connection.cursor() as cursor:
        # The database engine fails too: its facet table is gone (until the test's transaction rolls back).
        cursor.execute("ALTER TABLE search_searchdocumentfacet RENAME TO search_searchdocumentfacet_gone")
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html and "Ähnliche Erfahrungen" not in html
    assert f"Related content for page-{page.pk} could not be loaded" in caplog.text


def test_case_study_page_shows_related_experiences(client):
    page = CaseStudyPage.objects.get(slug="myk-lorawan-pegelsensoren")
    html = client.get(page.url).content.decode()
    assert "Ähnliche Erfahrungen" in html
    section = html[html.index("Ähnliche Erfahrungen") :]
    assert "Pegelsensoren" in section


def test_search_page_query_count_is_bounded(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        response = client.get("/suche/", {"q": "Bürgerbeteiligung", "type": ["case_study", "lesson"], "sort": "newest"})
    assert response.status_code == 200


def test_lesson_hits_say_whether_they_are_stumbling_blocks_or_boosters(client):
    html = client.get("/suche/", {"q": "Vergabe", "type": "lesson"}).content.decode()
    assert 'class="badge badge--stumbling_block">Stolperstein</span>' in html
