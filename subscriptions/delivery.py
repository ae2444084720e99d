"""Sending what was recorded, exactly once: a `Delivery` is claimed, sent, then marked sent.

Claiming is one conditional UPDATE, so two workers (or a task run twice) never both send one delivery.
An SMTP failure puts the delivery back with a growing delay (`retry_delay`); a worker that died after
claiming leaves a claim that others take over after `STALE_CLAIM`. The one gap left is a crash between
the SMTP server accepting a mail and the mark: that mail may go out a second time.
"""

import logging
import smtplib
import uuid
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import Q
from django.utils import timezone

from exchange import retries
from exchange.models import ContentPage
from exchange.models.content_queries import attach_municipalities
from exchange.visibility import publicly_visible

from .mail import digest_mail, item, notification_mail
from .models import DIGEST_DAYS, Delivery, DeliveryStatus, Subscriber

logger = logging.getLogger(__name__)

#: A claim older than this belongs to a worker that died; the delivery is free again.
STALE_CLAIM = timedelta(minutes=10)


def retry_delay(attempts):
    """Seconds before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … at most 1 h
    (the first delay is settings.SUBSCRIPTIONS_RETRY_SECONDS)."""
    return retries.retry_delay(attempts, settings.SUBSCRIPTIONS_RETRY_SECONDS)


def due_q(now=None):
    """Deliveries that may be attempted now: waiting and due, or claimed by a worker that died."""
    now = now or timezone.now()
    waiting = Q(status=DeliveryStatus.PENDING) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    return waiting | Q(status=DeliveryStatus.SENDING, claimed_at__lt=now - STALE_CLAIM)


def _claim(deliveries):
    """Claim the due ones of these deliveries (a queryset) in one UPDATE; returns the ids this worker got."""
    claim = uuid.uuid4().hex
    deliveries.filter(due_q()).update(status=DeliveryStatus.SENDING, claimed_at=timezone.now(), claim=claim)
    return list(Delivery.objects.filter(claim=claim, status=DeliveryStatus.SENDING).values_list("pk", flat=True))


def _failed(pks, error):
    """Put deliveries back for a later attempt; returns the delay in seconds."""
    now = timezone.now()
    attempts = max(Delivery.objects.filter(pk__in=pks).values_list("attempts", flat=True), default=0) + 1
    delay = retry_delay(attempts)
    Delivery.objects.filter(pk__in=pks).update(
        status=DeliveryStatus.PENDING,
        claimed_at=None,
        attempts=attempts,
        next_attempt_at=now + timedelta(seconds=delay),
        last_error=_error_kind(error),
    )
    return delay


def _error_kind(error):
    """The class and SMTP code of an error, never its text (which may repeat the address)."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__}{f' {code}' if code else ''}"[:200]


def _sent(pks):
    Delivery.objects.filter(pk__in=pks).update(status=DeliveryStatus.SENT, sent_at=timezone.now(), claimed_at=None)


class Entries:
    """What mails say of pages (`mail.item`), read once per page for a whole run of sending.

    Only pages still publicly visible have an entry: one withdrawn before its mail went out is not sent.
    """

    def __init__(self):
        self._known = {}

    def __call__(self, page_ids):
        """{page id: entry} for those of these pages that may be sent."""
        page_ids = set(page_ids)
        missing = page_ids - self._known.keys()
        if missing:
            visible = publicly_visible(ContentPage.objects.filter(pk__in=missing))
            pages = list(visible.specific().prefetch_related("topics"))
            by_type = defaultdict(list)
            for page in pages:
                by_type[type(page)].append(page)
            for same_type in by_type.values():
                attach_municipalities(same_type)
            self._known.update(dict.fromkeys(missing))
            self._known.update({page.pk: item(page) for page in pages})
        return {pk: self._known[pk] for pk in page_ids if self._known[pk] is not None}


def send_immediate(delivery_ids):
    """Send these immediate deliveries over one SMTP connection. Returns (sent, retry_in_seconds or None)."""
    claimed = _claim(Delivery.objects.filter(pk__in=list(delivery_ids), digest=False))
    if not claimed:
        return 0, None
    rows = list(Delivery.objects.filter(pk__in=claimed).select_related("subscriber"))
    entries = Entries()({row.page_id for row in rows})
    sent, dropped, failed, error = 0, [], [], None
    connection = get_connection()
    try:
        connection.open()
    except (OSError, smtplib.SMTPException) as exc:
        error, failed = exc, [row.pk for row in rows]
        rows = []
    for row in rows:
        entry = entries.get(row.page_id)
        if entry is None:  # the page was withdrawn or deleted meanwhile: nothing to announce
            dropped.append(row.pk)
            continue
        try:
            connection.send_messages([notification_mail(row.subscriber, entry)])
        except (OSError, smtplib.SMTPException) as exc:
            error = exc
            failed.append(row.pk)
            continue
        _sent([row.pk])
        sent += 1
    if rows:
        connection.close()
    _sent(dropped)
    if failed:
        delay = _failed(failed, error)
        logger.warning("%d notification(s) not sent (%s); retry in %d s", len(failed), _error_kind(error), delay)
        return sent, delay
    return sent, None


def due_digest_subscribers(now=None):
    """Subscribers with undelivered digest items whose last digest was never sent or is at least 7 days old."""
    now = now or timezone.now()
    pending = Delivery.objects.filter(due_q(now), digest=True)
    return (
        Subscriber.objects.filter(
            Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - timedelta(days=DIGEST_DAYS))
        )
        .filter(pk__in=pending.values("subscriber_id"))
        .order_by("pk")
    )


def send_digest(subscriber, connection, entries=None):
    """Send one subscriber's digest of everything pending; returns True if sent, False if nothing to send.

    `entries` (an `Entries`) lets one run read each page once for all its digests. Raises the SMTP error
    after putting the items back.
    """
    entries = entries or Entries()
    claimed = _claim(Delivery.objects.filter(subscriber=subscriber, digest=True))
    if not claimed:
        return False
    rows = list(Delivery.objects.filter(pk__in=claimed).order_by("created_at", "pk"))
    known = entries(row.page_id for row in rows)
    present = [known[row.page_id] for row in rows if row.page_id in known]
    if not present:
        _sent(claimed)
        return False
    try:
        connection.send_messages([digest_mail(subscriber, present)])
    except (OSError, smtplib.SMTPException) as error:
        _failed(claimed, error)
        raise
    _sent(claimed)
    Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=timezone.now())
    return True
