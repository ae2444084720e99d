"""Review before publishing, through the admin: editors submit, reviewers approve or reject, mails tell both.

Mails go through Django's SMTP backend to a real SMTP server on 127.0.0.1 (tests/smtp.py).
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, TaskState, WorkflowState

from editorial.roles import REVIEWERS, setup_roles
from tests.factories import ArticlePageFactory, MunicipalityPageFactory

from .conftest import denied, edit_form_data, member, superuser

pytestmark = pytest.mark.django_db

BASE_URL = "https://wissensnetz.example.org"


@pytest.fixture
def section(site_tree, settings):
    """Kusel (not trusted) with a draft article, its editor and a reviewer, roles set up."""
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    kusel = MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel")
    setup_roles()
    page = ArticlePageFactory(parent=kusel, title="Neue Ladesäulen", slug="ladesaeulen", live=False)
    page.save_revision()
    return {
        "page": page,
        "editor": member(kusel.editorial_section.group, "redaktion-kusel", "autorin@kusel.example"),
        "reviewer": member(Group.objects.get(name=REVIEWERS), "netzwerk", "pruefer@wissensnetz.example"),
        "admin": superuser(),
    }


def submit(client, section):
    admin_client = client.__class__()
    admin_client.force_login(section["admin"])
    data = edit_form_data(admin_client, section["page"], title="Neue Ladesäulen in Kusel")
    data["action-submit"] = "action-submit"
    client.force_login(section["editor"])
    return client.post(f"/admin/pages/{section['page'].pk}/edit/", data)


def task_state(page):
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)


def body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def submitted(client, section, smtp):
    assert submit(client, section).status_code == 302
    return section


def test_a_submitted_page_is_not_live(submitted):
    page = Page.objects.get(pk=submitted["page"].pk)
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS


def test_the_reviewers_get_a_german_mail_with_a_link_to_the_page(submitted, smtp):
    (mail,) = smtp.inbox.to("pruefer@wissensnetz.example")
    text = body(mail)
    assert "Neue Ladesäulen in Kusel" in mail["Subject"]
    assert "Freigabe" in mail["Subject"]
    assert "Die Seite „Neue Ladesäulen in Kusel“ wurde zur Freigabe" in text
    assert f"{BASE_URL}/admin/pages/{submitted['page'].pk}/edit/" in text


def test_no_one_but_the_reviewers_is_mailed_about_a_submission(submitted, smtp):
    recipients = {address for addresses, _ in smtp.inbox.messages for address in addresses}
    assert recipients == {"pruefer@wissensnetz.example"}


def test_the_editor_cannot_approve_their_own_submission(client, submitted):
    page = submitted["page"]
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state(page).pk}/", {"comment": ""})
    assert denied(response)
    assert not Page.objects.get(pk=page.pk).live


def test_an_untrusted_editor_cannot_publish(client, section):
    admin_client = client.__class__()
    admin_client.force_login(section["admin"])
    data = edit_form_data(admin_client, section["page"])
    data["action-publish"] = "action-publish"
    client.force_login(section["editor"])
    client.post(f"/admin/pages/{section['page'].pk}/edit/", data)
    assert not Page.objects.get(pk=section["page"].pk).live


def review(client, submitted, action, comment=""):
    page = submitted["page"]
    client.force_login(submitted["reviewer"])
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state(page).pk}/"
    return client.post(url, {"comment": comment})


def test_approval_makes_the_page_live_and_mails_the_author_in_german(client, submitted, smtp):
    smtp.inbox.clear()

    assert review(client, submitted, "approve").status_code == 302

    page = Page.objects.get(pk=submitted["page"].pk)
    assert page.live
    assert page.title == "Neue Ladesäulen in Kusel"
    (mail,) = smtp.inbox.to("autorin@kusel.example")
    assert "freigegeben" in mail["Subject"]
    assert "Die Seite „Neue Ladesäulen in Kusel“ wurde im Workflow „Prüfung durch die Netzwerkredaktion“" in body(mail)
    assert page.full_url in body(mail)


def test_rejection_keeps_the_page_unpublished_and_mails_the_comment_to_the_author(client, submitted, smtp):
    smtp.inbox.clear()

    assert review(client, submitted, "reject", comment="Bitte Quelle ergänzen.").status_code == 302

    assert not Page.objects.get(pk=submitted["page"].pk).live
    (mail,) = smtp.inbox.to("autorin@kusel.example")
    text = body(mail)
    assert "abgelehnt" in mail["Subject"]
    assert "Bitte Quelle ergänzen." in text
    assert f"{BASE_URL}/admin/pages/{submitted['page'].pk}/edit/" in text


def test_a_trusted_municipalitys_editor_publishes_directly(client, section, smtp):
    kusel = section["page"].get_parent().specific
    kusel.publishes_without_review = True
    kusel.save_revision().publish()
    admin_client = client.__class__()
    admin_client.force_login(section["admin"])
    data = edit_form_data(admin_client, section["page"])
    data["action-publish"] = "action-publish"
    client.force_login(section["editor"])

    assert client.post(f"/admin/pages/{section['page'].pk}/edit/", data).status_code == 302

    assert Page.objects.get(pk=section["page"].pk).live
    assert not WorkflowState.objects.filter(object_id=str(section["page"].pk)).exists()
    assert smtp.inbox.messages == []
