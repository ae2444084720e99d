"""Migration 0005 moves each image's alt text into Wagtail's description, on a database with images.

Images are made with today's model, the database is migrated back to 0004 (where `alt_text` exists),
the old fields are set there, then the database is migrated forward again.
"""

import pytest

from exchange.models import ExchangeImage
from tests.exchange.migrating import migrate_to, migrate_to_latest
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("exchange", "0004_contentpagetag_exchange_tag")]


def migrate_back(executor):
    return migrate_to(executor, BEFORE).get_model("exchange", "ExchangeImage")


migrate_forward = migrate_to_latest


def test_alt_text_becomes_the_empty_description(executor):
    image = ImageFactory()
    OldImage = migrate_back(executor)
    OldImage.objects.filter(pk=image.pk).update(alt_text="Luftbild der Altstadt", description="")
    migrate_forward(executor)
    assert ExchangeImage.objects.get(pk=image.pk).description == "Luftbild der Altstadt"


def test_a_description_already_filled_is_kept(executor):
    image = ImageFactory()
    OldImage = migrate_back(executor)
    OldImage.objects.filter(pk=image.pk).update(alt_text="Luftbild", description="Luftbild der Altstadt von Kusel")
    migrate_forward(executor)
    assert ExchangeImage.objects.get(pk=image.pk).description == "Luftbild der Altstadt von Kusel"


def test_migrating_back_fills_alt_text_from_the_description(executor):
    image = ImageFactory(description="Mitfahrbank am Dorfplatz")
    OldImage = migrate_back(executor)
    assert OldImage.objects.get(pk=image.pk).alt_text == "Mitfahrbank am Dorfplatz"
