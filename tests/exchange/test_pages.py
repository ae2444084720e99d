"""Every page type renders, and listing pages cost a fixed number of queries however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exchange.demo.images import demo_image
from exchange.interchange.importer import import_document
from exchange.models import ContentPage

pytestmark = pytest.mark.django_db

TYPES = ("case_study", "lesson", "article", "event", "strategy")


def build_document(copies):
    """A municipality with `copies` items of every type, each with topics, tags and a contact."""
    items = []
    for n in range(copies):
        for item_type in TYPES:
            item = {
                "type": item_type,
                "slug": f"{item_type.replace('_', '-')}-{n}",
                "municipality": "kusel",
                "title": f"{item_type} {n}",
                "summary": "Kurz.",
                "body": "Ein Absatz.\n\n## Zwischenüberschrift\n\nNoch einer.",
                "topics": ["Mobilität", f"Thema {n % 3}"],
                "tags": ["LoRaWAN", f"tag{n}"],
                "date": f"2025-0{1 + n % 9}-1{n % 9}",
                "contacts": ["julia-wagner"],
            }
            if item_type == "lesson":
                item.update(lesson_kind="booster" if n % 2 else "stumbling_block", related_case_study=f"case-study-{n}")
            if item_type == "event":
                item.update(start="2027-03-18T10:00:00+01:00", end="2027-03-18T16:00:00+01:00", location="Kusel")
            if item_type == "strategy":
                item.update(
                    vision="Vision.", measures=[{"title": "M", "field_of_action": "Mobilität", "start_year": 2023}]
                )
            items.append(item)
    return {
        "municipalities": [
            {"slug": "kusel", "name": "Landkreis Kusel", "kind": "landkreis", "funded": True, "cohort": 2021}
        ],
        "contacts": [
            {
                "slug": "julia-wagner",
                "name": "Julia Wagner",
                "role": "Smart-City-Koordinatorin",
                "municipality": "kusel",
                "topics": ["Mobilität"],
            }
        ],
        "items": items,
    }


def add_images():
    """Give every content page a listing image so card renditions are part of what is counted."""
    for page in ContentPage.objects.specific():
        page.listing_image = demo_image(page.slug, f"Platzhalter {page.slug}", size=(160, 90))
        page.save_revision().publish()


def count_queries(client, url):
    client.get(url)  # warm caches that exist once per process (site root, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.fixture
def small_site():
    import_document(build_document(2))
    add_images()


def grow_site():
    document = build_document(6)
    import_document(document)
    add_images()


LISTING_URLS = [
    "/",
    "/kommunen/",
    "/kommunen/kusel/",
    "/themen/",
    "/themen/mobilitaet/",
    "/schlagworte/lorawan/",
    "/inhalte/praxisbeispiele/",
    "/inhalte/stolpersteine-und-booster/",
    "/inhalte/veranstaltungen/",
]


def test_listing_query_counts_do_not_grow_with_content(client, small_site):
    before = {url: count_queries(client, url) for url in LISTING_URLS}
    grow_site()
    after = {url: count_queries(client, url) for url in LISTING_URLS}
    assert after == before, "listings whose query count grew with the content (N+1)"
    assert max(after.values()) <= 30, after


@pytest.mark.parametrize("slug", ["case-study-0", "lesson-0", "article-0", "event-0", "strategy-0"])
def test_each_content_page_renders_with_bounded_queries(client, small_site, slug, django_assert_max_num_queries):
    page = ContentPage.objects.get(slug=slug)
    with django_assert_max_num_queries(40):
        response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_case_study_shows_its_lessons_and_contact(client, small_site):
    html = client.get("/kommunen/kusel/case-study-0/").content.decode()
    assert "lesson 0" in html
    assert "Julia Wagner" in html
    assert "Zwischenüberschrift" in html


def test_strategy_shows_measures_table(client, small_site):
    html = client.get("/kommunen/kusel/strategy-0/").content.decode()
    assert "Maßnahmen 2023–2027" in html
    assert '<th scope="row">M</th>' in html


def test_municipality_groups_content_by_type(client, small_site):
    html = client.get("/kommunen/kusel/").content.decode()
    for heading in ("Praxisbeispiele", "Stolpersteine und Booster", "Artikel", "Veranstaltungen"):
        assert f">{heading}</h2>" in html
    assert "Julia Wagner" in html


def test_listing_rejects_malformed_page_parameter(client, small_site):
    response = client.get("/themen/mobilitaet/?page=zwei")
    assert response.status_code == 400
    assert "page" in response.content.decode()


def test_listing_page_beyond_the_end_is_not_found(client, small_site):
    assert client.get("/inhalte/praxisbeispiele/?page=99").status_code == 404


def test_unknown_type_listing_is_not_found(client, small_site):
    assert client.get("/inhalte/unbekannt/").status_code == 404


def test_type_listing_is_newest_first(client, small_site):
    html = client.get("/inhalte/praxisbeispiele/").content.decode()
    # case-study-1 is dated 2025-02-11, case-study-0 2025-01-10
    assert html.index("case_study 1") < html.index("case_study 0")


def test_security_headers_are_sent(client, small_site):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_unpublished_content_is_not_listed(client, small_site):
    page = ContentPage.objects.get(slug="case-study-0")
    page.unpublish()
    html = client.get("/inhalte/praxisbeispiele/").content.decode()
    assert "case_study 0" not in html
    assert client.get("/kommunen/kusel/case-study-0/").status_code == 404
