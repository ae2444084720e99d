"""A question on its way, against a real SMTP server and the real task queue and worker: the contact gets it
with the sender as `Reply-To`, the sender a copy without the contact's address, and the message is deleted
once both went out; an SMTP failure is retried without sending the contact a second mail."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from contacts import tasks
from contacts.models import ContactMessage
from exchange.models import Contact
from tests.public_forms import tables_holding

from .conftest import import_site

pytestmark = pytest.mark.django_db(transaction=True)

CONTACT = "j.wagner@kusel.example.org"
SENDER = "erika.muster@musterstadt.example"
TEXT = "Wie haben Sie die Fahrer für den Rufbus gewonnen?"
QUESTION = {"name": "Erika Muster", "email": SENDER, "subject": "Rufbus bei uns?", "message": TEXT, "consent": "1"}


@pytest.fixture
def site(smtp):
    import_site()
    return smtp


def ask(client, path="/kontakte/julia-wagner/frage/"):
    response = client.post(path, QUESTION)
    assert response.status_code == 302
    return response


def text(message):
    return message.get_body(("plain",)).get_content()


def test_the_contact_gets_the_question_with_the_sender_as_reply_to(client, site, worker, settings):
    ask(client)
    assert site.inbox.messages == []  # nothing is sent in the request: the worker sends it
    worker()
    (mail,) = site.inbox.to(CONTACT)
    assert mail["To"] == CONTACT
    assert mail["Reply-To"] == f"Erika Muster <{SENDER}>"
    assert mail["From"] == settings.DEFAULT_FROM_EMAIL
    assert mail["Subject"] == "Frage über das Wissensnetz: Rufbus bei uns?"
    body = text(mail)
    assert TEXT in body and "Guten Tag Julia Wagner" in body and "Antworten Sie einfach auf diese E-Mail" in body


def test_the_sender_gets_a_copy_that_does_not_reveal_the_contacts_address(client, site, worker):
    ask(client)
    worker()
    (copy,) = site.inbox.to(SENDER)
    assert copy["To"] == SENDER
    assert copy["Subject"] == "Ihre Frage an Julia Wagner: Rufbus bei uns?"
    assert TEXT in text(copy) and "Julia Wagner (Smart-City-Koordinatorin, Landkreis Kusel)" in text(copy)
    assert CONTACT not in copy.as_string()
    assert "kusel.example.org" not in copy.as_string()
    assert [recipients for recipients, _ in site.inbox.messages] == [[CONTACT], [SENDER]]


def test_the_message_is_deleted_once_both_mails_went_out(client, site, worker):
    ask(client)
    assert ContactMessage.objects.count() == 1
    worker()
    assert not ContactMessage.objects.exists()
    assert tables_holding(SENDER) == [] and tables_holding(TEXT) == []


def test_the_task_takes_only_the_messages_id(client, site):
    from django_tasks_db.models import DBTaskResult

    ask(client)
    (row,) = DBTaskResult.objects.filter(task_path="contacts.tasks.deliver_message")
    message = ContactMessage.objects.get()
    assert row.args_kwargs == {"args": [message.pk], "kwargs": {}}


def test_an_smtp_outage_is_retried_later(client, site, worker, monkeypatch):
    monkeypatch.setattr(tasks, "FIRST_RETRY_SECONDS", 1)
    site.stop()
    ask(client)
    worker()
    assert ContactMessage.objects.count() == 1  # kept for the retry
    site.start()
    time.sleep(1.2)
    worker()
    assert len(site.inbox.to(CONTACT)) == 1 and len(site.inbox.to(SENDER)) == 1
    assert not ContactMessage.objects.exists()


def test_a_refused_copy_is_retried_without_mailing_the_contact_again(client, site, worker, monkeypatch):
    monkeypatch.setattr(tasks, "FIRST_RETRY_SECONDS", 1)
    refused = []

    async def handle_RCPT(server, session, envelope, address, rcpt_options):
        if address == SENDER and not refused:
            refused.append(address)
            return "550 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    site.inbox.handle_RCPT = handle_RCPT
    ask(client)
    worker()
    assert refused == [SENDER] and len(site.inbox.to(CONTACT)) == 1 and site.inbox.to(SENDER) == []
    assert ContactMessage.objects.get().contact_mail_sent_at is not None
    time.sleep(1.2)
    worker()
    assert len(site.inbox.to(CONTACT)) == 1 and len(site.inbox.to(SENDER)) == 1
    assert not ContactMessage.objects.exists()


def test_a_contact_whose_address_was_removed_meanwhile_gets_nothing(client, site, worker):
    ask(client)
    Contact.objects.filter(slug="julia-wagner").update(email="")
    worker()
    assert site.inbox.messages == []
    assert not ContactMessage.objects.exists()


def test_undeliverable_messages_are_deleted_after_the_retention(client, site, settings):
    ask(client)
    ask(client, "/kontakte/petra-klein/frage/")
    old, recent = ContactMessage.objects.order_by("pk")
    old_enough = timezone.now() - timedelta(hours=settings.CONTACTS_MESSAGE_RETENTION_HOURS, minutes=1)
    ContactMessage.objects.filter(pk=old.pk).update(created_at=old_enough)
    call_command("prune_contact_messages", verbosity=0)
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [recent.pk]
