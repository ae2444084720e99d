"""Small text helpers for German content."""

from django.utils.text import slugify

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def german_slugify(value):
    """Slug that spells umlauts out ("Bürger" → "buerger") instead of dropping their dots."""
    return slugify(str(value).translate(UMLAUTS))


def has_letter_or_digit(value):
    """True when `value` holds a letter or digit of any script; "!!!" or "🚲" alone name nothing searchable."""
    return any(char.isalnum() for char in str(value))


def readable_slug(value, fallback, max_length):
    """A slug that is never empty: German ASCII first, then Unicode (other scripts), else `fallback`.

    Cut to `max_length`, so that a numbered suffix from `numbered_slug` still fits the column.
    """
    slug = german_slugify(value) or slugify(str(value), allow_unicode=True) or fallback
    return slug[:max_length].strip("-")


def numbered_slug(base, taken):
    """`base` if it is free, else the first free of `base-2`, `base-3`, … (`taken`: the slugs in use)."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
