"""Registering, cancelling and moving up, as the views, the admin hooks and the commands use them.

Every change to an event's places happens with the event's row locked (`SELECT … FOR UPDATE` on
PostgreSQL), so two people taking the last place at the same moment are served one after the other: the
first gets it, the second the waiting list. A partial unique index keeps one active registration per
address and event even where the database cannot lock rows (SQLite serialises writers instead). Mails are
enqueued when the transaction commits, with the registration's id only.
"""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from exchange.models import EventPage

from .consent import CONSENT_TEXT, privacy_notice_version
from .models import ACTIVE, Registration, Status
from .tasks import Mail, enqueue_mail


class Outcome:
    """What became of a registration request; the view answers CONFIRMED, WAITING and ALREADY alike."""

    CONFIRMED = "confirmed"
    WAITING = "waiting"
    ALREADY = "already"
    CLOSED = "closed"
    FULL = "full"


@dataclass
class Applicant:
    """What the form gathered (see forms.RegistrationForm)."""

    name: str
    email: str
    organisation: str = ""
    answers: list = None


def lock_event(event_id):
    """The event, its row locked until the end of the transaction; None if it is gone."""
    return EventPage.objects.select_for_update(of=("self",)).filter(pk=event_id).first()


def confirmed_count(event_id):
    return Registration.objects.filter(event_id=event_id, status=Status.CONFIRMED).count()


def free_places(event, confirmed=None):
    """Places left (None: no limit)."""
    if event.capacity is None:
        return None
    confirmed = confirmed_count(event.pk) if confirmed is None else confirmed
    return max(event.capacity - confirmed, 0)


def _after_commit(kind, registration_id):
    transaction.on_commit(partial(enqueue_mail, registration_id, kind))


def register(event_id, applicant, privacy_page=None, now=None):
    """Register `applicant` for the event and, after commit, send the matching mail. Returns an Outcome."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            event = lock_event(event_id)
            if event is None or not event.accepts_registrations(now):
                return Outcome.CLOSED
            existing = _active_registration(event_id, applicant.email)
            if existing is not None:
                _after_commit(Mail.ALREADY, existing.pk)
                return Outcome.ALREADY
            places = free_places(event)
            if places is None or places > 0:
                status = Status.CONFIRMED
            elif event.registration_waiting_list:
                status = Status.WAITING
            else:
                return Outcome.FULL
            registration = Registration.objects.create(
                event_id=event_id,
                name=applicant.name,
                email=applicant.email,
                organisation=applicant.organisation,
                answers=applicant.answers or [],
                status=status,
                created_at=now,
                confirmed_at=now if status == Status.CONFIRMED else None,
                consent_text=CONSENT_TEXT,
                privacy_notice_version=privacy_notice_version(privacy_page),
            )
            _after_commit(Mail.CONFIRMED if status == Status.CONFIRMED else Mail.WAITING, registration.pk)
    except IntegrityError:
        # The same address at the same moment, where rows cannot be locked: the unique index stopped the second.
        existing = _active_registration(event_id, applicant.email)
        if existing is None:
            raise
        _after_commit(Mail.ALREADY, existing.pk)
        return Outcome.ALREADY
    return Outcome.CONFIRMED if status == Status.CONFIRMED else Outcome.WAITING


def _active_registration(event_id, email):
    return Registration.objects.filter(event_id=event_id, email__iexact=email, status__in=ACTIVE).order_by("pk").first()


#: What a cancellation erases at once: the person's data. The row stays, anonymous, as the count of cancellations.
ERASED = {"name": "", "email": "", "organisation": "", "answers": []}


def cancel(registration, now=None):
    """Cancel a registration and erase the person's data; a place it held goes to the first on the waiting list.
    False if already cancelled."""
    now = now or timezone.now()
    with transaction.atomic():
        event = lock_event(registration.event_id)
        current = Registration.objects.filter(pk=registration.pk).first()
        if event is None or current is None or current.status == Status.CANCELLED:
            return False
        Registration.objects.filter(pk=current.pk).update(status=Status.CANCELLED, cancelled_at=now, **ERASED)
        if current.status == Status.CONFIRMED:
            fill_places(event, now)
    return True


def fill_places(event, now=None):
    """Move people up from the waiting list while places are free, first come first served, and tell them.

    The caller holds the event's lock. Nobody moves up once the event has begun. Returns the ids moved up.
    """
    now = now or timezone.now()
    if event.start <= now:
        return []
    places = free_places(event)
    waiting = Registration.objects.filter(event_id=event.pk, status=Status.WAITING).order_by("created_at", "pk")
    if places is not None:
        waiting = waiting[:places]
    moved = list(waiting.values_list("pk", flat=True))
    if moved:
        Registration.objects.filter(pk__in=moved).update(status=Status.CONFIRMED, confirmed_at=now)
        for pk in moved:
            _after_commit(Mail.MOVED_UP, pk)
    return moved


def fill_places_of(event_id, now=None):
    """Lock the event and fill its free places (after an editor raised the capacity)."""
    with transaction.atomic():
        event = lock_event(event_id)
        return fill_places(event, now) if event is not None else []


def retention_cutoff(now=None):
    """Events that ended before this moment have had their registrations kept long enough."""
    return (now or timezone.now()) - timezone.timedelta(days=settings.REGISTRATION_RETENTION_DAYS)


def delete_expired(now=None):
    """Delete the registrations of events that ended more than REGISTRATION_RETENTION_DAYS ago; returns how many.

    An event without an end ended when it began.
    """
    cutoff = retention_cutoff(now)
    ended = Q(event__end__lt=cutoff) | Q(event__end__isnull=True, event__start__lt=cutoff)
    return Registration.objects.filter(ended).delete()[0]
