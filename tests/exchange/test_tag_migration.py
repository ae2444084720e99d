"""Migrations 0002–0004 move taggit's tags of content pages to exchange.Tag on a database with data.

Pages are made with today's models, the database is migrated back to 0001, taggit tags and their links
are added the way taggit stored them (with its "", "_1" and Unicode slugs), then the database is migrated
forward again: once for the module (`moved`), whose tests then look at the result; the draft's test needs
an old state of its own and migrates by itself.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from taggit.models import Tag as TaggitTag

from exchange.models import ArticlePage, ContentPage, Tag
from home.site_structure import ensure_site_structure
from tests.exchange.migrating import migrate_to, migrate_to_latest
from tests.factories import ArticlePageFactory, ImageFactory

pytestmark = pytest.mark.django_db

BEFORE = [("exchange", "0001_initial")]
#: Taggit tags as taggit slugged them, oldest first.
OLD_TAGS = [
    ("!!!", ""),
    ("🚲", "_1"),
    ("Bürger", "bürger"),
    ("Straße", "straße"),
    ("Strasse", "strasse"),
    ("LoRaWAN", "lorawan"),
]


def migrate_back(executor):
    return migrate_to(executor, BEFORE)


migrate_forward = migrate_to_latest


def write_old_database(executor):
    """Two pages, migrated back to 0001, tagged there with taggit tags; returns (apps, first, second page)."""
    first, second = ArticlePageFactory(title="Sensoren"), ArticlePageFactory(title="Beteiligung")
    apps = migrate_back(executor)
    OldTag = apps.get_model("taggit", "Tag")
    Link = apps.get_model("exchange", "ContentPageTag")
    tags = {name: OldTag.objects.create(name=name, slug=slug) for name, slug in OLD_TAGS}
    for name in ("!!!", "🚲", "Straße", "LoRaWAN"):
        Link.objects.create(content_object_id=first.pk, tag_id=tags[name].pk)
    for name in ("Bürger", "Strasse", "LoRaWAN"):
        Link.objects.create(content_object_id=second.pk, tag_id=tags[name].pk)
    return apps, first, second


@pytest.fixture(scope="module")
def moved(module_commits):
    """The two tagged pages and an image tagged with taggit (as images always are), made with today's
    models, migrated back, tagged as then and migrated forward, once for the module; returns (apps, first,
    second page) as `write_old_database` does."""
    executor = MigrationExecutor(connection)
    ensure_site_structure()
    try:
        ImageFactory().tags.add("Luftbild")
        old_database = write_old_database(executor)
    finally:
        migrate_forward(executor)
    return old_database


def names(page):
    return sorted(tag.name for tag in ContentPage.objects.get(pk=page.pk).tags.all())


def test_moved_tags_get_german_unique_slugs(moved):
    assert dict(Tag.objects.values_list("name", "slug")) == {
        "!!!": "schlagwort",
        "🚲": "schlagwort-2",
        "Bürger": "buerger",
        "Straße": "strasse",
        "Strasse": "strasse-2",
        "LoRaWAN": "lorawan",
    }


def test_every_page_keeps_its_tags(moved):
    _, first, second = moved
    assert names(first) == sorted(["!!!", "🚲", "Straße", "LoRaWAN"])
    assert names(second) == sorted(["Bürger", "Strasse", "LoRaWAN"])


@pytest.mark.django_db(transaction=True)
def test_tag_only_in_a_draft_moves_and_the_draft_still_loads(executor, site_tree):
    page = ArticlePageFactory(title="Entwurf")
    revision = page.save_revision()
    apps = migrate_back(executor)
    draft = apps.get_model("taggit", "Tag").objects.create(name="Entwurfsthema", slug="entwurfsthema")
    Revision = apps.get_model("wagtailcore", "Revision")
    stored = Revision.objects.get(pk=revision.pk)
    stored.content["tagged_items"] = [{"pk": None, "tag": draft.pk, "content_object": page.pk}]
    stored.save()
    migrate_forward(executor)
    loaded = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [tag.name for tag in loaded.tags.all()] == ["Entwurfsthema"]


def test_tag_only_images_use_stays_with_taggit(moved):
    assert TaggitTag.objects.filter(name="Luftbild").exists()
    assert not Tag.objects.filter(name="Luftbild").exists()


def test_new_tag_after_the_move_gets_a_fresh_id(moved):
    highest = max(Tag.objects.values_list("pk", flat=True))
    assert Tag.objects.create(name="Neu").pk > highest
