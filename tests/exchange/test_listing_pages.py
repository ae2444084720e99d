"""The topic, tag and type listings are pages in the tree: breadcrumbs, SEO title, an editable intro, and the
main navigation read from the tree (`show_in_menus`, tree order)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import querydict_from_html

from exchange.context_processors import main_navigation
from exchange.interchange.importer import MISSING_INDEX, import_document
from exchange.interchange.validation import ImportFileError
from exchange.models import (
    ContentIndexPage,
    ContentPage,
    ContentPageTag,
    MunicipalityIndexPage,
    Tag,
    TagIndexPage,
    Topic,
    TopicIndexPage,
    TypeListingPage,
)
from home.models import HomePage, StandardPage
from home.site_structure import ensure_site_structure
from tests.exchange.test_pages import build_document
from tests.sixth_type.models import ReportPage

pytestmark = pytest.mark.django_db

#: Each listing, the breadcrumb trail it shows (links, then the current entry) and its <title>.
LISTINGS = {
    "/themen/": (["Start"], "Themen", "Themen"),
    "/themen/mobilitaet/": (["Start", "Themen"], "Mobilität", "Mobilität"),
    "/schlagworte/": (["Start"], "Schlagworte", "Schlagworte"),
    "/schlagworte/lorawan/": (["Start", "Schlagworte"], "LoRaWAN", "Schlagwort: LoRaWAN"),
    "/inhalte/": (["Start"], "Inhalte", "Inhalte"),
    "/inhalte/praxisbeispiele/": (["Start", "Inhalte"], "Praxisbeispiele", "Praxisbeispiele"),
    "/inhalte/praxisbeispiele/?municipality=kusel": (
        ["Start", "Inhalte", "Praxisbeispiele"],
        "Landkreis Kusel",
        "Praxisbeispiele aus Landkreis Kusel",
    ),
}


@pytest.fixture(scope="module")
def kusel(django_db_setup, django_db_blocker, tmp_path_factory):
    """Kusel with two items of every type, imported once for the module and rolled back afterwards."""
    media = tmp_path_factory.mktemp("listing-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        ensure_site_structure()
        import_document(build_document(2))
        yield
        transaction.set_rollback(True)


def publish(page, **fields):
    """Change a page the way an editor's "publish" does: a new revision, published."""
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def breadcrumb(html):
    """(linked entries, current entry) of the page's breadcrumb trail."""
    trail = html.split('<nav class="breadcrumb container"', 1)[1].split("</nav>", 1)[0]
    links = [part.split(">", 1)[1].split("</a>", 1)[0] for part in trail.split("<a href=")[1:]]
    current = trail.split('<span aria-current="page">', 1)[1].split("</span>", 1)[0]
    return links, current


def title(html):
    return html.split("<title>", 1)[1].split("</title>", 1)[0]


def navigation(client, url="/"):
    return [(item["label"], item["url"]) for item in client.get(url).context["main_navigation"]]


# --- the pages and where they live ----------------------------------------------------------------------


def test_the_tree_holds_the_listing_pages_below_the_home_page(site_tree):
    home, _ = site_tree
    children = [page.slug for page in home.get_children()]
    assert children == ["kommunen", "impressum", "datenschutz", "inhalte", "themen", "schlagworte", "kontakte"]
    content_index = ContentIndexPage.objects.get()
    assert [page.slug for page in content_index.get_children()] == [
        "praxisbeispiele",
        "stolpersteine-und-booster",
        "artikel",
        "veranstaltungen",
        "strategien",
        "berichte",
    ]


def test_each_listing_page_exists_once_and_only_below_its_parent(site_tree):
    home, index = site_tree
    content_index = ContentIndexPage.objects.get()
    for model in (TopicIndexPage, TagIndexPage, ContentIndexPage):
        assert set(model.allowed_parent_page_models()) == {HomePage}
        assert not model.can_create_at(home)  # max_count = 1, and it exists
    assert set(TypeListingPage.allowed_parent_page_models()) == {ContentIndexPage}
    assert not TypeListingPage.can_create_at(content_index)  # every type has its list
    TypeListingPage.objects.get(listing_type="report").delete()
    assert TypeListingPage.can_create_at(content_index)
    assert not TypeListingPage.can_create_at(index)


def test_the_slug_of_a_listing_page_is_its_fixed_address(site_tree):
    topics = publish(TopicIndexPage.objects.get(), slug="handlungsfelder")
    listing = publish(TypeListingPage.objects.get(listing_type="case_study"), slug="beispiele")

    assert (topics.slug, topics.url) == ("themen", "/themen/")
    assert (listing.slug, listing.url) == ("praxisbeispiele", "/inhalte/praxisbeispiele/")


