"""Organisers in the Wagtail admin: the events they may edit with their counts, one event's registrations and
the CSV export, each checked on the server through its URL (another municipality's editor gets nothing)."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from editorial.models import EditorialSection
from registrations.models import Registration, Status
from tests.factories import MunicipalityPageFactory

from .conftest import make_event

pytestmark = pytest.mark.django_db


def person(event, name, email, status=Status.CONFIRMED, **fields):
    return Registration.objects.create(
        event=event,
        name=name,
        email=email,
        status=status,
        consent_text="Ich habe die Hinweise gelesen.",
        privacy_notice_version="Test",
        **fields,
    )


def editor_of(municipality, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "geheim")
    user.groups.add(EditorialSection.objects.get(municipality=municipality).group)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world(kusel):
    myk = MunicipalityPageFactory(title="Landkreis Mayen-Koblenz", slug="mayen-koblenz")
    camp = make_event(kusel, title="KommunalCamp", capacity=2)
    camp.registration_questions.create(label="Verpflegung", sort_order=0)
    camp.save()
    person(
        camp,
        "Erika Muster",
        "erika@example.org",
        organisation="VG Lauterecken",
        answers=[{"question": "Verpflegung", "answer": "vegetarisch"}],
    )
    person(camp, '=HYPERLINK("http://böse.example")', "max@example.org")
    person(camp, "Lena Warte", "lena@example.org", status=Status.WAITING)
    person(camp, "Olaf Zweiter", "olaf@example.org", status=Status.WAITING)
    person(camp, "Abgesagt Anna", "anna@example.org", status=Status.CANCELLED, cancelled_at=timezone.now())
    dialog = make_event(myk, title="Kommunaldialog MYK", capacity=10)
    person(dialog, "Fremde Person", "fremd@example.org")
    return {
        "kusel": kusel,
        "myk": myk,
        "camp": camp,
        "dialog": dialog,
        "kusel_editor": editor_of(kusel, "redaktion-kusel"),
        "myk_editor": editor_of(myk, "redaktion-myk"),
    }


def refused(response):
    """The admin's refusal: a redirect to its home page (with a message), or 403."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_an_editor_sees_the_registrations_of_their_events_with_counts(world):
    client = world["kusel_editor"]
    response = client.get(f"/admin/anmeldungen/{world['camp'].pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Erika Muster" in page and "erika@example.org" in page and "vegetarisch" in page
    assert response.context["counts"] == {"confirmed": 2, "waiting": 2, "cancelled": 1}
    assert response.context["free_places"] == 0
    assert "Fremde Person" not in page


def test_the_index_lists_only_editable_events_in_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    client = world["kusel_editor"]
    with django_assert_max_num_queries(20):
        response = client.get("/admin/anmeldungen/")
    events = list(response.context["events"])
    assert [(e.title, e.confirmed, e.waiting, e.cancelled) for e in events] == [("KommunalCamp", 2, 2, 1)]
    for number in range(5):
        make_event(world["kusel"], title=f"Webinar {number}")
    with django_assert_max_num_queries(20) as queries:
        response = client.get("/admin/anmeldungen/")
    assert len(response.context["events"]) == 6
    first = len(queries.captured_queries)
    with django_assert_max_num_queries(first):
        client.get("/admin/anmeldungen/")


def test_another_municipalitys_editor_gets_neither_list_nor_csv(world):
    client = world["myk_editor"]
    assert refused(client.get(f"/admin/anmeldungen/{world['camp'].pk}/"))
    response = client.get(f"/admin/anmeldungen/{world['camp'].pk}/csv/")
    assert refused(response) and b"erika@example.org" not in response.content
    assert [e.title for e in client.get("/admin/anmeldungen/").context["events"]] == ["Kommunaldialog MYK"]


def test_without_login_the_admin_asks_to_log_in(world):
    response = Client().get(f"/admin/anmeldungen/{world['camp'].pk}/csv/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_an_administrator_sees_every_event(world, admin_client):
    titles = {e.title for e in admin_client.get("/admin/anmeldungen/").context["events"]}
    assert titles == {"KommunalCamp", "Kommunaldialog MYK"}
    assert admin_client.get(f"/admin/anmeldungen/{world['dialog'].pk}/").status_code == 200


def test_csv_is_excel_friendly_utf8_with_bom_and_semicolons(world):
    response = world["kusel_editor"].get(f"/admin/anmeldungen/{world['camp'].pk}/csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="anmeldungen-kommunalcamp.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Status",
        "Wartelistenplatz",
        "Name",
        "E-Mail-Adresse",
        "Organisation",
        "Verpflegung",
        "Angemeldet am",
        "Platz erhalten am",
    ]
    assert [(row[0], row[1], row[2]) for row in rows[1:]] == [
        ("angemeldet", "", "Erika Muster"),
        ("angemeldet", "", '\'=HYPERLINK("http://böse.example")'),
        ("Warteliste", "1", "Lena Warte"),
        ("Warteliste", "2", "Olaf Zweiter"),
    ], "the cancelled are counted, not listed (a cancellation erases the person's data)"
    assert rows[1][4:6] == ["VG Lauterecken", "vegetarisch"]
    assert response.content.count(b"\r\n") == 5


def test_event_pages_in_the_admin_link_their_registrations(world):
    response = world["kusel_editor"].get(f"/admin/pages/{world['camp'].pk}/edit/")
    assert f"/admin/anmeldungen/{world['camp'].pk}/" in response.content.decode()


def test_an_organiser_cancels_for_a_participant_and_the_waiting_list_moves_up(world):
    camp = world["camp"]
    erika = Registration.objects.get(email="erika@example.org")
    url = f"/admin/anmeldungen/{camp.pk}/{erika.pk}/absagen/"
    assert world["kusel_editor"].get(url).status_code == 405, "only a POST cancels"
    assert refused(world["myk_editor"].post(url))
    assert Registration.objects.get(pk=erika.pk).status == Status.CONFIRMED

    response = world["kusel_editor"].post(url)
    assert response.status_code == 302 and response["Location"] == f"/admin/anmeldungen/{camp.pk}/"
    erika.refresh_from_db()
    assert (erika.status, erika.email) == (Status.CANCELLED, "")
    assert Registration.objects.get(email="lena@example.org").status == Status.CONFIRMED
