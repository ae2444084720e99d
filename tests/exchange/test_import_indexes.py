"""What an import leaves besides the pages: revisions, history, tree, outbox and Wagtail's two indexes.

New pages are published in bulk (exchange.interchange.publishing); these tests hold the result to what
Wagtail's own per-page path produces.
"""

import copy
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail.search.models import IndexEntry
from wagtail.signals import page_published

from exchange.interchange.importer import import_document
from exchange.interchange.signals import pages_imported
from exchange.models import ArticlePage, CaseStudyPage, Contact, ContentPage, LessonPage, MunicipalityPage, Topic
from search.documents import page_doc_id
from search.models import IndexUpdate
from tests.exchange.test_import_export import good_document, item
from tests.factories import ArticlePageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db


def imported_pages():
    """Every page the good document creates: its municipality and its five items (specific)."""
    return [MunicipalityPage.objects.get(slug="musterstadt"), *ContentPage.objects.specific().order_by("path")]


def references_of(pages):
    rows = ReferenceIndex.objects.filter(object_id__in=[str(page.pk) for page in pages])
    return set(
        rows.values_list(
            "content_type", "base_content_type", "object_id", "to_content_type", "to_object_id", "content_path"
        )
    )


def references_wagtail_records(pages):
    """The references Wagtail's per-object update records for `pages`, from scratch."""
    ReferenceIndex.objects.filter(object_id__in=[str(page.pk) for page in pages]).delete()
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)
    return references_of(pages)


def search_entries():
    """The search index entries of what the good document writes: its pages, topics and contacts."""
    objects = [*imported_pages(), *Topic.objects.all(), *Contact.objects.all()]
    keys = {(ContentType.objects.get_for_model(obj).pk, str(obj.pk)) for obj in objects}
    rows = IndexEntry.objects.values_list("content_type", "object_id", "title", "autocomplete", "body")
    return {row for row in rows if row[:2] in keys}


def rebuilt_search_entries():
    """The same entries as Wagtail's `update_index` writes them from scratch."""
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    return search_entries()


@pytest.fixture
def imported():
    import_document(good_document())


# --- the pages themselves ---------------------------------------------------------------------------


def test_created_page_is_live_and_its_one_revision_is_live_and_latest(imported):
    page = ArticlePage.objects.get(slug="sensoren-im-einsatz")

    assert page.live
    assert not page.has_unpublished_changes
    assert page.first_published_at is not None
    assert page.revisions.count() == 1
    assert page.live_revision == page.latest_revision == page.revisions.get()


def test_revision_of_a_created_page_restores_its_topics_tags_and_measures(imported):
    strategy = ContentPage.objects.get(slug="smart-city-strategie").specific

    restored = strategy.latest_revision.as_object()

    assert sorted(t.name for t in restored.topics.all()) == ["Verwaltung"]
    assert sorted(t.name for t in restored.tags.all()) == ["Strategie"]
    assert [m.title for m in restored.measures.all()] == ["Parksensoren", "Digitales Bürgeramt"]
    assert restored.vision == "<p>Eine vernetzte Stadt.</p>"


def test_history_of_a_created_page_records_creation_then_publishing(imported):
    page = CaseStudyPage.objects.get(slug="sensor-parken")

    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))

    assert actions == {"wagtail.create", "wagtail.publish"}
    assert PageLogEntry.objects.get(page=page, action="wagtail.publish").revision == page.live_revision


def test_tree_stays_consistent_when_items_join_a_municipality_with_pages(site_tree):
    municipality = MunicipalityPageFactory(slug="musterstadt", title="Musterstadt")
    ArticlePageFactory(parent=municipality, slug="schon-da")

    import_document(good_document())

    assert Page.find_problems() == ([], [], [], [], [])
    municipality.refresh_from_db()
    assert municipality.numchild == 6
    assert municipality.get_children().count() == 6