def test_the_sixth_type_gets_its_listing_page_and_menu_entry(client, site_tree):
    page = TypeListingPage.objects.get(listing_type=ReportPage.type_key)

    assert (page.title, page.menu_title, page.show_in_menus, page.url) == (
        "Berichte",
        "Berichte",
        True,
        "/inhalte/berichte/",
    )
    assert client.get("/inhalte/berichte/").status_code == 200


def test_migrate_creates_missing_listing_pages(site_tree):
    TopicIndexPage.objects.get().delete()
    TypeListingPage.objects.get(listing_type="case_study").delete()

    call_command("migrate", verbosity=0)

    assert TopicIndexPage.objects.get().url == "/themen/"
    assert TypeListingPage.objects.get(listing_type="case_study").url == "/inhalte/praxisbeispiele/"


def test_ensure_site_structure_leaves_existing_listing_pages_alone(site_tree):
    publish(TopicIndexPage.objects.get(), title="Handlungsfelder", show_in_menus=False)
    pages = Page.objects.count()

    ensure_site_structure()

    assert Page.objects.count() == pages
    assert TopicIndexPage.objects.get().title == "Handlungsfelder"


def test_importer_without_the_municipality_index_names_what_is_missing(site_tree):
    MunicipalityIndexPage.objects.get().delete()

    with pytest.raises(ImportFileError) as error:
        import_document(build_document(0))

    assert error.value.errors == [str(MISSING_INDEX)]
    assert "„Kommunen“" in error.value.errors[0]


# --- what each listing shows ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", LISTINGS)
def test_each_listing_has_breadcrumbs_from_the_home_page_and_a_title(client, kusel, url):
    links, current, page_title = LISTINGS[url]

    html = client.get(url).content.decode()

    assert breadcrumb(html) == (links, current)
    assert title(html) == f"{page_title} – Wissensnetz"


@pytest.mark.parametrize(
    ("model", "url"),
    [
        (TopicIndexPage, "/themen/"),
        (TagIndexPage, "/schlagworte/"),
        (ContentIndexPage, "/inhalte/"),
        (TypeListingPage, "/inhalte/praxisbeispiele/"),
    ],
)
def test_a_listing_page_shows_its_seo_title_description_and_intro(client, kusel, model, url):
    page = model.objects.filter(slug=url.rstrip("/").rsplit("/", 1)[1]).get()
    publish(page, seo_title="Gut zu wissen", search_description="Alles auf einen Blick.", intro="Eine Einleitung.")

    html = client.get(url).content.decode()

    assert title(html) == "Gut zu wissen – Wissensnetz"
    assert '<meta name="description" content="Alles auf einen Blick.">' in html
    assert '<p class="lead">Eine Einleitung.</p>' in html


def test_routes_below_a_listing_page_keep_its_seo_fields_for_the_page_itself(client, kusel):
    publish(TopicIndexPage.objects.get(), seo_title="Alle Themen", search_description="Die Handlungsfelder.")

    html = client.get("/themen/mobilitaet/").content.decode()

    assert title(html) == "Mobilität – Wissensnetz"
    assert 'name="description"' not in html


def test_the_intro_of_a_type_listing_shows_with_a_municipality_too(client, kusel):
    publish(TypeListingPage.objects.get(listing_type="case_study"), intro="Was Kommunen ausprobiert haben.")

    html = client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).content.decode()

    assert '<p class="lead">Was Kommunen ausprobiert haben.</p>' in html


def test_the_topic_index_lists_topics_with_counts(client, kusel):
    html = client.get("/themen/").content.decode()

    assert '<p class="lead">Die Handlungsfelder, in denen Kommunen ihre Erfahrungen teilen.</p>' in html
    assert f'<a href="{Topic.objects.get(name="Mobilität").get_absolute_url()}">Mobilität</a>' in html


def test_the_tag_index_lists_the_tags_in_use(client, kusel):
    html = client.get("/schlagworte/").content.decode()

    assert '<a href="/schlagworte/lorawan/">LoRaWAN</a> <span class="count">(10)</span>' in html


def test_a_tag_with_a_unicode_slug_has_its_listing(client, kusel):
    tag = Tag.objects.create(name="Bürgerinnen", slug="bürgerinnen")
    ContentPageTag.objects.create(content_object=ContentPage.objects.get(slug="case-study-0"), tag=tag)

    response = client.get(tag.get_absolute_url())

    assert tag.get_absolute_url() == "/schlagworte/b%C3%BCrgerinnen/"
    assert response.status_code == 200
    assert "case_study 0" in response.content.decode()


