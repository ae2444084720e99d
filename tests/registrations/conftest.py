"""Shared parts of the registration tests: events with registration, a way to register, and the real SMTP
server (aiosmtpd) with the django-tasks-db queue and its worker (tests/smtp.py)."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import EventPageFactory, MunicipalityPageFactory
from tests.public_forms import no_rate_limits_counted  # noqa: F401 (an autouse fixture: for every test here)
from tests.smtp import smtp, worker  # noqa: F401 (fixtures)


@pytest.fixture
def kusel(db):
    return MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel")


def make_event(parent, **fields):
    """A live event in a month that takes registrations, unless told otherwise."""
    fields.setdefault("title", "Kommunaldialog: Mitfahrbänke")
    fields.setdefault("start", timezone.now() + dt.timedelta(days=30))
    fields.setdefault("registration_open", True)
    return EventPageFactory(parent=parent, **fields)


@pytest.fixture
def event(kusel):
    return make_event(kusel, capacity=2, location="Kusel, Kreisverwaltung")


def register(client, event, **fields):
    """POST the form on the event page, as a browser would send it."""
    data = {"name": "Erika Muster", "email": "erika@kommune-beispiel.de", "consent": "1", **fields}
    return client.post(f"/veranstaltungen/anmeldung/{event.pk}/", data)