def test_item_moved_to_another_municipality_and_a_new_item_there_share_the_tree(imported):
    document = good_document()
    document["municipalities"].append({"slug": "nachbarort", "name": "Nachbarort"})
    item(document, "sensoren-im-einsatz")["municipality"] = "nachbarort"
    new_article = copy.deepcopy(item(document, "sensoren-im-einsatz"))
    new_article.update(slug="zweiter-artikel", title="Zweiter Artikel")
    document["items"].append(new_article)

    import_document(document)

    assert Page.find_problems() == ([], [], [], [], [])
    neighbour = MunicipalityPage.objects.get(slug="nachbarort")
    assert sorted(neighbour.get_children().values_list("slug", flat=True)) == ["sensoren-im-einsatz", "zweiter-artikel"]
    assert neighbour.numchild == 2


# --- what other apps are told ---------------------------------------------------------------------------


def test_outbox_holds_a_row_for_every_created_page_before_commit(imported):
    outbox = set(IndexUpdate.objects.values_list("doc_id", flat=True))

    assert {page_doc_id(page.pk) for page in imported_pages()} <= outbox


def test_outbox_holds_a_row_for_a_changed_page_but_not_for_unchanged_ones(imported):
    IndexUpdate.objects.all().delete()  # as if the sync task had applied them
    document = good_document()
    item(document, "sensoren-im-einsatz")["title"] = "Sensoren überall"

    import_document(document)

    changed = ArticlePage.objects.get(slug="sensoren-im-einsatz")
    assert set(IndexUpdate.objects.values_list("doc_id", flat=True)) == {page_doc_id(changed.pk)}


def test_page_published_is_sent_once_for_every_created_page(site_tree):
    published = []

    def receiver(sender, instance, **kwargs):
        published.append(instance.slug)

    page_published.connect(receiver)
    try:
        import_document(good_document())
    finally:
        page_published.disconnect(receiver)

    assert sorted(published) == sorted(page.slug for page in imported_pages())


def test_pages_imported_is_sent_once_with_every_created_page(site_tree):
    calls = []

    def receiver(sender, page_ids, **kwargs):
        calls.append(sorted(page_ids))

    pages_imported.connect(receiver)
    try:
        import_document(good_document())
        import_document(good_document())  # unchanged: nothing to announce
    finally:
        pages_imported.disconnect(receiver)

    assert calls == [sorted(page.pk for page in imported_pages())]


# --- Wagtail's reference index and page search index ---------------------------------------------------


def test_reference_index_after_import_is_what_wagtail_records_per_page(imported):
    pages = imported_pages()
    lesson = LessonPage.objects.get(slug="vergabe-dauert")

    recorded = references_of(pages)

    assert recorded == references_wagtail_records(pages)
    assert any(row[2] == str(lesson.pk) and row[5] == "related_case_study" for row in recorded)


def test_reference_index_follows_an_updated_item(imported):
    document = good_document()
    item(document, "vergabe-dauert")["related_case_study"] = ""

    import_document(document)

    lesson = LessonPage.objects.get(slug="vergabe-dauert")
    assert not ReferenceIndex.objects.filter(object_id=str(lesson.pk), content_path="related_case_study").exists()
    assert references_of(imported_pages()) == references_wagtail_records(imported_pages())


def test_page_search_index_after_import_is_what_a_rebuild_writes(imported):
    entries = search_entries()

    assert len(entries) == 6 + 3 + 2
    assert entries == rebuilt_search_entries()
    assert "sensor-parken" in [page.slug for page in CaseStudyPage.objects.search("Sensoren")]


def test_page_search_index_follows_an_updated_item(imported):
    document = good_document()
    item(document, "sensoren-im-einsatz")["title"] = "Oberbürgermeisterin eröffnet Sensornetz"

    import_document(document)

    assert search_entries() == rebuilt_search_entries()
    assert [p.slug for p in ArticlePage.objects.search("Oberbürgermeisterin")] == ["sensoren-im-einsatz"]


def test_tags_an_updated_item_keeps_keep_their_rows_and_references(imported):
    page = CaseStudyPage.objects.get(slug="sensor-parken")
    kept = page.tagged_items.get(tag__name="Parken").pk
    document = good_document()
    item(document, "sensor-parken")["tags"] = ["Parken", "Verkehr"]

    import_document(document)

    assert sorted(t.name for t in page.tags.all()) == ["Parken", "Verkehr"]
    assert page.tagged_items.get(tag__name="Parken").pk == kept
    assert ReferenceIndex.objects.filter(object_id=str(page.pk), content_path=f"tagged_items.{kept}.tag").exists()
