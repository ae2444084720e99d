"""Search statistics for editors: which queries readers ask and which of them found nothing.

Wagtail's search promotions count every query (`Query`, `QueryDailyHits`); `UnansweredQueryDay` counts
those without a hit, in the same transaction, so the editors' dashboard can suggest content to write.
"""

import datetime as dt

from django.db.models import F, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import UnansweredQueryDay

#: How far back the unanswered queries are read.
UNANSWERED_DAYS = 90


def count_query(text, found):
    """Count one search for `text` (first result page) and, when it found nothing, one unanswered search.

    Returns the `Query` record, whose editors' picks the search page shows.
    """
    record = Query.get(text)
    record.add_hit()
    if not found:
        day, _ = UnansweredQueryDay.objects.get_or_create(query=record, date=timezone.localdate())
        UnansweredQueryDay.objects.filter(pk=day.pk).update(hits=F("hits") + 1)
    return record


def unanswered_queries(limit=10, days=UNANSWERED_DAYS, today=None):
    """The queries that most often found nothing in the last `days` days, each with `misses` (one query)."""
    since = (today or timezone.localdate()) - dt.timedelta(days=days)
    return list(
        Query.objects.filter(unanswered_days__date__gt=since)
        .annotate(misses=Sum("unanswered_days__hits"))
        .order_by("-misses", "query_string")[:limit]
    )
