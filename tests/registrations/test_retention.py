"""Registrations are personal data: `prune_registrations` deletes them REGISTRATION_RETENTION_DAYS after
their event ended (an event without an end ended when it began), and their links stop working."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from registrations.models import Registration, Status

from .conftest import make_event

pytestmark = pytest.mark.django_db


def person(event, email):
    return Registration.objects.create(
        event=event,
        name="Erika Muster",
        email=email,
        status=Status.CONFIRMED,
        consent_text="…",
        privacy_notice_version="Test",
    )


def test_registrations_are_deleted_once_kept_long_enough_after_the_event(client, kusel, settings):
    settings.REGISTRATION_RETENTION_DAYS = 30
    now = timezone.now()
    long_ago = make_event(
        kusel, title="Lange vorbei", start=now - dt.timedelta(days=32), end=now - dt.timedelta(days=31)
    )
    no_end = make_event(kusel, title="Ohne Ende", start=now - dt.timedelta(days=31))
    recent = make_event(kusel, title="Vor kurzem", start=now - dt.timedelta(days=30), end=now - dt.timedelta(days=29))
    coming = make_event(kusel, title="Kommt noch")
    gone = [person(long_ago, "a@example.org"), person(no_end, "b@example.org")]
    kept = [person(recent, "c@example.org"), person(coming, "d@example.org")]

    out = io.StringIO()
    call_command("prune_registrations", stdout=out)
    assert "2 registration(s)" in out.getvalue()
    assert set(Registration.objects.values_list("pk", flat=True)) == {registration.pk for registration in kept}
    response = client.get(f"/veranstaltungen/anmeldung/{gone[0].token}/absagen/")
    assert response.status_code == 404


def test_the_retention_period_is_a_setting(kusel, settings):
    now = timezone.now()
    event = make_event(kusel, start=now - dt.timedelta(days=10), end=now - dt.timedelta(days=9))
    person(event, "a@example.org")
    settings.REGISTRATION_RETENTION_DAYS = 14
    call_command("prune_registrations", stdout=io.StringIO())
    assert Registration.objects.count() == 1
    settings.REGISTRATION_RETENTION_DAYS = 7
    call_command("prune_registrations", stdout=io.StringIO())
    assert Registration.objects.count() == 0


def test_deleting_an_event_deletes_its_registrations(kusel):
    event = make_event(kusel)
    person(event, "a@example.org")
    event.delete()
    assert not Registration.objects.exists()
