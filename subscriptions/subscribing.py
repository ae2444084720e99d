"""Subscribing, confirming, changing and leaving, as the views and the admin use them.

Subscribing answers the same whatever is known of the address (no enumeration): a new subscription, or
one not yet confirmed, gets the confirmation mail; one already confirmed gets a note with its manage link.
"""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from exchange.retries import enqueue

from .consent import describe, describe_subscription, privacy_notice_version
from .forms import fingerprint
from .models import CONFIRMATION_DAYS, Subscriber, Subscription
from .tasks import send_already_subscribed, send_confirmation


def subscribe(email, frequency, choices, privacy_page=None):
    """Record an unconfirmed subscription (or find the same one) and, after commit, send the right mail."""
    delete_expired()
    key = fingerprint(choices)
    for _attempt in range(2):  # two requests for a new address at once: the second finds the first's row
        try:
            with transaction.atomic():
                subscriber, _ = Subscriber.objects.get_or_create(email=email)
                subscription = subscriber.subscriptions.filter(fingerprint=key).first()
                if subscription is None:
                    subscription = _create(subscriber, frequency, choices, key, privacy_page)
                    mail = send_confirmation
                else:
                    mail = send_confirmation if subscription.confirmed_at is None else send_already_subscribed
                pk = subscription.pk
                transaction.on_commit(partial(enqueue, mail, pk))
            return
        except IntegrityError:
            continue


def _create(subscriber, frequency, choices, key, privacy_page):
    subscription = Subscription.objects.create(
        subscriber=subscriber,
        frequency=frequency,
        fingerprint=key,
        types=list(choices["types"]),
        query=choices["query"],
        filters=choices["filters"],
        has_topics=bool(choices["topics"]),
        has_tags=bool(choices["tags"]),
        has_municipalities=bool(choices["municipalities"]),
        consent_text=describe(**choices, frequency=frequency),
        privacy_notice_version=privacy_notice_version(privacy_page),
    )
    subscription.topics.set(choices["topics"])
    subscription.tags.set(choices["tags"])
    subscription.municipalities.set(choices["municipalities"])
    return subscription


def confirm(subscription):
    """Confirm a subscription (again: no change)."""
    Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(confirmed_at=timezone.now())


def forget(subscriber):
    """Delete an address and everything stored about it (subscriptions, consent, delivery records)."""
    Subscriber.objects.filter(pk=subscriber.pk).delete()


def remove_subscription(subscription):
    """End one subscription; an address left with none is deleted altogether."""
    with transaction.atomic():
        subscriber_id = subscription.subscriber_id
        subscription.delete()
        Subscriber.objects.filter(pk=subscriber_id, subscriptions__isnull=True).delete()


def delete_expired(now=None):
    """Delete subscriptions never confirmed within CONFIRMATION_DAYS, and addresses left with none.

    Returns the number of subscriptions deleted.
    """
    now = now or timezone.now()
    cutoff = now - timezone.timedelta(days=CONFIRMATION_DAYS)
    with transaction.atomic():
        count, _ = Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
        if count:
            Subscriber.objects.filter(subscriptions__isnull=True).delete()
    return count


def export(subscriber):
    """Everything stored about one address (Art. 15 DSGVO), as JSON-ready data."""
    subscriptions = subscriber.subscriptions.order_by("pk").prefetch_related("topics", "tags", "municipalities")
    return {
        "email": subscriber.email,
        "created_at": subscriber.created_at.isoformat(),
        "last_digest_at": subscriber.last_digest_at.isoformat() if subscriber.last_digest_at else None,
        "subscriptions": [
            {
                "description": describe_subscription(subscription),
                "topics": [topic.slug for topic in subscription.topics.all()],
                "tags": [tag.name for tag in subscription.tags.all()],
                "municipalities": [m.slug for m in subscription.municipalities.all()],
                "types": subscription.types,
                "query": subscription.query,
                "filters": subscription.filters,
                "frequency": subscription.frequency,
                "created_at": subscription.created_at.isoformat(),
                "consent": {
                    "text": subscription.consent_text,
                    "privacy_notice_version": subscription.privacy_notice_version,
                    "given_at": subscription.created_at.isoformat(),
                    "confirmed_at": subscription.confirmed_at.isoformat() if subscription.confirmed_at else None,
                },
            }
            for subscription in subscriptions
        ],
        "deliveries": [
            {
                "page": delivery.page_id,
                "digest": delivery.digest,
                "status": delivery.status,
                "sent_at": delivery.sent_at.isoformat() if delivery.sent_at else None,
            }
            for delivery in subscriber.deliveries.order_by("pk")
        ],
    }
