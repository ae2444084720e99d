"""The form on the event page: what it shows, German errors beside their fields, honeypot, rate limits, and
the states in which it takes no registration (switched off, past the deadline, full without a waiting list)."""

import datetime as dt
import html

import pytest
from django.utils import timezone

from exchange.models import EventRegistrationQuestion
from registrations.models import Registration, Status

from .conftest import make_event, register

pytestmark = pytest.mark.django_db


def shown(response):
    return html.unescape(response.content.decode())


def test_event_page_carries_the_form_with_places_left(client, event):
    page = shown(client.get(event.url))
    assert 'id="anmeldung"' in page and "Noch 2 Plätze frei." in page
    assert f'action="/veranstaltungen/anmeldung/{event.pk}/"' in page
    for name in ("name", "email", "organisation", "consent", "website", "csrfmiddlewaretoken"):
        assert f'name="{name}"' in page
    assert '<label for="registration-email">E-Mail-Adresse' in page
    assert "Verbindlich anmelden" in page
    assert "30 Tage nach der Veranstaltung löschen wir Ihre Anmeldung" in page


def test_missing_and_wrong_fields_are_named_in_german_on_the_event_page(client, event):
    response = register(client, event, name="", email="keine-adresse", consent="")
    assert response.status_code == 400
    page = shown(response)
    assert "<h1" in page and event.title in page, "the event page itself, with the errors in its form"
    assert "Name: Bitte geben Sie Ihren Namen an." in page
    assert "E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de." in page
    assert "Einwilligung: Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben." in page
    assert 'aria-describedby="registration-email-error"' in page and 'id="registration-email-error"' in page
    assert 'value="keine-adresse"' in page, "what was typed stays in the form"
    assert not Registration.objects.exists()


def test_extra_questions_are_asked_required_ones_enforced_and_answers_kept_with_their_question(client, kusel):
    event = make_event(kusel)
    needs = EventRegistrationQuestion.objects.create(
        event=event,
        label="Was brauchen Sie, um teilnehmen zu können?",
        hint="z. B. stufenloser Zugang",
        long_answer=True,
        sort_order=0,
    )
    funded = EventRegistrationQuestion.objects.create(event=event, label="Gefördert?", required=True, sort_order=1)
    food = EventRegistrationQuestion.objects.create(event=event, label="Verpflegung", sort_order=2)
    page = shown(client.get(event.url))
    assert f'<textarea id="registration-frage-{needs.pk}"' in page and "z. B. stufenloser Zugang" in page
    assert f'aria-describedby="registration-frage-{needs.pk}-hint"' in page

    response = register(client, event)
    assert response.status_code == 400
    assert "Gefördert?: Bitte beantworten Sie diese Frage." in shown(response)

    response = register(client, event, **{f"frage-{funded.pk}": "Nein", f"frage-{needs.pk}": "Induktionsschleife"})
    assert response.status_code == 302
    assert Registration.objects.get().answers == [
        {"question": "Was brauchen Sie, um teilnehmen zu können?", "answer": "Induktionsschleife"},
        {"question": "Gefördert?", "answer": "Nein"},
    ]
    assert food.label not in str(Registration.objects.get().answers)


def test_a_filled_honeypot_is_answered_as_usual_and_dropped(client, event):
    response = register(client, event, website="https://spam.example")
    assert response.status_code == 302 and response["Location"].endswith("/gesendet/")
    assert not Registration.objects.exists()


def test_too_many_registrations_from_one_client_are_refused(client, event, settings):
    settings.REGISTRATION_RATE_PER_CLIENT = "3/h"
    for number in range(3):
        assert register(client, event, email=f"person{number}@example.org").status_code == 302
    response = register(client, event, email="person4@example.org")
    assert response.status_code == 429 and "Zu viele Anfragen" in shown(response)
    assert Registration.objects.count() == 3


