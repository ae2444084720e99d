"""The outbox: content changes record *which* search documents are stale, without touching any engine.

`IndexUpdate` rows are written in the same transaction as the change, so nothing is lost when the engine is
down, and one sync task is enqueued when the transaction commits. Applying the rows is the task's job
(`search.tasks`); imports point from here to there, never back.
"""

from django.db import transaction
from django.utils import timezone

from .documents import contact_doc_id, page_doc_id
from .models import IndexUpdate
from .tasks import schedule_sync


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
