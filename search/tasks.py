"""Applying the outbox (`search.outbox`): the background task (Django tasks) that brings the engines up to date.

`apply_pending()` rebuilds the stale documents from the database and sends them to every engine that holds
documents (`index_engines()`: the database engine and, when configured, the remote engine); rows are deleted
only after every engine accepted them, so an outage just leaves them for the next attempt, with back-off.
"""

import logging

from django.db.models import F
from django.utils import timezone
from django_tasks import task

from .documents import build_documents
from .engines import EngineUnavailable, index_engines
from .models import IndexUpdate

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


def apply_pending(limit=BATCH_SIZE):
    """Apply up to `limit` pending updates; return (applied, remaining). Raises nothing on engine outage."""
    started = timezone.now()
    rows = list(IndexUpdate.objects.order_by("created_at")[:limit])
    if not rows:
        return 0, 0
    page_pks = [int(row.doc_id.split("-", 1)[1]) for row in rows if row.doc_id.startswith("page-")]
    contact_pks = [int(row.doc_id.split("-", 1)[1]) for row in rows if row.doc_id.startswith("contact-")]
    documents, gone = build_documents(page_pks=page_pks, contact_pks=contact_pks)
    try:
        for engine in index_engines():
            engine.index_documents(documents)
            engine.delete_documents(gone)
    except EngineUnavailable as exc:
        IndexUpdate.objects.filter(pk__in=[row.pk for row in rows]).update(
            attempts=F("attempts") + 1, last_error=str(exc)[:2000]
        )
        logger.warning("Search engine unavailable, %d index updates kept for retry: %s", len(rows), exc)
        remaining = IndexUpdate.objects.count()
        return 0, remaining
    # Rows touched again while we worked (created_at moved on) stay for the next round.
    IndexUpdate.objects.filter(pk__in=[row.pk for row in rows], created_at__lte=started).delete()
    return len(rows), IndexUpdate.objects.count()


def apply_all_pending():
    """Apply pending updates batch by batch until none are left or the engine is unavailable."""
    total = 0
    while True:
        applied, remaining = apply_pending()
        total += applied
        if not applied or not remaining:
            return total, remaining


def retry_delay(attempts):
    """Back off from 30 s to at most 15 min between retries."""
    return min(30 * 2 ** max(attempts - 1, 0), 900)


@task()
def sync_search_index():
    """Apply pending index updates; while the engine is unreachable, try again later with back-off."""
    applied, remaining = apply_all_pending()
    if remaining:
        attempts = IndexUpdate.objects.order_by("-attempts").values_list("attempts", flat=True).first() or 1
        schedule_sync(delay_seconds=retry_delay(attempts))
    return {"applied": applied, "remaining": remaining}


def schedule_sync(delay_seconds=0):
    """Enqueue the sync task (after `delay_seconds` where the task backend can defer)."""
    scheduled = sync_search_index
    if delay_seconds and scheduled.get_backend().supports_defer:
        scheduled = scheduled.using(run_after=timezone.now() + timezone.timedelta(seconds=delay_seconds))
    try:
        scheduled.enqueue()
    except Exception:  # a broken task queue must not break publishing; `search_index sync` catches up
        logger.exception("Could not enqueue the search index sync; pending updates stay queued")
