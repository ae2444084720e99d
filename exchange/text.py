"""Small text helpers for German content."""

from django.utils.text import slugify

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def german_slugify(value):
    """Slug that spells umlauts out ("Bürger" → "buerger") instead of dropping their dots."""
    return slugify(str(value).translate(UMLAUTS))
