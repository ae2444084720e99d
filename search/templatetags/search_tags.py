"""Template tags for search: labels of hit fields (plain keys and ISO dates; engines return no models), and the
related content of a content page.

Related content is presentation that needs search results, so it lives here and not on the page model:
the domain (`exchange`) does not depend on search.
"""

import logging

from django import template
from django.db import DatabaseError, transaction
from django.utils.dateparse import parse_date

from exchange.choices import LessonKind
from search.documents import page_doc_id
from search.engines import EngineUnavailable, get_engine
from search.forms import TYPE_LABELS

logger = logging.getLogger(__name__)

register = template.Library()

#: How many related items a content page shows.
RELATED_LIMIT = 4


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


def related_hits(page, limit=RELATED_LIMIT):
    """Hits similar to the page, or none (and a log line) when no engine can answer.

    Related content is an extra: the page must render without it. The configured engine already falls back
    to the database engine; when that fails too, its savepoint keeps the page's own transaction usable.
    """
    doc_id = page_doc_id(page.pk)
    try:
        with transaction.atomic():
            return get_engine().related(doc_id, limit=limit)
    except (EngineUnavailable, DatabaseError):
        logger.exception("Related content for %s could not be loaded", doc_id)
        return []


@register.inclusion_tag("components/related_content.html")
def related_experiences(page, limit=RELATED_LIMIT):
    """The "Ähnliche Erfahrungen" block of a content page: `{% related_experiences page %}`."""
    return {"related": related_hits(page, limit)}
