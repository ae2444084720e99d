"""Background work of subscriptions (Django tasks; `manage.py db_worker` runs them in production).

Tasks take ids, never addresses, so the queue's arguments and results hold no personal data, and the
rows of finished tasks are pruned (`prune_task_rows`).
"""

import logging

from django.db import transaction
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from exchange.models import ContentPage
from exchange.retries import enqueue
from exchange.visibility import publicly_visible

from .delivery import retry_delay, send_immediate
from .mail import already_subscribed_mail, confirmation_mail
from .matching import matching_subscriptions, prepare_engine, recipients
from .models import Announcement, Delivery, DeliveryStatus, Subscription

logger = logging.getLogger(__name__)

#: Deliveries one sending task handles (over one SMTP connection).
SEND_BATCH = 500
#: Attempts at a confirmation mail before giving up (the reader can simply subscribe again).
CONFIRMATION_ATTEMPTS = 8


def announce(page):
    """Record the notifications for a page that went live; returns the ids of the immediate ones.

    A page is announced once in its life: the `Announcement` row says it was, in the same transaction as
    its deliveries.
    """
    with transaction.atomic():
        _, created = Announcement.objects.get_or_create(page_id=page.pk)
        if not created:
            return []
        wanted = recipients(matching_subscriptions(page))
        Delivery.objects.bulk_create(
            [Delivery(subscriber_id=pk, page_id=page.pk, digest=digest) for pk, digest in wanted.items()],
            ignore_conflicts=True,
            batch_size=1000,
        )
    return list(
        Delivery.objects.filter(page_id=page.pk, digest=False, status=DeliveryStatus.PENDING).values_list(
            "pk", flat=True
        )
    )


@task()
def announce_pages(page_ids):
    """Find the subscribers of pages that went live and send the immediate notifications."""
    prune_task_rows()
    fresh = ContentPage.objects.filter(pk__in=page_ids).exclude(
        pk__in=Announcement.objects.filter(page_id__in=page_ids).values("page_id")
    )
    pages = list(publicly_visible(fresh).specific())
    if not pages:
        return {"pages": 0, "notifications": 0}
    if Subscription.objects.filter(confirmed_at__isnull=False).exclude(query="", filters={}).exists():
        prepare_engine()
    immediate = []
    for page in pages:
        immediate.extend(announce(page))
    for start in range(0, len(immediate), SEND_BATCH):
        enqueue(send_notifications, immediate[start : start + SEND_BATCH])
    return {"pages": len(pages), "notifications": len(immediate)}


@task()
def send_notifications(delivery_ids):
    """Send immediate notifications; on an SMTP failure, try the unsent ones again later."""
    sent, retry_in = send_immediate(delivery_ids)
    if retry_in:
        enqueue(send_notifications, delivery_ids, delay_seconds=retry_in)
    return {"sent": sent, "retry_in": retry_in}


def _send_one(build, subscription_id, attempt, retry):
    subscription = Subscription.objects.select_related("subscriber").filter(pk=subscription_id).first()
    if subscription is None:  # unsubscribed or expired meanwhile
        return {"sent": False}
    try:
        build(subscription).send()
    except OSError as error:  # smtplib.SMTPException is an OSError
        if attempt + 1 < CONFIRMATION_ATTEMPTS:
            enqueue(retry, subscription_id, attempt + 1, delay_seconds=retry_delay(attempt + 1))
        logger.warning("Mail for subscription %d not sent (%s)", subscription_id, type(error).__name__)
        return {"sent": False}
    return {"sent": True}


@task()
def send_confirmation(subscription_id, attempt=0):
    """The double opt-in mail: the only mail an unconfirmed address ever gets."""
    return _send_one(confirmation_mail, subscription_id, attempt, send_confirmation)


@task()
def send_already_subscribed(subscription_id, attempt=0):
    """Someone subscribed a confirmed address to what it already follows: tell it where to manage that."""
    return _send_one(already_subscribed_mail, subscription_id, attempt, send_already_subscribed)


def prune_task_rows():
    """Delete the queue's rows of finished subscription tasks (ids only, but no need to keep them)."""
    return DBTaskResult.objects.finished().filter(task_path__startswith=f"{__name__}.").delete()[0]
