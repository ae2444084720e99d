"""Template filters for search hits, whose fields are plain keys and ISO dates (engines return no models)."""

from django import template
from django.utils.dateparse import parse_date

from exchange.choices import LessonKind
from search.forms import TYPE_LABELS

register = template.Library()


@register.filter
def type_label(type_key):
    """German name of a document type ("case_study" → "Praxisbeispiel")."""
    return TYPE_LABELS.get(type_key, type_key)


@register.filter
def lesson_kind_label(value):
    """German name of a lesson kind ("booster" → "Booster", "stumbling_block" → "Stolperstein")."""
    return dict(LessonKind.choices).get(value, value)


@register.filter
def iso_date(value):
    """A date from an ISO string ("2024-05-01" or a datetime string), or None when there is none."""
    if not value:
        return None
    try:
        return parse_date(str(value)[:10])
    except ValueError:
        return None
