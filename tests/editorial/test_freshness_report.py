"""The admin report "Zu prüfende Inhalte": stale pages per municipality, scoped by editing rights, exported."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exchange.models import CaseStudyPage
from tests.editorial.freshness_support import editor_of, published, reviewer
from tests.factories import ArticlePageFactory, CaseStudyPageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/redaktion/zu-pruefen/"


@pytest.fixture
def stale(ulm, kusel):
    """A stale case study in Ulm, a stale lesson in Kusel, and content that is not stale."""
    pages = {
        "ulm": published(CaseStudyPageFactory(parent=ulm, title="Sensoren im Stadtpark"), days_ago=400),
        "kusel": published(LessonPageFactory(parent=kusel, title="Ausschreibung zu eng"), days_ago=800),
    }
    published(CaseStudyPageFactory(parent=ulm, title="Frisch bestätigt"), days_ago=10)
    published(ArticlePageFactory(parent=ulm, title="Alter Artikel"), days_ago=900)
    return pages


def titles(response):
    body = response.content.decode()
    return {
        title
        for title in ("Sensoren im Stadtpark", "Ausschreibung zu eng", "Frisch bestätigt", "Alter Artikel")
        if title in body
    }


def test_report_lists_stale_tracked_pages_for_a_reviewer(client, stale):
    client.force_login(reviewer())
    response = client.get(REPORT)
    assert response.status_code == 200
    assert "Zu prüfende Inhalte" in response.content.decode()
    assert "seit mehr als 365 Tagen nicht als aktuell bestätigt" in response.content.decode()
    assert titles(response) == {"Sensoren im Stadtpark", "Ausschreibung zu eng"}


def test_editor_sees_only_own_municipality(client, stale, ulm):
    client.force_login(editor_of(ulm))
    assert titles(client.get(REPORT)) == {"Sensoren im Stadtpark"}


def test_report_filters_by_municipality(client, stale, kusel):
    client.force_login(reviewer())
    assert titles(client.get(REPORT, {"municipality": kusel.pk})) == {"Ausschreibung zu eng"}


def test_unknown_municipality_filter_is_a_german_error_not_a_crash(client, stale):
    client.force_login(reviewer())
    response = client.get(REPORT, {"municipality": "keine-zahl"})
    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen." in response.content.decode()


def test_report_is_in_the_reports_menu(client, stale, ulm):
    client.force_login(editor_of(ulm))
    assert REPORT in client.get("/admin/").content.decode()


def test_report_needs_page_rights(client, stale, django_user_model):
    user = django_user_model.objects.create_user("leser", "", "geheim-123")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 302
    assert titles(client.get(REPORT, follow=True)) == set()


def test_csv_export_lists_title_type_municipality_and_date(client, stale):
    client.force_login(reviewer())
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Titel", "Typ", "Kommune", "Zuletzt geprüft / seit", "Ausdrücklich bestätigt am"]
    kusel_date = timezone.localdate(stale["kusel"].first_published_at).isoformat()
    assert rows[1] == ["Ausschreibung zu eng", "Stolperstein oder Booster", "Landkreis Kusel", kusel_date, ""]
    assert [row[0] for row in rows[1:]] == ["Ausschreibung zu eng", "Sensoren im Stadtpark"]


def test_xlsx_export_opens_with_the_same_rows(client, stale):
    CaseStudyPage.objects.filter(pk=stale["ulm"].pk).update(last_reviewed=timezone.localdate().replace(year=2024))
    client.force_login(reviewer())
    response = client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0] == ("Titel", "Typ", "Kommune", "Zuletzt geprüft / seit", "Ausdrücklich bestätigt am")
    assert {row[0]: row[2] for row in rows[1:]} == {
        "Ausschreibung zu eng": "Landkreis Kusel",
        "Sensoren im Stadtpark": "Stadt Ulm",
    }
    ulm_row = next(row for row in rows if row[0] == "Sensoren im Stadtpark")
    assert ulm_row[1] == "Praxisbeispiel"
    assert ulm_row[3] == timezone.localdate().replace(year=2024)


def test_report_query_count_does_not_grow_with_rows(client, stale, ulm):
    user = reviewer()
    client.force_login(user)
    client.get(REPORT)  # content types and permissions cached as in a warm process
    with CaptureQueriesContext(connection) as few:
        client.get(REPORT)
    for number in range(6):
        published(CaseStudyPageFactory(parent=ulm, title=f"Noch ein Vorhaben {number}"), days_ago=500)
    with CaptureQueriesContext(connection) as many:
        response = client.get(REPORT)
    assert "Noch ein Vorhaben 5" in response.content.decode()
    assert len(many) == len(few)
