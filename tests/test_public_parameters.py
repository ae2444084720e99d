"""No input to a public URL breaks a page: property-based tests over every public parameter.

Hypothesis sends arbitrary Unicode (digits of other scripts, control characters, markup, very long
values, thousands of repetitions of a parameter) to every public URL and checks that the answer is never
a 5xx, that answers below /api/ are always JSON, and that generated markup never appears unescaped in
an HTML page. The database and the database search engine are real; the site is built once per module.
Alongside: the status and format of every kind of error below /api/ (400, 404, 405, 500).
"""

import json
import operator
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.test import Client, RequestFactory, override_settings
from django.urls import get_resolver
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exchange.interchange.importer import import_document
from exchange.models import ContentPage
from search import engines
from search.documents import count_all_documents, iter_all_documents
from search.engines.base import FACETS
from search.engines.database import DatabaseEngine

pytestmark = pytest.mark.django_db

#: Generated values embed these; the templates never contain them, so finding one in a page means a raw value.
MARKUP = ("<script>alert(1)</script>", '"><b>fett</b>')
SEARCH_PARAMETERS = ("q", "sort", "page", *FACETS)
LISTING_URLS = (
    "/themen/",
    "/themen/mobilitaet/",
    "/schlagworte/lorawan/",
    "/inhalte/praxisbeispiele/",
    "/inhalte/stolpersteine-und-booster/",
    "/inhalte/artikel/",
    "/inhalte/veranstaltungen/",
    "/inhalte/strategien/",
    "/feeds/inhalte/",
    "/feeds/themen/mobilitaet/",
    "/feeds/schlagworte/lorawan/",
    "/feeds/kommunen/kusel/",
    "/feeds/inhalte/praxisbeispiele/",
    "/feeds/veranstaltungen.ics",
)
PAGE_URLS = ("/", "/kommunen/", "/kommunen/kusel/", "/kommunen/mayen-koblenz/")
PATH_PREFIXES = (
    "/themen/",
    "/schlagworte/",
    "/inhalte/",
    "/kommunen/",
    "/kommunen/kusel/",
    "/api/",
    "/api/search/",
    "/feeds/themen/",
    "/feeds/schlagworte/",
    "/feeds/kommunen/",
    "/feeds/inhalte/",
)
#: Values a reader's browser would really send, so the engine and the paginator are reached too.
VALID = {
    "q": ["Pegel", "Bürgerbeteiligung", "Ausschreibung dauert"],
    "sort": ["relevance", "newest"],
    "page": ["1", "2", "1000"],
    "type": ["case_study", "lesson", "article", "event", "strategy", "municipality", "contact"],
    "topic": ["mobilitaet", "Mobilität", "buergerbeteiligung"],
    "tag": ["LoRaWAN", "Sensorik"],
    "municipality": ["kusel", "mayen-koblenz"],
    "kind": ["landkreis", "stadt"],
    "funded": ["ja", "false"],
    "lesson_kind": ["booster", "stumbling_block"],
    "phase": ["procurement", "strategy"],
    "cause": ["staffing", "data_protection"],
    "status": ["pilot", "planning"],
    "year": ["2024", "2025", "1900"],
}
FAST = settings(
    deadline=None,
    database=None,
    # The module's site and the per-test transaction need no reset between examples: requests only read
    # (apart from search statistics, which nothing here checks).
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# -- the site ------------------------------------------------------------------------------------------


def _item(item_type, slug, municipality, n, **extra):
    return {
        "type": item_type,
        "slug": slug,
        "municipality": municipality,
        "title": f"{slug} Pegel",
        "summary": "Pegelsensoren und Bürgerbeteiligung.",
        "body": "Die Ausschreibung dauert.\n\n## Zwischenüberschrift\n\nNoch ein Absatz.",
        "topics": ["Mobilität", "Bürgerbeteiligung"],
        "tags": ["LoRaWAN", "Sensorik"],
        "date": f"202{4 + n % 2}-0{1 + n}-15",
        **extra,
    }


SITE = {
    "municipalities": [
        {"slug": "kusel", "name": "Landkreis Kusel", "kind": "landkreis", "funded": True, "cohort": 2021},
        {"slug": "mayen-koblenz", "name": "Mayen-Koblenz", "kind": "landkreis"},
    ],
    "items": [
        _item(item_type, f"{item_type.replace('_', '-')}-{municipality}-{n}", municipality, n, **extra)
        for municipality in ("kusel", "mayen-koblenz")
        for n in range(2)
        for item_type, extra in (
            ("case_study", {"status": "pilot", "start_year": 2024}),
            (
                "lesson",
                {
                    "lesson_kind": "booster" if n else "stumbling_block",
                    "phase": "procurement" if n else "strategy",
                    "cause": "staffing",
                },
            ),
            ("article", {}),
            ("event", {"start": "2027-03-18T10:00:00+01:00"}),
            ("strategy", {"vision": "Vision.", "measures": [{"title": "Maßnahme"}]}),
        )
    ],
}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two municipalities with content of every type and the database index, rolled back afterwards."""
    media = tmp_path_factory.mktemp("parameters-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, SEARCH_URL=""), transaction.atomic():
        engines._configured_engine.cache_clear()
        import_document(SITE)
        DatabaseEngine().rebuild(iter_all_documents(), count_all_documents())
        content_urls = [page.url for page in ContentPage.objects.filter(slug__endswith="-0")]
        yield {"content_urls": content_urls}
        transaction.set_rollback(True)
    engines._configured_engine.cache_clear()


# -- what a hostile reader sends -----------------------------------------------------------------------

#: Any characters a URL can carry: control characters included, lone surrogates not (they cannot be encoded).
anything = st.text(max_size=40)
foreign_digits = st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=8)
huge_numbers = st.integers(min_value=5, max_value=6000).map(lambda n: "9" * n)
long_values = st.builds(operator.mul, st.text(min_size=1, max_size=4), st.integers(min_value=300, max_value=3000))
with_markup = st.builds(
    lambda before, markup, after: before + markup + after, anything, st.sampled_from(MARKUP), anything
)


def values_for(name):
    """Values for one parameter: valid ones, numbers of every sign and size, and arbitrary text."""
    return st.one_of(
        st.sampled_from(VALID.get(name, [""])),
        st.integers(min_value=-(10**12), max_value=10**12).map(str),
        foreign_digits,
        huge_numbers,
        long_values,
        with_markup,
        anything,
    )


@st.composite
def query_strings(draw, names):
    """A query string over `names` (plus unknown ones), some parameters repeated up to thousands of times."""
    pairs = []
    for name in draw(st.lists(st.one_of(st.sampled_from(names), anything), max_size=5)):
        value = draw(values_for(name))
        repeat = draw(st.sampled_from((1, 1, 1, 2, 51, 3000)))
        pairs += [(name, value[:20] if repeat > 2 else value)] * repeat
    return urlencode(pairs)


def get(path, query=""):
    """GET as a browser would, with exceptions raised (a 500 fails the test with its traceback)."""
    return Client().get(f"{path}?{query}" if query else path)


def assert_json(response):
    assert response["Content-Type"] == "application/json", response["Content-Type"]
    data = response.json()
    if response.status_code >= 400:
        assert data["error"]["message"]
    return data


def assert_no_raw_markup(response):
    html = response.content.decode()
    for markup in MARKUP:
        assert markup not in html


# -- errors below /api/ are JSON, elsewhere HTML -------------------------------------------------------


def test_unknown_api_address_is_a_json_404(client, site):
    response = client.get("/api/nope/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["message"]


def test_post_to_the_api_is_a_json_405_even_with_csrf_checks(site):
    for url in ("/api/search/", "/api/search/suggest/"):
        response = Client(enforce_csrf_checks=True).post(url, {"q": "Pegel"})
        assert response.status_code == 405, url
        assert response["Allow"] == "GET"
        assert response.json()["error"]["message"]


def test_server_error_below_api_is_json_and_elsewhere_the_html_template():
    handler = get_resolver().resolve_error_handler(500)
    api = handler(RequestFactory().get("/api/search/"))
    assert api.status_code == 500
    assert api["Content-Type"] == "application/json"
    assert json.loads(api.content)["error"]["message"]
    page = handler(RequestFactory().get("/suche/"))
    assert page.status_code == 500
    assert "Es ist ein Fehler aufgetreten" in page.content.decode()


def test_not_found_outside_api_keeps_the_html_template(client, site):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_too_many_fields_below_api_is_a_json_400(client, site, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.get("/api/search/", {"q": [str(n) for n in range(20)]})
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_too_many_fields_on_a_page_is_a_german_400(client, site, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.get("/suche/", {"q": [str(n) for n in range(20)]})
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.content.decode()


# -- the properties ------------------------------------------------------------------------------------


def too_many_fields(query):
    """Whether the query string has more parameters than Django reads at all (it refuses those with a 400)."""
    return query.count("&") + 1 > django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS


@settings(FAST, max_examples=60)
@given(query=query_strings(SEARCH_PARAMETERS))
@example(query="page=%C2%B2")
@example(query="year=%C2%B2%C2%B9")
@example(query="page=" + "1" * 5000)
@example(query=urlencode([("tag", f"t{n}") for n in range(1000)]))
def test_search_page_never_fails_and_escapes_what_it_repeats(site, query):
    response = get("/suche/", query)
    assert response.status_code in (200, 400)
    assert_no_raw_markup(response)


@settings(FAST, max_examples=60)
@given(query=query_strings(SEARCH_PARAMETERS))
@example(query="page=%C2%B2")
@example(query="year=%C2%B2%C2%B9")
@example(query=urlencode([("tag", f"t{n}") for n in range(1000)]))
def test_search_api_always_answers_json(site, query):
    response = get("/api/search/", query)
    assert response.status_code in (200, 400)
    data = assert_json(response)
    if response.status_code == 400:
        # More parameters than Django reads at all are refused before the view, naming none of them.
        assert too_many_fields(query) or data["error"]["parameter"] in SEARCH_PARAMETERS


@settings(FAST, max_examples=30)
@given(query=query_strings(("q",)))
@example(query="&".join(["q=a"] * 10_001))
def test_suggest_api_always_answers_json(site, query):
    response = get("/api/search/suggest/", query)
    data = assert_json(response)
    if too_many_fields(query):  # refused before the view, as JSON like every other API error
        assert response.status_code == 400 and "error" in data
    else:
        assert response.status_code == 200
        assert isinstance(data["suggestions"], list)


@settings(FAST, max_examples=80)
@given(path=st.sampled_from(LISTING_URLS), query=query_strings(("page", "municipality")))
@example(path="/themen/mobilitaet/", query="page=%C2%B2")
@example(path="/inhalte/praxisbeispiele/", query="page=" + "1" * 5000)
@example(path="/inhalte/praxisbeispiele/", query="municipality=%22%3E%3Cb%3Efett%3C%2Fb%3E")
@example(path="/feeds/inhalte/praxisbeispiele/", query="municipality=%22%3E%3Cb%3Efett%3C%2Fb%3E")
def test_listings_never_fail_and_escape_what_they_repeat(site, path, query):
    response = get(path, query)
    assert response.status_code in (200, 400, 404)
    assert_no_raw_markup(response)


@settings(FAST, max_examples=40)
@given(index=st.integers(min_value=0), query=query_strings(("page", "q", "municipality")))
def test_pages_ignore_arbitrary_query_strings(site, index, query):
    urls = PAGE_URLS + tuple(site["content_urls"])
    response = get(urls[index % len(urls)], query)
    assert response.status_code == 200
    assert_no_raw_markup(response)


@settings(FAST, max_examples=60)
@given(prefix=st.sampled_from(PATH_PREFIXES), segment=st.one_of(anything, with_markup, long_values))
@example(prefix="/schlagworte/", segment="\x00")
@example(prefix="/api/", segment="nope")
def test_unknown_addresses_never_fail(site, prefix, segment):
    response = get(f"{prefix}{quote(segment, safe='')}/")
    assert response.status_code < 500
    if prefix.startswith("/api/"):
        assert_json(response)
    else:
        assert_no_raw_markup(response)
