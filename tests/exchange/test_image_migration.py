"""Migration 0005 moves each image's alt text into Wagtail's description, on a database with images.

Images are made with today's model, the database is migrated back to 0004 (where `alt_text` exists),
the old fields are set there, then the database is migrated forward again: once for the module's images
(`moved`), whose tests then look at the result; the test of migrating back migrates by itself.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from exchange.models import ExchangeImage
from tests.exchange.migrating import migrate_to, migrate_to_latest
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

BEFORE = [("exchange", "0004_contentpagetag_exchange_tag")]
#: The old fields of the module's images, by name: (alt_text, description).
OLD_FIELDS = {
    "empty description": ("Luftbild der Altstadt", ""),
    "filled description": ("Luftbild", "Luftbild der Altstadt von Kusel"),
}


def migrate_back(executor):
    return migrate_to(executor, BEFORE).get_model("exchange", "ExchangeImage")


migrate_forward = migrate_to_latest


@pytest.fixture(scope="module")
def moved(module_commits):
    """One image per entry of OLD_FIELDS, made with today's model, given those fields after migrating
    back and migrated forward, once for the module; returns their ids by name."""
    executor = MigrationExecutor(connection)
    images = {name: ImageFactory().pk for name in OLD_FIELDS}
    try:
        OldImage = migrate_back(executor)
        for name, (alt_text, description) in OLD_FIELDS.items():
            OldImage.objects.filter(pk=images[name]).update(alt_text=alt_text, description=description)
    finally:
        migrate_forward(executor)
    return images


def test_alt_text_becomes_the_empty_description(moved):
    assert ExchangeImage.objects.get(pk=moved["empty description"]).description == "Luftbild der Altstadt"


def test_a_description_already_filled_is_kept(moved):
    assert ExchangeImage.objects.get(pk=moved["filled description"]).description == "Luftbild der Altstadt von Kusel"


@pytest.mark.django_db(transaction=True)
def test_migrating_back_fills_alt_text_from_the_description(executor):
    image = ImageFactory(description="Mitfahrbank am Dorfplatz")
    OldImage = migrate_back(executor)
    assert OldImage.objects.get(pk=image.pk).alt_text == "Mitfahrbank am Dorfplatz"
