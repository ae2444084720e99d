"""The demo shows registration and results: upcoming events take registrations (one with extra questions),
a past one shows its results, and the demo's round trip through export keeps the new event fields."""

import html

import pytest

from exchange.interchange.exporter import export_document
from exchange.models import EventPage

pytestmark = pytest.mark.django_db


def test_demo_events_take_registrations_with_their_questions(demo, client):
    camp = EventPage.objects.get(slug="kommunalcamp-rheinland-pfalz-2027")
    assert camp.accepts_registrations()
    page = html.unescape(client.get(camp.url).content.decode())
    assert 'id="anmeldung"' in page and "Noch 150 Plätze frei." in page
    assert "Wird Ihre Kommune als Modellprojekt Smart Cities gefördert?" in page
    assert EventPage.objects.filter(registration_open=True).count() >= 2


def test_a_past_demo_event_shows_its_results(demo, client):
    past = EventPage.objects.get(slug="kommunalcamp-rheinland-pfalz-2026")
    page = client.get(past.url).content.decode()
    assert 'id="results-heading"' in page and "Was wir mitgenommen haben" in page
    assert 'id="anmeldung"' not in page


def test_export_carries_the_registration_settings(demo):
    items = {item["slug"]: item for item in export_document()["items"]}
    dialog = items["kommunaldialog-hochwasservorsorge-pegelsensoren-2027"]
    assert dialog["registration_open"] is True and dialog["registration_waiting_list"] is True
    assert dialog["registration_questions"] == [
        {
            "label": "Welche Fragen möchten Sie in der Fragerunde stellen?",
            "hint": "Wir sammeln sie vorab, damit die Referierenden sich vorbereiten können.",
            "required": False,
            "long_answer": True,
        }
    ]
    assert "Was wir mitgenommen haben" in items["kommunalcamp-rheinland-pfalz-2026"]["results"]
