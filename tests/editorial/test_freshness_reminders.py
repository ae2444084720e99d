"""The monthly reminder: `send_freshness_reminders` queues one task per editor, each mails their stale pages.

Through the real parts: the database task queue with its worker, and an SMTP server on 127.0.0.1.
"""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.editorial.freshness_support import editor_of, published, reviewer
from tests.factories import CaseStudyPageFactory, LessonPageFactory, MunicipalityPageFactory
from tests.smtp import DB_TASKS, run_worker

# The worker closes old database connections between tasks (`close_old_connections`), which ends a test transaction,
# so these tests commit and are flushed afterwards (as the subscription flow tests are).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(smtp, settings):
    """The editorial tests' SMTP server, with the mails going through the database task queue."""
    settings.TASKS = DB_TASKS
    settings.SEARCH_URL = ""
    settings.WAGTAILADMIN_BASE_URL = "https://wissensnetz.example.org"
    return smtp


def run_reminders():
    call_command("send_freshness_reminders", stdout=io.StringIO())
    run_worker()


@pytest.fixture
def stale_in_ulm(ulm):
    return published(CaseStudyPageFactory(parent=ulm, title="Sensoren im Stadtpark"), days_ago=400)


def test_editor_gets_a_mail_listing_their_stale_pages(smtp, ulm, stale_in_ulm):
    published(LessonPageFactory(parent=ulm, title="Frisch bestätigt"), days_ago=20)
    editor_of(ulm, email="redaktion@ulm.example")
    run_reminders()
    (message,) = smtp.inbox.to("redaktion@ulm.example")
    assert "bitte auf Aktualität prüfen" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "Sensoren im Stadtpark" in text
    assert "Frisch bestätigt" not in text
    assert f"https://wissensnetz.example.org/admin/pages/{stale_in_ulm.pk}/edit/" in text
    assert "https://wissensnetz.example.org/admin/redaktion/zu-pruefen/" in text


def test_reminder_has_an_html_part_with_links(smtp, ulm, stale_in_ulm):
    editor_of(ulm, email="redaktion@ulm.example")
    run_reminders()
    (message,) = smtp.inbox.to("redaktion@ulm.example")
    html = message.get_body(("html",)).get_content()
    assert (
        f'<a href="https://wissensnetz.example.org/admin/pages/{stale_in_ulm.pk}/edit/">Sensoren im Stadtpark</a>'
        in html
    )


def test_editor_of_another_municipality_gets_nothing(smtp, ulm, stale_in_ulm):
    editor_of(MunicipalityPageFactory(title="Gemeinde Anderswo"), email="redaktion@anderswo.example")
    run_reminders()
    assert smtp.inbox.messages == []


def test_no_mail_when_nothing_is_stale(smtp, ulm):
    published(CaseStudyPageFactory(parent=ulm), days_ago=30)
    editor_of(ulm, email="redaktion@ulm.example")
    run_reminders()
    assert smtp.inbox.messages == []


def test_inactive_editor_and_editor_without_address_get_none(smtp, ulm, stale_in_ulm):
    editor_of(ulm, username="ehemalig", email="ehemalig@ulm.example", is_active=False)
    editor_of(ulm, username="ohne-adresse", email="")
    run_reminders()
    assert smtp.inbox.messages == []


def test_reviewers_without_a_section_get_no_reminder(smtp, ulm, stale_in_ulm):
    reviewer()
    run_reminders()
    assert smtp.inbox.messages == []


def test_tasks_carry_ids_not_addresses(smtp, ulm, stale_in_ulm):
    editor = editor_of(ulm, email="redaktion@ulm.example")
    call_command("send_freshness_reminders", stdout=io.StringIO())
    (row,) = DBTaskResult.objects.filter(task_path="editorial.tasks.send_freshness_reminder")
    assert row.args_kwargs["args"] == [editor.pk]
    assert "redaktion@ulm.example" not in str(row.args_kwargs)


def test_two_editors_get_one_mail_each(smtp, ulm, stale_in_ulm):
    editor_of(ulm, username="anna", email="anna@ulm.example")
    editor_of(ulm, username="ben", email="ben@ulm.example")
    run_reminders()
    assert len(smtp.inbox.to("anna@ulm.example")) == 1
    assert len(smtp.inbox.to("ben@ulm.example")) == 1
    assert len(smtp.inbox.messages) == 2


def test_refused_reminder_is_sent_on_a_later_attempt(smtp, ulm, stale_in_ulm):
    editor = editor_of(ulm, email="redaktion@ulm.example")
    smtp.stop()
    run_reminders()
    retry = DBTaskResult.objects.get(task_path="editorial.tasks.send_freshness_reminder", status="READY")
    assert retry.run_after > timezone.now()
    assert retry.args_kwargs["args"] == [editor.pk, 2]

    smtp.start()
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert len(smtp.inbox.to("redaktion@ulm.example")) == 1