def test_one_address_cannot_flood_itself_through_one_event(
    client, event, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.REGISTRATION_RATE_PER_ADDRESS = "2/h"
    with django_capture_on_commit_callbacks(execute=True):
        for _attempt in range(5):
            assert register(client, event).status_code == 302
    assert Registration.objects.count() == 1
    assert len(mailoutbox) == 2, "the confirmation and one 'already registered' mail, then nothing"
    other = make_event(event.get_parent(), title="Webinar: Vergabe")
    assert register(client, other).status_code == 302
    assert Registration.objects.count() == 2, "the limit is per event: the same person may register elsewhere"


def test_closed_registration_takes_nothing(client, event):
    event.registration_open = False
    event.save_revision().publish()
    assert 'id="anmeldung"' not in shown(client.get(event.url))
    assert register(client, event).status_code == 409
    assert not Registration.objects.exists()


def test_past_the_deadline_the_page_says_so_and_takes_nothing(client, kusel):
    event = make_event(kusel, registration_deadline=timezone.now() - dt.timedelta(hours=1))
    page = shown(client.get(event.url))
    assert "Die Anmeldung ist geschlossen." in page and 'name="email"' not in page
    response = register(client, event)
    assert response.status_code == 409 and "Die Anmeldung ist geschlossen." in shown(response)
    assert not Registration.objects.exists()


def test_a_full_event_offers_the_waiting_list(client, kusel):
    event = make_event(kusel, capacity=1)
    register(client, event, email="erste@example.org")
    page = shown(client.get(event.url))
    assert "Alle Plätze sind vergeben. Melden Sie sich an, kommen Sie auf die Warteliste" in page
    assert "Auf die Warteliste setzen" in page
    register(client, event, email="zweite@example.org")
    assert Registration.objects.get(email="zweite@example.org").status == Status.WAITING


def test_a_full_event_without_waiting_list_closes(client, kusel):
    event = make_event(kusel, capacity=1, registration_waiting_list=False)
    register(client, event, email="erste@example.org")
    assert "Alle Plätze sind vergeben. Die Anmeldung ist geschlossen." in shown(client.get(event.url))
    response = register(client, event, email="zweite@example.org")
    assert response.status_code == 409 and "Die Anmeldung ist geschlossen." in shown(response)
    assert Registration.objects.count() == 1


def test_unlimited_events_say_so(client, kusel):
    assert "Die Teilnahme ist nicht begrenzt." in shown(client.get(make_event(kusel, capacity=None).url))


def test_unknown_or_unpublished_events_and_other_methods(client, kusel, event):
    draft = make_event(kusel, title="Entwurf einer Veranstaltung", live=False)
    assert register(client, draft).status_code == 404
    assert client.post("/veranstaltungen/anmeldung/999999/", {}).status_code == 404
    assert client.get(f"/veranstaltungen/anmeldung/{event.pk}/").status_code == 405
    assert not Registration.objects.exists()


def test_an_unknown_cancellation_link_is_a_404_with_an_explanation(client):
    response = client.get("/veranstaltungen/anmeldung/kein-gueltiger-schluessel/absagen/")
    assert response.status_code == 404 and "Dieser Link ist ungültig" in shown(response)


def test_no_cancellation_once_the_event_has_begun(client, kusel):
    event = make_event(kusel)
    register(client, event)
    registration = Registration.objects.get()
    event.start = timezone.now() - dt.timedelta(minutes=5)
    event.save()
    path = f"/veranstaltungen/anmeldung/{registration.token}/absagen/"
    assert "bereits begonnen" in shown(client.get(path))
    client.post(path)
    assert Registration.objects.get().status == Status.CONFIRMED


def test_the_deadline_may_not_lie_after_the_event(kusel):
    from django.core.exceptions import ValidationError

    event = make_event(kusel)
    event.registration_deadline = event.start + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "Der Anmeldeschluss darf nicht nach der Veranstaltung liegen." in str(error.value)
