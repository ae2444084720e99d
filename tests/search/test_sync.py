"""The index follows the content: publish, unpublish, delete, move, rename and snippet edits, and no update
is lost while the engine is down."""

import os

import pytest
from django.test import override_settings

from exchange.interchange.importer import import_document
from exchange.models import Contact, ContentPage, MunicipalityPage, Topic
from search import engines
from search.documents import contact_doc_id, page_doc_id
from search.engines import SearchQuery
from search.models import IndexUpdate, SearchDocument
from search.tasks import apply_all_pending
from tests.conftest import NO_ENGINE
from tests.search.indices import unique_index_name

pytestmark = pytest.mark.django_db

DOCUMENT = {
    "municipalities": [
        {"slug": "kusel", "name": "Landkreis Kusel", "kind": "landkreis", "funded": True, "cohort": 2021},
        {"slug": "daun", "name": "Verbandsgemeinde Daun", "kind": "verbandsgemeinde"},
    ],
    "contacts": [
        {
            "slug": "julia-wagner",
            "name": "Julia Wagner",
            "role": "Koordinatorin",
            "municipality": "kusel",
            "topics": ["Mobilität"],
        }
    ],
    "items": [
        {
            "type": "case_study",
            "slug": "rufbus",
            "municipality": "kusel",
            "title": "Rufbus im Kuseler Land",
            "summary": "On-Demand-Verkehr für Dörfer.",
            "topics": ["Mobilität"],
            "tags": ["ÖPNV"],
            "status": "pilot",
        }
    ],
}


@pytest.fixture(autouse=True)
def configured_engine(settings):
    """The engine the sync writes to besides the database: the real one on a throw-away alias when
    SEARCH_URL is set (CI, `make test` with Java), otherwise none."""
    settings.SEARCH_URL = os.environ.get("SEARCH_URL", "")
    settings.SEARCH_INDEX_NAME = unique_index_name()
    engines._configured_engine.cache_clear()
    engine = engines.get_engine()
    yield engine if engine.name != "database" else None
    if engine.name != "database":
        engine.drop()
    engines._configured_engine.cache_clear()


@pytest.fixture
def site(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_document(DOCUMENT)
    return ContentPage.objects.get(slug="rufbus").specific


def stored(doc_id):
    return SearchDocument.objects.filter(doc_id=doc_id).first()


def remote_title(engine, doc_id):
    """The title the real engine holds for `doc_id`, or None when it does not hold the document."""
    engine.refresh()
    if doc_id not in engine.indexed_ids():
        return None
    hits = [hit for hit in engine.search(SearchQuery(text="", per_page=100)).hits if hit.id == doc_id]
    return hits[0].title if hits else None


def test_publishing_indexes_page_municipality_and_contact(site, configured_engine):
    assert stored(page_doc_id(site.pk)).title == "Rufbus im Kuseler Land"
    if configured_engine:
        assert remote_title(configured_engine, page_doc_id(site.pk)) == "Rufbus im Kuseler Land"
        assert contact_doc_id(Contact.objects.get(slug="julia-wagner").pk) in configured_engine.indexed_ids()
    assert stored(page_doc_id(MunicipalityPage.objects.get(slug="kusel").pk)).type == "municipality"
    assert stored(contact_doc_id(Contact.objects.get(slug="julia-wagner").pk)).title == "Julia Wagner"
    assert not IndexUpdate.objects.exists()


def test_republishing_with_new_title_updates_document(site, configured_engine, django_capture_on_commit_callbacks):
    site.title = "Rufbus Kusel"
    with django_capture_on_commit_callbacks(execute=True):
        site.save_revision().publish()
    assert stored(page_doc_id(site.pk)).title == "Rufbus Kusel"
    if configured_engine:
        assert remote_title(configured_engine, page_doc_id(site.pk)) == "Rufbus Kusel"


def test_unpublishing_removes_document(site, configured_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        site.unpublish()
    assert stored(page_doc_id(site.pk)) is None
    if configured_engine:
        assert remote_title(configured_engine, page_doc_id(site.pk)) is None


def test_deleting_removes_document(site, configured_engine, django_capture_on_commit_callbacks):
    pk = site.pk
    with django_capture_on_commit_callbacks(execute=True):
        site.delete()
    assert stored(page_doc_id(pk)) is None
    if configured_engine:
        assert remote_title(configured_engine, page_doc_id(pk)) is None


def test_moving_updates_url_and_municipality(site, configured_engine, django_capture_on_commit_callbacks):
    daun = MunicipalityPage.objects.get(slug="daun")
    with django_capture_on_commit_callbacks(execute=True):
        site.move(daun, pos="last-child")
    document = stored(page_doc_id(site.pk))
    assert document.data["municipality"] == "daun"
    assert document.data["url"] == "/kommunen/daun/rufbus/"
    if configured_engine:
        configured_engine.refresh()
        result = configured_engine.search(SearchQuery(filters={"municipality": ["daun"]}))
        assert [hit.url for hit in result.hits if hit.id == page_doc_id(site.pk)] == ["/kommunen/daun/rufbus/"]


def test_renaming_municipality_updates_its_content(site, django_capture_on_commit_callbacks):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    kusel.title = "Kreis Kusel"
    with django_capture_on_commit_callbacks(execute=True):
        kusel.save_revision().publish()
    assert stored(page_doc_id(site.pk)).data["municipality_name"] == "Kreis Kusel"


def test_editing_contact_and_topic_updates_documents(site, django_capture_on_commit_callbacks):
    contact = Contact.objects.get(slug="julia-wagner")
    contact.role = "Chief Digital Officer"
    topic = Topic.objects.get(name="Mobilität")
    topic.name = "Mobilität und Verkehr"
    with django_capture_on_commit_callbacks(execute=True):
        contact.save()
        topic.save()
    assert stored(contact_doc_id(contact.pk)).summary == "Chief Digital Officer"
    assert "Mobilität und Verkehr" in stored(page_doc_id(site.pk)).data["topic_names"]


requires_engine = pytest.mark.skipif(not os.environ.get("SEARCH_URL"), reason=NO_ENGINE)


@requires_engine
def test_update_made_while_engine_is_down_is_applied_when_it_is_back(site, django_capture_on_commit_callbacks):
    index_name = unique_index_name()
    site.title = "Rufbus Kusel (Update)"
    with override_settings(SEARCH_URL="opensearch+http://127.0.0.1:1", SEARCH_INDEX_NAME=index_name):
        engines._configured_engine.cache_clear()
        with django_capture_on_commit_callbacks(execute=True):
            site.save_revision().publish()
        pending = IndexUpdate.objects.get(doc_id=page_doc_id(site.pk))
        assert pending.attempts >= 1
        assert pending.last_error
    with override_settings(SEARCH_URL=os.environ["SEARCH_URL"], SEARCH_INDEX_NAME=index_name):
        engines._configured_engine.cache_clear()
        remote = engines.get_engine()
        try:
            applied, remaining = apply_all_pending()
            assert (applied, remaining) == (1, 0)
            remote.refresh()
            assert page_doc_id(site.pk) in remote.indexed_ids()
            assert not IndexUpdate.objects.exists()
        finally:
            remote.drop()


def test_sync_command_applies_pending_updates(site):
    SearchDocument.objects.filter(doc_id=page_doc_id(site.pk)).delete()
    IndexUpdate.objects.create(doc_id=page_doc_id(site.pk))
    from django.core.management import call_command

    call_command("search_index", "sync")
    assert stored(page_doc_id(site.pk)).title == "Rufbus im Kuseler Land"
    assert not IndexUpdate.objects.exists()
