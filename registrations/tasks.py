"""Mails to registered people, sent by Django tasks (`manage.py db_worker` runs them in production).

Tasks take a registration's id and the kind of mail, never an address, so the queue holds no personal data;
the rows of finished tasks are pruned (`prune_registrations`). A mail that no longer fits the registration
(a waiting-list mail for someone who has moved up meanwhile, anything for a cancelled one) is not sent.
"""

import logging

from django_tasks import task
from django_tasks_db.models import DBTaskResult

from exchange.retries import enqueue, retry_delay

from .mail import registration_mail
from .models import ACTIVE, Registration, Status

logger = logging.getLogger(__name__)

#: Attempts at one mail before giving up; the first retry waits RETRY_SECONDS, each further one twice as long.
ATTEMPTS = 8
RETRY_SECONDS = 30


class Mail:
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    MOVED_UP = "moved_up"
    ALREADY = "already"
    REMINDER = "reminder"


#: The statuses in which each mail still makes sense when its task runs.
STILL_FITS = {
    Mail.CONFIRMED: (Status.CONFIRMED,),
    Mail.WAITING: (Status.WAITING,),
    Mail.MOVED_UP: (Status.CONFIRMED,),
    Mail.ALREADY: ACTIVE,
    Mail.REMINDER: (Status.CONFIRMED,),
}


def enqueue_mail(registration_id, kind, attempt=0, delay_seconds=0):
    """Enqueue one mail, after `delay_seconds` where the backend can defer (else a retry is dropped)."""
    return enqueue(send_registration_mail, registration_id, kind, attempt, delay_seconds=delay_seconds)


@task()
def send_registration_mail(registration_id, kind, attempt=0):
    """Send one mail of `kind` (see Mail) about a registration; on an SMTP failure, try again later."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or registration.status not in STILL_FITS[kind]:
        return {"sent": False}
    try:
        registration_mail(registration, kind).send()
    except OSError as error:  # smtplib.SMTPException is an OSError
        if attempt + 1 < ATTEMPTS:
            enqueue_mail(registration_id, kind, attempt + 1, delay_seconds=retry_delay(attempt + 1, RETRY_SECONDS))
        logger.warning("Mail %s for registration %d not sent (%s)", kind, registration_id, type(error).__name__)
        return {"sent": False}
    return {"sent": True}


def prune_task_rows():
    """Delete the queue's rows of finished registration tasks (ids only, but no need to keep them)."""
    return DBTaskResult.objects.finished().filter(task_path__startswith=f"{__name__}.").delete()[0]
