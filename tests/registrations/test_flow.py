"""The whole way of a participant, against a real SMTP server and the real task queue and worker:
register → confirmation with the event as .ics → the waiting list once the places are taken → a cancellation
frees a place → the first waiting person moves up and is told → the reminder the day before, once."""

import datetime as dt
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from registrations.models import Registration, Status
from tests.public_forms import tables_holding

from .conftest import make_event, register

pytestmark = pytest.mark.django_db(transaction=True)

ERIKA = "erika@kommune-beispiel.de"
MAX = "max@stadt-beispiel.de"
LENA = "lena@landkreis-beispiel.de"


def subject(message):
    """The subject as a mail client shows it (a long encoded subject is folded onto a line of its own)."""
    return str(message["Subject"]).strip()


def text(message):
    return message.get_body(("plain",)).get_content()


def cancel_path(message):
    return re.search(r"https?://[^/\s]+(/veranstaltungen/anmeldung/[^/\s]+/absagen/)", text(message)).group(1)


def calendar_of(message):
    """The .ics attachment, parsed by the icalendar package."""
    (part,) = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert part.get_filename().endswith(".ics")
    assert part.get_param("method") == "PUBLISH"
    return Calendar.from_ical(part.get_content())


def test_register_wait_cancel_and_move_up_with_their_mails(client, event, smtp, worker):
    response = register(client, event, name="Erika Muster", email=ERIKA, organisation="Verbandsgemeinde Lauterecken")
    assert response.status_code == 302
    assert response["Location"] == f"/veranstaltungen/anmeldung/{event.pk}/gesendet/"
    assert "In wenigen Minuten erhalten Sie eine E-Mail" in client.get(response["Location"]).text
    assert register(client, event, name="Max Beispiel", email=MAX).status_code == 302
    assert register(client, event, name="Lena Warte", email=LENA).status_code == 302
    assert dict(Registration.objects.values_list("email", "status")) == {
        ERIKA: Status.CONFIRMED,
        MAX: Status.CONFIRMED,
        LENA: Status.WAITING,
    }

    worker()
    (confirmation,) = smtp.inbox.to(ERIKA)
    assert subject(confirmation) == "Anmeldung bestätigt: Kommunaldialog: Mitfahrbänke"
    body = text(confirmation)
    assert "Guten Tag Erika Muster" in body and "Ihr Platz ist bestätigt" in body and "Kusel, Kreisverwaltung" in body
    cal = calendar_of(confirmation)
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["summary"]) == "Kommunaldialog: Mitfahrbänke"
    assert vevent.decoded("dtstart") == event.start.replace(microsecond=0)
    assert str(vevent["uid"]).startswith(f"{event.pk}@")
    assert cancel_path(confirmation) in str(vevent["description"])
    assert cal.walk("VTIMEZONE"), "the times refer to Europe/Berlin, which the file must define"

    (waiting,) = smtp.inbox.to(LENA)
    assert subject(waiting) == "Warteliste: Kommunaldialog: Mitfahrbänke"
    assert "Sie stehen auf der Warteliste" in text(waiting)
    assert not list(waiting.iter_attachments()), "no calendar entry for a place not (yet) held"
    smtp.inbox.clear()

    # The link asks first: a mail scanner following it cancels nothing.
    path = cancel_path(confirmation)
    assert "/absagen/" in path
    page = client.get(path)
    assert page.status_code == 200 and "Ja, Anmeldung absagen" in page.text
    erika = Registration.objects.get(email=ERIKA)
    assert erika.status == Status.CONFIRMED

    cancelled = client.post(path)
    assert (
        cancelled.status_code == 200
        and "Ihre Anmeldung zu „Kommunaldialog: Mitfahrbänke“ ist abgesagt" in cancelled.text
    )
    erika.refresh_from_db()
    assert erika.status == Status.CANCELLED
    assert (erika.name, erika.email, erika.organisation, erika.answers) == ("", "", "", []), "erased at once"
    assert tables_holding(ERIKA) == []
    assert Registration.objects.get(email=LENA).status == Status.CONFIRMED

    worker()
    assert smtp.inbox.to(ERIKA) == [] and smtp.inbox.to(MAX) == []
    (moved_up,) = smtp.inbox.to(LENA)
    assert subject(moved_up) == "Ein Platz ist frei geworden: Kommunaldialog: Mitfahrbänke"
    assert "Sie sind von der Warteliste nachgerückt" in text(moved_up)
    assert str(calendar_of(moved_up).walk("VEVENT")[0]["summary"]) == "Kommunaldialog: Mitfahrbänke"

    # Cancelling twice changes nothing and moves nobody.
    again = client.post(path)
    assert again.status_code == 200 and "bereits abgesagt" in again.text
    assert Registration.objects.filter(event=event, status=Status.CONFIRMED).count() == 2

    # The address is in the registration alone: the task queue holds ids.
    assert tables_holding(LENA) == ["registrations_registration"]


