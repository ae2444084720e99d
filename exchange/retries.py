"""Trying background work again later: the growing delay and the deferred enqueue that the mail tasks of
subscriptions, event registrations and questions to contacts share."""

from datetime import timedelta

from django.utils import timezone

#: The longest wait between two attempts.
MAX_DELAY_SECONDS = 3600


def retry_delay(attempt, first_seconds=30):
    """Seconds before attempt number `attempt` (1 for the first retry): `first_seconds`, then twice as long
    each time, at most an hour."""
    return min(first_seconds * 2 ** max(attempt - 1, 0), MAX_DELAY_SECONDS)


def enqueue(scheduled, *args, delay_seconds=0):
    """Enqueue a task, after `delay_seconds` where the backend can defer; returns None (and enqueues nothing)
    when it cannot, which leaves the retry to the caller's scheduled command (e.g. `send_digests`) or the
    retention."""
    if delay_seconds:
        if not scheduled.get_backend().supports_defer:
            return None
        scheduled = scheduled.using(run_after=timezone.now() + timedelta(seconds=delay_seconds))
    return scheduled.enqueue(*args)
