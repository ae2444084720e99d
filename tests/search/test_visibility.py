"""A page an editor restricts in the admin's privacy dialog vanishes from every public surface at once, and
comes back when the restriction is lifted (search page, API, suggestions, related content, listings)."""

import os
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from exchange.interchange.exporter import export_document
from exchange.interchange.importer import import_document
from exchange.models import ContentPage, MunicipalityPage
from search import engines
from search.documents import page_doc_id
from tests.search.indices import unique_index_name

pytestmark = pytest.mark.django_db

ITEM = {
    "type": "case_study",
    "municipality": "kusel",
    "topics": ["Mobilität"],
    "tags": ["Mitfahren"],
    "status": "pilot",
}
DOCUMENT = {
    "municipalities": [{"slug": "kusel", "name": "Landkreis Kusel", "kind": "landkreis", "funded": True}],
    "contacts": [{"slug": "julia-wagner", "name": "Julia Wagner", "role": "Koordinatorin", "municipality": "kusel"}],
    "items": [
        {**ITEM, "slug": "rufbus", "title": "Rufbus im Kuseler Land", "summary": "Rufbus auf Bestellung."},
        {**ITEM, "slug": "mitfahrbank", "title": "Mitfahrbänke in Kusel", "summary": "Bänke für Mitfahrer."},
    ],
}


@pytest.fixture(autouse=True)
def configured_engine(settings):
    """The real engine on a throw-away alias when SEARCH_URL is set, else the database engine."""
    settings.SEARCH_URL = os.environ.get("SEARCH_URL", "")
    settings.SEARCH_INDEX_NAME = unique_index_name()
    engines._configured_engine.cache_clear()
    engine = engines.get_engine()
    yield engine
    if engine.name != "database":
        engine.drop()
    engines._configured_engine.cache_clear()


def refresh(engine):
    """Make the remote engine's recent writes searchable (the database engine's are at once)."""
    if engine.name != "database":
        engine.refresh()


@pytest.fixture
def site(django_capture_on_commit_callbacks, configured_engine):
    with django_capture_on_commit_callbacks(execute=True):
        import_document(DOCUMENT)
    refresh(configured_engine)
    return {slug: ContentPage.objects.get(slug=slug).specific for slug in ("rufbus", "mitfahrbank")}


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123"))
    return client


def set_privacy(admin_client, page, configured_engine, capture, **data):
    """Submit the admin's privacy dialog for `page`, as an editor does, and let the index sync run."""
    with capture(execute=True):
        response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200
    assert '"step": "set_privacy_done"' in response.content.decode()
    refresh(configured_engine)


def found_in_search(client, page):
    """Where a page still shows up: API hits, the search page, suggestions."""
    api = client.get("/api/search/", {"q": "Kusel"}).json()
    html = client.get("/suche/", {"q": "Kusel"}).content.decode()
    suggestions = client.get("/api/search/suggest/", {"q": page.title.split()[0][:4]}).json()["suggestions"]
    return {
        "api": page.slug in [hit["slug"] for hit in api["results"]],
        "page": page.url in html,
        "suggest": page.title in [item["label"] for item in suggestions],
    }


def test_password_restriction_removes_page_from_search_at_once(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    rufbus = site["rufbus"]
    assert found_in_search(admin_client, rufbus) == {"api": True, "page": True, "suggest": True}
    set_privacy(
        admin_client,
        rufbus,
        configured_engine,
        django_capture_on_commit_callbacks,
        restriction_type="password",
        password="kennwort-123",
    )
    assert found_in_search(admin_client, rufbus) == {"api": False, "page": False, "suggest": False}
    assert found_in_search(admin_client, site["mitfahrbank"])["api"]


def test_lifting_a_restriction_brings_the_page_back(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    rufbus = site["rufbus"]
    capture = django_capture_on_commit_callbacks
    set_privacy(admin_client, rufbus, configured_engine, capture, restriction_type="login")
    assert not found_in_search(admin_client, rufbus)["api"]
    set_privacy(admin_client, rufbus, configured_engine, capture, restriction_type="none")
    assert found_in_search(admin_client, rufbus) == {"api": True, "page": True, "suggest": True}


def test_restricted_page_is_not_related_content(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    rufbus, mitfahrbank = site["rufbus"], site["mitfahrbank"]
    assert rufbus.title in admin_client.get(mitfahrbank.url).content.decode()
    set_privacy(admin_client, rufbus, configured_engine, django_capture_on_commit_callbacks, restriction_type="login")
    assert rufbus.title not in admin_client.get(mitfahrbank.url).content.decode()


@pytest.mark.parametrize("path", ["/inhalte/praxisbeispiele/", "/themen/mobilitaet/", "/kommunen/kusel/", "/"])
def test_restricted_page_is_not_listed(admin_client, site, configured_engine, django_capture_on_commit_callbacks, path):
    rufbus = site["rufbus"]
    assert rufbus.url in admin_client.get(path).content.decode()
    set_privacy(admin_client, rufbus, configured_engine, django_capture_on_commit_callbacks, restriction_type="login")
    assert rufbus.url not in admin_client.get(path).content.decode()


def test_restricting_a_municipality_hides_its_content_and_contacts(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    set_privacy(
        admin_client,
        kusel,
        configured_engine,
        django_capture_on_commit_callbacks,
        restriction_type="password",
        password="kennwort-123",
    )
    data = admin_client.get("/api/search/").json()
    assert data["count"] == 0
    assert admin_client.get("/api/search/", {"q": "Julia Wagner"}).json()["count"] == 0


def test_status_counts_an_indexed_restricted_page_as_stale(site, configured_engine, capsys):
    rufbus = site["rufbus"]
    # A restriction written past the signals (e.g. straight into the database) leaves the page indexed.
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=rufbus, restriction_type="login")])
    with pytest.raises(CommandError):
        call_command("search_index", "status")
    assert page_doc_id(rufbus.pk) in capsys.readouterr().out


def test_restricted_municipality_leaves_the_index_and_the_filters(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    assert kusel.url in admin_client.get("/kommunen/").content.decode()
    set_privacy(admin_client, kusel, configured_engine, django_capture_on_commit_callbacks, restriction_type="login")
    assert kusel.url not in admin_client.get("/kommunen/").content.decode()
    assert admin_client.get("/api/search/", {"municipality": "kusel"}).status_code == 400
    assert admin_client.get("/inhalte/praxisbeispiele/", {"municipality": "kusel"}).status_code == 400


def test_topic_counts_leave_out_restricted_pages(
    admin_client, site, configured_engine, django_capture_on_commit_callbacks
):
    assert "2 Beiträge" in admin_client.get("/themen/").content.decode()
    set_privacy(
        admin_client, site["rufbus"], configured_engine, django_capture_on_commit_callbacks, restriction_type="login"
    )
    html = admin_client.get("/themen/").content.decode()
    assert "1 Beitrag" in html and "2 Beiträge" not in html


def test_expired_page_is_not_listed_and_counts_as_stale_while_indexed(client, site, capsys):
    rufbus = site["rufbus"]
    ContentPage.objects.filter(pk=rufbus.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert rufbus.url not in client.get("/inhalte/praxisbeispiele/").content.decode()
    with pytest.raises(CommandError):
        call_command("search_index", "status")
    assert page_doc_id(rufbus.pk) in capsys.readouterr().out


def test_export_leaves_out_a_restricted_municipality_with_its_content_and_contacts(site):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    PageViewRestriction.objects.create(page=kusel, restriction_type="login")
    document = export_document()
    assert document["municipalities"] == [] and document["items"] == [] and document["contacts"] == []
