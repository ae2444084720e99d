"""Go-live and expiry dates: `manage.py publish_scheduled` (cron every five minutes) publishes and expires.

Checked on what readers see: the type listing, the page's address and the search (database engine).
"""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from exchange.models import CaseStudyPage
from search.engines import get_engine
from search.engines.base import SearchQuery
from tests.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

LISTING = "/inhalte/praxisbeispiele/"


@pytest.fixture(autouse=True)
def database_engine(settings):
    settings.SEARCH_URL = ""


def found(title):
    return [hit.title for hit in get_engine().search(SearchQuery(text=title)).hits]


def passed(revision):
    """Let the go-live time of a scheduled revision pass (as the clock would)."""
    due = timezone.now() - dt.timedelta(minutes=1)
    revision.content["go_live_at"] = due.isoformat()
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=due, content=revision.content)


def publish_scheduled(capture):
    with capture(execute=True):
        call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_scheduled_revision_goes_live_when_due(client, ulm, django_capture_on_commit_callbacks):
    page = CaseStudyPageFactory(parent=ulm, title="Quartiersspeicher", live=False)
    page.go_live_at = timezone.now() + dt.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        revision = page.save_revision()
        revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert "Quartiersspeicher" not in client.get(LISTING).content.decode()

    passed(revision)
    publish_scheduled(django_capture_on_commit_callbacks)

    page.refresh_from_db()
    assert page.live
    assert "Quartiersspeicher" in client.get(LISTING).content.decode()
    assert found("Quartiersspeicher") == ["Quartiersspeicher"]


def test_revision_not_yet_due_stays_scheduled(client, ulm, django_capture_on_commit_callbacks):
    page = CaseStudyPageFactory(parent=ulm, title="Quartiersspeicher", live=False)
    page.go_live_at = timezone.now() + dt.timedelta(hours=1)
    page.save_revision().publish()
    publish_scheduled(django_capture_on_commit_callbacks)
    assert not CaseStudyPage.objects.get(pk=page.pk).live


def test_expired_page_leaves_listing_and_search(client, ulm, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = CaseStudyPageFactory(parent=ulm, title="Mitfahrbänke")
        page.save_revision().publish()
    assert found("Mitfahrbänke") == ["Mitfahrbänke"]
    CaseStudyPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - dt.timedelta(minutes=1))

    publish_scheduled(django_capture_on_commit_callbacks)

    page.refresh_from_db()
    assert (page.live, page.expired) == (False, True)
    assert "Mitfahrbänke" not in client.get(LISTING).content.decode()
    assert client.get(page.url_path.removeprefix("/home")).status_code == 404
    assert found("Mitfahrbänke") == []
