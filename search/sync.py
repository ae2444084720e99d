"""Keep the search index in step with the content, without losing an update when the engine is down.

Content changes only record *which* documents are stale (`IndexUpdate` rows, written in the same
transaction as the change). `apply_pending()` later rebuilds those documents from the database and
sends them to every engine that holds documents (`index_engines()`); rows are deleted only after
every engine accepted them, so an outage just leaves them for the next attempt.
"""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .documents import build_documents, contact_doc_id, page_doc_id
from .engines import EngineUnavailable, index_engines
from .models import IndexUpdate

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


def mark_stale(doc_ids):
    """Record that these documents must be rebuilt, and schedule the sync task after commit."""
    doc_ids = set(doc_ids)
    if not doc_ids:
        return
    now = timezone.now()
    IndexUpdate.objects.bulk_create(
        [IndexUpdate(doc_id=doc_id, created_at=now) for doc_id in doc_ids],
        update_conflicts=True,
        unique_fields=["doc_id"],
        update_fields=["created_at"],
    )
    _sync_after_commit()


class _SyncAfterCommit:
    """One scheduled sync per transaction, however many documents it touched."""

    done = False

    def run(self):
        self.done = True
        schedule_sync()


def _sync_after_commit():
    """Register a sync for when the transaction commits, unless one is registered and still pending.

    A callback dropped by a rolled-back savepoint, or one that already ran, no longer counts.
    """
    connection = transaction.get_connection()
    pending = getattr(connection, "_search_sync_after_commit", None)
    if pending is not None and not pending.done and any(func == pending.run for _, func, _ in connection.run_on_commit):
        return
    pending = _SyncAfterCommit()
    connection._search_sync_after_commit = pending
    transaction.on_commit(pending.run)


def mark_pages_stale(pages):
    mark_stale(page_doc_id(page.pk) for page in pages)


def mark_contacts_stale(contacts):
    mark_stale(contact_doc_id(contact.pk) for contact in contacts)


def schedule_sync(delay_seconds=0):
    """Enqueue the sync task (after `delay_seconds` where the task backend can defer)."""
    from .tasks import sync_search_index

    task = sync_search_index
    if delay_seconds and task.get_backend().supports_defer:
        task = task.using(run_after=timezone.now() + timezone.timedelta(seconds=delay_seconds))
    try:
        task.enqueue()
    except Exception:  # a broken task queue must not break publishing; `search_index sync` catches up
        logger.exception("Could not enqueue the search index sync; pending updates stay queued")


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