def test_the_content_index_lists_the_type_listings(client, site_tree):
    html = client.get("/inhalte/").content.decode()

    assert '<a href="/inhalte/stolpersteine-und-booster/">Stolpersteine und Booster</a>' in html


# --- editing in the admin -------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, site_tree):
    client.force_login(get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim"))
    return client


@pytest.mark.parametrize("model", [TopicIndexPage, TagIndexPage, ContentIndexPage, TypeListingPage])
def test_an_editor_edits_and_publishes_the_intro_in_the_admin(admin_client, model):
    page = model.objects.order_by("path").first()
    url = f"/admin/pages/{page.pk}/edit/"
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data["intro"] = "Neu geschrieben."
    data["action-publish"] = "action-publish"

    response = admin_client.post(url, data)

    assert response.status_code == 302
    page = model.objects.get(pk=page.pk)
    assert page.intro == "Neu geschrieben."
    assert '<p class="lead">Neu geschrieben.</p>' in admin_client.get(page.url).content.decode()


@pytest.mark.parametrize("model", [TopicIndexPage, TypeListingPage])
def test_the_admin_previews_a_listing_page(admin_client, model):
    page = model.objects.order_by("path").first()
    form = querydict_from_html(
        admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode(), form_id="page-edit-form"
    )
    form["intro"] = "Noch nicht veröffentlicht."
    url = f"/admin/pages/{page.pk}/edit/preview/"

    assert admin_client.post(url, form).json()["is_valid"]
    response = admin_client.get(url)

    assert response.status_code == 200
    assert "Noch nicht veröffentlicht." in response.content.decode()


# --- the main navigation --------------------------------------------------------------------------------


def test_navigation_is_the_menu_pages_in_tree_order_with_the_type_listings_in_place_of_inhalte(client, site_tree):
    assert navigation(client) == [
        ("Kommunen", "/kommunen/"),
        ("Praxisbeispiele", "/inhalte/praxisbeispiele/"),
        ("Stolpersteine & Booster", "/inhalte/stolpersteine-und-booster/"),
        ("Veranstaltungen", "/inhalte/veranstaltungen/"),
        ("Berichte", "/inhalte/berichte/"),
        ("Themen", "/themen/"),
        ("Kontakte", "/kontakte/"),
    ]


def test_navigation_follows_show_in_menus(client, site_tree):
    home, _ = site_tree
    publish(TopicIndexPage.objects.get(), show_in_menus=False)
    publish(TypeListingPage.objects.get(listing_type="event"), show_in_menus=False)
    publish(TypeListingPage.objects.get(listing_type="article"), show_in_menus=True)
    publish(StandardPage.objects.get(slug="impressum"), show_in_menus=True)

    assert [label for label, _ in navigation(client)] == [
        "Kommunen",
        "Impressum",
        "Praxisbeispiele",
        "Stolpersteine & Booster",
        "Artikel",
        "Berichte",
        "Kontakte",
    ]


def test_navigation_follows_the_order_editors_give_the_tree(client, site_tree):
    _, index = site_tree
    TopicIndexPage.objects.get().move(index, pos="left")
    praxis = TypeListingPage.objects.get(listing_type="case_study")
    praxis.move(TypeListingPage.objects.get(listing_type="report"), pos="right")

    assert [label for label, _ in navigation(client)] == [
        "Themen",
        "Kommunen",
        "Stolpersteine & Booster",
        "Veranstaltungen",
        "Berichte",
        "Praxisbeispiele",
        "Kontakte",
    ]


def test_navigation_leaves_out_unpublished_pages_and_uses_the_menu_title(client, site_tree):
    TopicIndexPage.objects.get().unpublish()
    publish(TypeListingPage.objects.get(listing_type="case_study"), menu_title="")

    labels = [label for label, _ in navigation(client)]

    assert "Themen" not in labels
    assert labels[1] == "Praxisbeispiele"  # its title, without a menu title


def test_navigation_marks_the_current_entry(client, kusel):
    items = client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).context["main_navigation"]

    assert [item["label"] for item in items if item["current"]] == ["Praxisbeispiele"]


def test_navigation_costs_one_query_once_the_site_is_known(site_tree):
    request = RequestFactory().get("/")
    Site.find_for_request(request)
    main_navigation(request)  # Wagtail caches the site root paths

    with CaptureQueriesContext(connection) as queries:
        main_navigation(request)

    assert len(queries) == 1


def test_home_page_query_count(client, kusel, django_assert_max_num_queries):
    """The home page's lists, footer and page serving, plus the one query of the navigation."""
    client.get("/")
    with django_assert_max_num_queries(23):
        assert client.get("/").status_code == 200
