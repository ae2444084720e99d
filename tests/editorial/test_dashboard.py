"""The editors' panel on the admin home: drafts, pending reviews, stale pages and searches without results."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Workflow

from editorial.dashboard import EditorDashboardPanel
from search.statistics import count_query
from tests.editorial.freshness_support import editor_of, published, reviewer
from tests.factories import CaseStudyPageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def panel_html(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return EditorDashboardPanel(user).render_html({"request": request, "csrf_token": ""})


def submit_for_review(page, user):
    """Submit the page's latest revision to the default workflow, as "Zur Prüfung einreichen" does."""
    revision = page.save_revision(user=user)
    Workflow.objects.get(name="Moderators approval").start(page, user)
    return revision


def test_editor_sees_own_drafts_only(ulm, kusel):
    CaseStudyPageFactory(parent=ulm, title="Entwurf in Ulm", live=False)
    CaseStudyPageFactory(parent=kusel, title="Entwurf in Kusel", live=False)
    html = panel_html(editor_of(ulm))
    assert "Entwurf in Ulm" in html
    assert "Entwurf in Kusel" not in html


def test_unpublished_changes_count_as_draft(ulm):
    page = CaseStudyPageFactory(parent=ulm, title="Live mit Änderungen")
    page.title = "Live mit Änderungen"
    page.save_revision()
    assert "Live mit Änderungen" in panel_html(editor_of(ulm))


def test_editor_sees_pending_reviews_of_own_municipality(ulm, kusel):
    editor = editor_of(ulm)
    submit_for_review(CaseStudyPageFactory(parent=ulm, title="Zur Prüfung in Ulm", live=False), editor)
    other = editor_of(kusel, username="kusel")
    submit_for_review(CaseStudyPageFactory(parent=kusel, title="Zur Prüfung in Kusel", live=False), other)
    html = panel_html(editor)
    assert "Warten auf Prüfung (1)" in html
    assert "Zur Prüfung in Kusel" not in html


def test_editor_sees_pending_review_of_the_municipality_profile(ulm):
    editor = editor_of(ulm)
    ulm.title = "Stadt Ulm"
    submit_for_review(ulm, editor)
    html = panel_html(editor)
    assert "Warten auf Prüfung (1)" in html
    assert f"/admin/pages/{ulm.pk}/edit/" in html


def test_reviewer_sees_every_pending_review(ulm, kusel):
    submit_for_review(CaseStudyPageFactory(parent=ulm, title="Zur Prüfung in Ulm", live=False), editor_of(ulm))
    submit_for_review(CaseStudyPageFactory(parent=kusel, title="Zur Prüfung in Kusel", live=False), editor_of(kusel))
    html = panel_html(reviewer())
    assert "Warten auf Prüfung, alle Kommunen (2)" in html
    assert "Zur Prüfung in Ulm" in html and "Zur Prüfung in Kusel" in html


def test_editor_sees_own_stale_pages_with_date(ulm, kusel):
    stale = published(LessonPageFactory(parent=ulm, title="Lange nicht geprüft"), days_ago=400)
    published(LessonPageFactory(parent=kusel, title="Anderswo alt"), days_ago=400)
    html = panel_html(editor_of(ulm))
    assert "Lange nicht geprüft" in html
    assert f'datetime="{stale.freshness_date.isoformat()}"' in html
    assert "Anderswo alt" not in html
    assert "/admin/redaktion/zu-pruefen/" in html


def test_panel_lists_most_frequent_searches_without_results(ulm):
    for _ in range(3):
        count_query("Bürgerhaushalt", found=False)
    count_query("Parkraum", found=False)
    count_query("Mobilität", found=True)
    html = panel_html(editor_of(ulm))
    assert html.index("bürgerhaushalt") < html.index("parkraum")  # Wagtail keeps queries in lower case
    assert "(3-mal)" in html
    assert "mobilität" not in html


def test_panel_is_hidden_from_users_without_a_section(client, django_user_model, ulm):
    user = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    client.force_login(user)
    assert "Ihre Redaktion" in client.get("/admin/").content.decode()  # superusers review everything
    plain = django_user_model.objects.create_user("leser", "", "geheim-123")
    assert not EditorDashboardPanel(plain).shown


def test_panel_is_on_the_admin_home_with_headings(client, ulm):
    client.force_login(editor_of(ulm))
    html = client.get("/admin/").content.decode()
    assert "Ihre Redaktion" in html
    assert '<h3 id="editorial-stale-heading">' in html
    assert '<h3 id="editorial-unanswered-heading">Gesucht, nicht gefunden</h3>' in html


def test_panel_query_count_does_not_grow_with_rows(ulm):
    editor = editor_of(ulm)
    user = type(editor).objects.get(pk=editor.pk)
    panel_html(user)
    with CaptureQueriesContext(connection) as few:
        panel_html(type(editor).objects.get(pk=editor.pk))
    for number in range(10):
        CaseStudyPageFactory(parent=ulm, title=f"Entwurf {number}", live=False)
        submit_for_review(CaseStudyPageFactory(parent=ulm, title=f"Eingereicht {number}", live=False), editor)
        published(LessonPageFactory(parent=ulm, title=f"Alt {number}"), days_ago=500)
        count_query(f"Frage {number}", found=False)
    with CaptureQueriesContext(connection) as many:
        html = panel_html(type(editor).objects.get(pk=editor.pk))
    assert "Entwürfe (20)" in html and "und 12 weitere" in html  # the submitted pages are drafts, too
    assert "und 2 weitere" in html
    assert len(many) == len(few)
