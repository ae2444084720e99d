"""Freshness: "Zuletzt geprüft" of case studies and lessons, and the editors' "Als aktuell bestätigen"."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision
from wagtail.test.utils.form_data import querydict_from_html

from editorial.freshness import CONFIRM_ACTION, stale_pages, tracked_types
from exchange.models import ArticlePage, CaseStudyPage, ContentPage, LessonPage
from search.models import IndexUpdate
from tests.editorial.freshness_support import editor_of, published, reviewer
from tests.factories import ArticlePageFactory, CaseStudyPageFactory, LessonPageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def municipality(site_tree):
    return MunicipalityPageFactory(title="Stadt Ulm")


@pytest.fixture
def case_study(municipality):
    return published(CaseStudyPageFactory(parent=municipality, title="Sensoren im Stadtpark"), days_ago=400)


def confirm(client, page):
    return client.post(f"/admin/redaktion/aktuell/{page.pk}/")


def test_case_studies_and_lessons_are_the_tracked_types():
    assert set(tracked_types()) == {CaseStudyPage, LessonPage}


def test_freshness_date_is_first_publication_until_confirmed(case_study):
    assert case_study.freshness_date == timezone.localdate(case_study.first_published_at)
    case_study.last_reviewed = dt.date(2026, 1, 5)
    assert case_study.freshness_date == dt.date(2026, 1, 5)


def test_page_unconfirmed_for_a_year_is_stale(case_study, municipality):
    fresh = published(LessonPageFactory(parent=municipality), days_ago=30)
    assert list(stale_pages()) == [ContentPage.objects.get(pk=case_study.pk)]
    assert fresh.pk not in {page.pk for page in stale_pages()}


def test_untracked_types_are_never_stale(municipality):
    published(ArticlePageFactory(parent=municipality), days_ago=900)
    assert not stale_pages().exists()


def test_stale_limit_follows_the_setting(case_study, settings):
    settings.EDITORIAL_STALE_AFTER_DAYS = 500
    assert not stale_pages().exists()


def test_unpublished_page_is_not_stale(case_study):
    case_study.unpublish()
    assert not stale_pages().exists()


def test_editor_confirms_own_page_as_current(client, case_study, municipality):
    client.force_login(editor_of(municipality))
    response = confirm(client, case_study)
    assert response.status_code == 302
    case_study.refresh_from_db()
    assert case_study.last_reviewed == timezone.localdate()
    assert not stale_pages().exists()


def test_confirming_creates_no_revision_and_no_content_change(client, case_study, municipality):
    revisions = case_study.revisions.count()
    client.force_login(editor_of(municipality))
    confirm(client, case_study)
    case_study.refresh_from_db()
    assert case_study.revisions.count() == revisions
    assert not case_study.has_unpublished_changes


def test_confirmation_is_in_the_page_history(client, case_study, municipality):
    editor = editor_of(municipality)
    client.force_login(editor)
    confirm(client, case_study)
    entry = PageLogEntry.objects.get(page=case_study, action=CONFIRM_ACTION)
    assert (entry.user, entry.content_changed) == (editor, False)
    history = client.get(f"/admin/pages/{case_study.pk}/history/")
    assert "Als aktuell bestätigt" in history.content.decode()


def test_confirmation_updates_the_search_index(client, case_study, municipality):
    IndexUpdate.objects.all().delete()
    client.force_login(editor_of(municipality))
    confirm(client, case_study)
    assert IndexUpdate.objects.filter(doc_id=f"page-{case_study.pk}").exists()


def test_editor_of_another_municipality_is_refused(client, case_study):
    other = MunicipalityPageFactory(title="Gemeinde Anderswo")
    client.force_login(editor_of(other))
    response = confirm(client, case_study)
    assert response.status_code in (302, 403)
    assert f"/admin/pages/{case_study.pk}/edit/" not in response.get("Location", "")
    case_study.refresh_from_db()
    assert case_study.last_reviewed is None
    assert not PageLogEntry.objects.filter(page=case_study, action=CONFIRM_ACTION).exists()


def test_untracked_page_cannot_be_confirmed(client, municipality):
    article = ArticlePageFactory(parent=municipality)
    client.force_login(editor_of(municipality))
    confirm(client, article)
    assert ArticlePage.objects.get(pk=article.pk).last_reviewed is None


def test_confirmation_page_asks_first_and_changes_nothing(client, case_study, municipality):
    client.force_login(editor_of(municipality))
    response = client.get(f"/admin/redaktion/aktuell/{case_study.pk}/")
    assert response.status_code == 200
    assert "Ja, als aktuell bestätigen" in response.content.decode()
    case_study.refresh_from_db()
    assert case_study.last_reviewed is None


def test_confirm_button_is_in_the_page_header(client, case_study, municipality):
    client.force_login(editor_of(municipality))
    response = client.get(f"/admin/pages/{case_study.pk}/edit/")
    assert f"/admin/redaktion/aktuell/{case_study.pk}/" in response.content.decode()


def test_confirm_button_is_missing_for_untracked_types(client, municipality):
    article = ArticlePageFactory(parent=municipality)
    client.force_login(editor_of(municipality))
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert "/admin/redaktion/aktuell/" not in response.content.decode()


def test_explorer_offers_the_button_for_content_only(client, case_study, municipality):
    client.force_login(editor_of(municipality))
    response = client.get(f"/admin/pages/{municipality.pk}/")
    assert response.status_code == 200
    assert response.content.decode().count("/admin/redaktion/aktuell/") == 1


def test_confirmation_survives_publishing_a_later_revision(client, case_study, municipality):
    draft = CaseStudyPage.objects.get(pk=case_study.pk)
    draft.title = "Sensoren im Stadtpark, zweite Ausbaustufe"
    revision = draft.save_revision()
    client.force_login(editor_of(municipality))
    confirm(client, case_study)
    Revision.objects.get(pk=revision.pk).publish()
    page = CaseStudyPage.objects.get(pk=case_study.pk)
    assert page.title == "Sensoren im Stadtpark, zweite Ausbaustufe"
    assert page.last_reviewed == timezone.localdate()


def test_confirmation_survives_publishing_in_the_admin(client, case_study, municipality):
    CaseStudyPage.objects.get(pk=case_study.pk).save_revision()  # the edit form starts from this revision
    client.force_login(editor_of(municipality))
    confirm(client, case_study)
    client.force_login(reviewer())
    url = f"/admin/pages/{case_study.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(
        {"title": "Sensoren im Stadtpark (überarbeitet)", "body-count": "0", "action-publish": "action-publish"}
    )
    assert client.post(url, data).status_code == 302
    page = CaseStudyPage.objects.get(pk=case_study.pk)
    assert page.title == "Sensoren im Stadtpark (überarbeitet)"
    assert page.last_reviewed == timezone.localdate()


def test_a_confirmed_page_shows_its_date_publicly(client, case_study):
    CaseStudyPage.objects.filter(pk=case_study.pk).update(last_reviewed=dt.date(2026, 3, 4))
    response = client.get(case_study.url)
    assert "Zuletzt geprüft" in response.content.decode()
    assert '<time datetime="2026-03-04">4. März 2026</time>' in response.content.decode()


def test_a_lesson_shows_when_it_went_live_until_confirmed(client, municipality):
    lesson = published(LessonPageFactory(parent=municipality), days_ago=10)
    went_live = timezone.localdate(lesson.first_published_at)
    response = client.get(lesson.url)
    assert f'Zuletzt geprüft</dt><dd><time datetime="{went_live.isoformat()}">' in response.content.decode()


def test_an_article_shows_no_review_date(client, municipality):
    article = ArticlePageFactory(parent=municipality)
    assert "Zuletzt geprüft" not in client.get(article.url).content.decode()