def test_registering_twice_is_told_by_mail_and_not_by_the_page(client, event, smtp, worker):
    first = register(client, event, email=ERIKA)
    second = register(client, event, name="Erika M.", email="Erika@Kommune-Beispiel.DE")
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1
    worker()
    subjects = sorted(subject(message) for message in smtp.inbox.to(ERIKA))
    assert subjects == [
        "Anmeldung bestätigt: Kommunaldialog: Mitfahrbänke",
        "Sie sind bereits angemeldet: Kommunaldialog: Mitfahrbänke",
    ]
    (already,) = [m for m in smtp.inbox.to(ERIKA) if subject(m).startswith("Sie sind bereits")]
    assert "bereits eine Anmeldung gespeichert" in text(already) and "/absagen/" in text(already)


def test_after_cancelling_one_may_register_again(client, event, smtp, worker):
    register(client, event, email=ERIKA)
    registration = Registration.objects.get()
    client.post(f"/veranstaltungen/anmeldung/{registration.token}/absagen/")
    assert register(client, event, email=ERIKA).status_code == 302
    assert sorted(Registration.objects.values_list("status", flat=True)) == [Status.CANCELLED, Status.CONFIRMED]


def test_more_places_published_by_the_editor_move_the_waiting_list_up(client, kusel, smtp, worker):
    event = make_event(kusel, capacity=1)
    register(client, event, email=ERIKA)
    register(client, event, email=MAX)
    register(client, event, email=LENA)
    worker()
    smtp.inbox.clear()
    event.capacity = 2
    event.save_revision().publish()
    assert dict(Registration.objects.values_list("email", "status")) == {
        ERIKA: Status.CONFIRMED,
        MAX: Status.CONFIRMED,
        LENA: Status.WAITING,
    }
    worker()
    (moved_up,) = smtp.inbox.to(MAX)
    assert subject(moved_up) == "Ein Platz ist frei geworden: Kommunaldialog: Mitfahrbänke"
    assert len(smtp.inbox.messages) == 1


def tomorrow_at(hour):
    zone = timezone.get_current_timezone()
    return dt.datetime.combine(timezone.localdate() + dt.timedelta(days=1), dt.time(hour), zone)


def test_reminder_goes_out_the_day_before_and_only_once(client, kusel, smtp, worker):
    tomorrow = make_event(kusel, title="Webinar: Vergabe", start=tomorrow_at(10), capacity=1)
    later = make_event(kusel, title="Workshop: Digitallotsen", start=tomorrow_at(10) + dt.timedelta(days=2))
    register(client, tomorrow, email=ERIKA)
    register(client, tomorrow, email=LENA)  # waiting: no reminder for a place not held
    register(client, later, email=MAX)
    worker()
    smtp.inbox.clear()

    call_command("send_event_reminders", stdout=io.StringIO())
    worker()
    (reminder,) = smtp.inbox.to(ERIKA)
    assert subject(reminder) == "Erinnerung: Webinar: Vergabe ist morgen"
    assert "Morgen findet die Veranstaltung statt" in text(reminder)
    assert str(calendar_of(reminder).walk("VEVENT")[0]["summary"]) == "Webinar: Vergabe"
    assert len(smtp.inbox.messages) == 1

    call_command("send_event_reminders", stdout=io.StringIO())
    worker()
    assert len(smtp.inbox.messages) == 1
