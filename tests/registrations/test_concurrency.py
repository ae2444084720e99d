"""Two people taking the last place at the same moment: one gets it, the other the waiting list. Real
parallel requests in threads, each with its own database connection, on PostgreSQL, where the event's row
lock serialises them (skipped on other databases: SQLite has no row locks to test)."""

import threading
import time

import pytest
from django.db import connection
from django.test import Client

from registrations import registering
from registrations.models import Registration, Status

from .conftest import make_event

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 8


@pytest.fixture
def slow_count(monkeypatch):
    """Count the free places, then pause: the requests then surely overlap between counting and inserting,
    which only the lock on the event's row keeps from overbooking (without it, the last-place test fails)."""
    count = registering.free_places

    def counted_then_paused(*args, **kwargs):
        places = count(*args, **kwargs)
        time.sleep(0.2)
        return places

    monkeypatch.setattr(registering, "free_places", counted_then_paused)


def post_all_at_once(event, emails):
    """POST one registration per address, every request released at the same moment; returns status codes."""
    barrier = threading.Barrier(len(emails))
    codes = []

    def one(email):
        try:
            client = Client(REMOTE_ADDR=f"10.0.0.{len(codes) + 1}")
            barrier.wait()
            data = {"name": "Teilnehmer:in", "email": email, "consent": "1"}
            codes.append(client.post(f"/veranstaltungen/anmeldung/{event.pk}/", data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return codes


def test_the_last_place_goes_to_one_and_the_others_wait(postgresql, kusel, settings, slow_count):
    settings.REGISTRATION_RATE_PER_CLIENT = "1000/h"
    event = make_event(kusel, capacity=1)
    codes = post_all_at_once(event, [f"person{number}@example.org" for number in range(PEOPLE)])
    assert codes == [302] * PEOPLE
    statuses = sorted(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert statuses == [Status.CONFIRMED] + [Status.WAITING] * (PEOPLE - 1)


def test_the_same_address_at_the_same_moment_registers_once(postgresql, kusel, settings, slow_count):
    settings.REGISTRATION_RATE_PER_CLIENT = "1000/h"
    settings.REGISTRATION_RATE_PER_ADDRESS = "1000/h"
    event = make_event(kusel, capacity=5)
    codes = post_all_at_once(event, ["erika@example.org"] * 4)
    assert codes == [302] * 4
    assert Registration.objects.filter(event=event).count() == 1


def test_a_cancellation_and_a_new_registration_at_once_never_overbook(postgresql, kusel, settings, slow_count):
    settings.REGISTRATION_RATE_PER_CLIENT = "1000/h"
    event = make_event(kusel, capacity=2)
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        Client().post(f"/veranstaltungen/anmeldung/{event.pk}/", {"name": "X", "email": email, "consent": "1"})
    leaving = Registration.objects.get(email="a@example.org")
    barrier = threading.Barrier(2)

    def cancel():
        try:
            barrier.wait()
            registering.cancel(leaving)
        finally:
            connection.close()

    thread = threading.Thread(target=cancel)
    thread.start()
    codes = []
    barrier.wait()
    codes.append(
        Client()
        .post(f"/veranstaltungen/anmeldung/{event.pk}/", {"name": "Y", "email": "d@example.org", "consent": "1"})
        .status_code
    )
    thread.join(timeout=60)
    assert codes == [302]
    assert Registration.objects.filter(event=event, status=Status.CONFIRMED).count() == 2
    assert Registration.objects.get(email="c@example.org").status == Status.CONFIRMED, "the waiting list comes first"
