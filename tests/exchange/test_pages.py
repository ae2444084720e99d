"""Every page type renders, and listing pages cost a fixed number of queries however much content there is."""

import shutil

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from exchange.demo.images import demo_image
from exchange.interchange.importer import import_document
from exchange.models import ContentPage
from exchange.models.municipalities import PROFILE_ITEMS
from exchange.params import MAX_PAGE

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


@pytest.fixture(scope="module")
def small_site_once(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two items of every type with listing images, built once per module and rolled back afterwards.

    Returns the folder with the images' files. SEARCH_URL is blanked: nothing is committed, so no index
    sync would run anyway.
    """
    media = tmp_path_factory.mktemp("small-site-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, SEARCH_URL=""), transaction.atomic():
        import_document(build_document(2))
        add_images()
        yield media
        transaction.set_rollback(True)


@pytest.fixture
def small_site(small_site_once, db, media_root):
    """The module's small site, in this test's rolled-back transaction, with its image files in this test's media."""
    shutil.copytree(small_site_once, media_root, dirs_exist_ok=True)


@pytest.fixture
def kusel_without_content():
    """Kusel, its contact and the topic "Mobilität", nothing published yet: enough to check parameters."""
    import_document(build_document(0))


def grow_site():
    """More items of every type than a municipality profile shows."""
    document = build_document(PROFILE_ITEMS + 2)
    import_document(document)
    add_images()


def many_case_studies(count):
    """A document adding `count` case studies to Kusel, newer than everything else."""
    document = build_document(0)
    document["items"] = [
        {
            "type": "case_study",
            "slug": f"viele-{n}",
            "municipality": "kusel",
            "title": f"Viele {n}",
            "date": "2026-01-01",
        }
        for n in range(count)
    ]
    return document


def cards(response_or_html):
    """How many content cards a page shows."""
    html = response_or_html if isinstance(response_or_html, str) else response_or_html.content.decode()
    return html.count('<article class="card">')


LISTING_URLS = [
    "/",
    "/kommunen/",
    "/kommunen/kusel/",
    "/themen/",
    "/themen/mobilitaet/",
    "/schlagworte/lorawan/",
    "/inhalte/praxisbeispiele/",
    "/inhalte/praxisbeispiele/?municipality=kusel",
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


def test_profile_shows_the_newest_items_of_each_type_and_links_to_all(client):
    import_document(build_document(PROFILE_ITEMS + 2))
    html = client.get("/kommunen/kusel/").content.decode()
    assert cards(html) == 4 * PROFILE_ITEMS
    assert f"case_study {PROFILE_ITEMS + 1}<" in html  # the newest
    assert "case_study 0<" not in html  # the oldest
    assert 'href="/inhalte/praxisbeispiele/?municipality=kusel">Alle 8 Praxisbeispiele aus Landkreis Kusel</a>' in html


def test_profile_without_more_items_than_it_shows_has_no_link_to_all(client, small_site):
    html = client.get("/kommunen/kusel/").content.decode()
    assert "?municipality=kusel" not in html


def test_profile_with_a_thousand_items_renders_as_many_cards_and_queries_as_with_six_per_type(client):
    import_document(build_document(PROFILE_ITEMS))
    six = client.get("/kommunen/kusel/")
    six_queries = count_queries(client, "/kommunen/kusel/")
    import_document(many_case_studies(1000 - PROFILE_ITEMS))
    thousand = client.get("/kommunen/kusel/")
    assert cards(thousand) == cards(six) == 4 * PROFILE_ITEMS
    assert count_queries(client, "/kommunen/kusel/") == six_queries
    assert "Alle 1.000 Praxisbeispiele aus Landkreis Kusel" in thousand.content.decode()


def test_type_listing_filtered_by_municipality_shows_only_its_content(client, small_site):
    import_document(
        {
            "municipalities": [{"slug": "mayen-koblenz", "name": "Mayen-Koblenz"}],
            "items": [{"type": "case_study", "slug": "anderswo", "municipality": "mayen-koblenz", "title": "Anderswo"}],
        }
    )
    html = client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).content.decode()
    assert "<h1>Praxisbeispiele aus Landkreis Kusel</h1>" in html
    assert "case_study 0" in html
    assert "Anderswo" not in html


def test_type_listing_filtered_by_municipality_keeps_the_filter_in_page_links(client):
    import_document(many_case_studies(30))
    first = client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).content.decode()
    assert 'href="?municipality=kusel&amp;page=2" rel="next"' in first
    second = client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel", "page": "2"}).content.decode()
    assert 'href="?municipality=kusel&amp;page=1" rel="prev"' in second
    assert 'href="?municipality=kusel&amp;page=3" rel="next"' in second


@pytest.mark.parametrize("value", ["unbekannt", "kusel/../x", "<b>kusel</b>", "k" * 300, "\x00"])
def test_type_listing_refuses_an_unknown_municipality_naming_the_parameter(client, kusel_without_content, value):
    response = client.get("/inhalte/praxisbeispiele/", {"municipality": value})
    assert response.status_code == 400
    assert "„municipality“" in response.content.decode()


def test_type_listing_refuses_an_unpublished_municipality(client, small_site):
    ContentPage.objects.get(slug="case-study-0").get_parent().unpublish()
    assert client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).status_code == 400


def test_listing_rejects_malformed_page_parameter(client, small_site):
    response = client.get("/themen/mobilitaet/?page=zwei")
    assert response.status_code == 400
    assert "page" in response.content.decode()


@pytest.mark.parametrize(
    "value", ["²", "١", "１", "0", "-1", "1.0", "1e3", " 1 2", "1" * 5000, str(MAX_PAGE + 1), "\x00", "<b>1</b>"]
)
def test_listing_refuses_a_page_that_is_not_an_ascii_number_in_range(client, kusel_without_content, value):
    for url in ("/themen/mobilitaet/", "/inhalte/praxisbeispiele/", "/inhalte/praxisbeispiele/?municipality=kusel"):
        response = client.get(url, {"page": value})
        assert response.status_code == 400, (url, value)
        html = response.content.decode()
        assert "„page“" in html
        assert "<b>1</b>" not in html


def test_listing_accepts_a_page_with_surrounding_space(client, kusel_without_content):
    assert client.get("/inhalte/praxisbeispiele/", {"page": " 1 "}).status_code == 200


def test_tag_listing_with_a_control_character_is_not_found(client, kusel_without_content):
    assert client.get("/schlagworte/%00/").status_code == 404


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
