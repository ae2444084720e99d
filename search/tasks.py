"""Background task (Django tasks) that applies pending search index updates."""

from django_tasks import task

from .models import IndexUpdate
from .sync import apply_all_pending, retry_delay, schedule_sync


@task()
def sync_search_index():
    """Apply pending index updates; while the engine is unreachable, try again later with back-off."""
    applied, remaining = apply_all_pending()
    if remaining:
        attempts = IndexUpdate.objects.order_by("-attempts").values_list("attempts", flat=True).first() or 1
        schedule_sync(delay_seconds=retry_delay(attempts))
    return {"applied": applied, "remaining": remaining}
