"""Background work of freshness (Django tasks; `manage.py db_worker` runs them in production).

Tasks take user ids, never addresses: the queue's rows hold no personal data. A reminder the mail server
refuses is tried again later (with back-off, a few times) where the task backend can defer.
"""

import logging
import smtplib

from django.utils import timezone
from django_tasks import task

from .freshness_mail import editors, reminder_mail, stale_pages_of

logger = logging.getLogger(__name__)

#: Attempts at one reminder, and the wait before the second (doubling after each failure).
REMINDER_ATTEMPTS = 5
FIRST_RETRY_SECONDS = 300


@task()
def send_freshness_reminder(user_id, attempt=1):
    """Mail one editor the stale pages of their sections; nothing when none is stale or the user left."""
    user = editors().filter(pk=user_id).first()
    pages = stale_pages_of(user) if user is not None else []
    if not pages:
        return {"sent": 0, "pages": 0}
    try:
        reminder_mail(user, pages).send()
    except (smtplib.SMTPException, OSError) as exc:
        retried = _retry_later(user_id, attempt)
        logger.warning(
            "Freshness reminder to user %s failed (attempt %s, retry: %s): %s", user_id, attempt, retried, exc
        )
        return {"sent": 0, "pages": len(pages), "retry": retried}
    return {"sent": 1, "pages": len(pages)}


def _retry_later(user_id, attempt):
    """Enqueue the next attempt after a back-off; False when attempts are used up or the backend cannot defer."""
    if attempt >= REMINDER_ATTEMPTS or not send_freshness_reminder.get_backend().supports_defer:
        return False
    delay = timezone.timedelta(seconds=FIRST_RETRY_SECONDS * 2 ** (attempt - 1))
    send_freshness_reminder.using(run_after=timezone.now() + delay).enqueue(user_id, attempt + 1)
    return True
