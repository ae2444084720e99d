"""The relay form's contract: German errors naming the field, the honeypot, the rate limits and CSRF. What
goes out by mail is in test_relay.py (real SMTP server and worker)."""

import pytest
from django.test import Client

from contacts.models import ContactMessage

pytestmark = pytest.mark.django_db

PATH = "/kontakte/julia-wagner/frage/"
VALID = {
    "name": "Erika Muster",
    "email": "erika.muster@musterstadt.example",
    "subject": "Rufbus bei uns?",
    "message": "Wie haben Sie die Fahrer gewonnen?",
    "consent": "1",
}


def post(client, **fields):
    return client.post(PATH, {**VALID, **fields})


def test_a_valid_question_is_stored_and_answered_with_the_sent_page(client, contacts_site):
    response = post(client)
    assert response.status_code == 302 and response["Location"] == "/kontakte/julia-wagner/frage/gesendet/"
    (message,) = ContactMessage.objects.all()
    assert (message.contact.slug, message.sender_name, message.sender_email) == (
        "julia-wagner",
        "Erika Muster",
        "erika.muster@musterstadt.example",
    )
    sent = client.get(response["Location"])
    assert sent.status_code == 200 and "Ihre Frage ist unterwegs" in sent.text


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"name": ""}, "name", "Bitte geben Sie Ihren Namen an."),
        ({"name": " \n "}, "name", "Bitte geben Sie Ihren Namen an."),
        ({"name": "x" * 201}, "name", "Der Name ist zu lang (höchstens 200 Zeichen)."),
        ({"email": ""}, "email", "Bitte geben Sie Ihre E-Mail-Adresse an"),
        ({"email": "keine-adresse"}, "email", "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ({"subject": ""}, "subject", "Bitte geben Sie einen Betreff an."),
        ({"subject": "x" * 201}, "subject", "Der Betreff ist zu lang (höchstens 200 Zeichen)."),
        ({"message": ""}, "message", "Bitte schreiben Sie Ihre Frage."),
        ({"message": "Hallo"}, "message", "Die Frage ist zu kurz (mindestens 10 Zeichen)."),
        ({"message": "x" * 5001}, "message", "Die Frage ist zu lang (höchstens 5000 Zeichen)."),
        ({"message": "Eine Frage\x00 mit NUL"}, "message", "Die Frage darf keine Steuerzeichen enthalten."),
        ({"consent": ""}, "consent", "Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben."),
    ],
)
def test_errors_are_german_name_the_field_and_store_nothing(client, contacts_site, fields, field, error):
    response = post(client, **fields)
    assert response.status_code == 400
    html = response.text
    assert error in html
    assert f'id="question-{field}-error"' in html and 'aria-describedby="' in html
    assert f'href="#question-{field}"' in html  # the summary links the field
    assert not ContactMessage.objects.exists()


def test_a_refused_form_keeps_what_was_typed(client, contacts_site):
    html = post(client, consent="").text
    assert 'value="Erika Muster"' in html and "Wie haben Sie die Fahrer gewonnen?</textarea>" in html


def test_line_breaks_in_name_and_subject_cannot_reach_the_mail_headers(client, contacts_site):
    post(client, name="Erika\r\nBcc: opfer@example.org", subject="Rufbus\nBcc: opfer@example.org")
    message = ContactMessage.objects.get()
    assert message.sender_name == "Erika Bcc: opfer@example.org"
    assert message.subject == "Rufbus Bcc: opfer@example.org"


def test_a_filled_in_honeypot_gets_the_same_answer_and_nothing_is_stored(client, contacts_site):
    response = post(client, website="https://spam.example")
    assert response.status_code == 302 and response["Location"].endswith("/frage/gesendet/")
    assert not ContactMessage.objects.exists()


def test_posts_per_client_are_limited(client, contacts_site, settings):
    settings.CONTACTS_RATE_PER_CLIENT = "3/h"
    for number in range(3):
        assert post(client, email=f"person{number}@example.org").status_code == 302
    response = post(client, email="noch-eine@example.org")
    assert response.status_code == 429 and "Zu viele Nachrichten" in response.text
    assert ContactMessage.objects.count() == 3


def test_refused_posts_count_against_the_client_too(client, contacts_site, settings):
    settings.CONTACTS_RATE_PER_CLIENT = "2/h"
    post(client, consent="")
    post(client, consent="")
    assert post(client).status_code == 429


def test_questions_per_sender_address_are_limited(contacts_site, settings):
    settings.CONTACTS_RATE_PER_ADDRESS = "2/h"
    for number in range(2):
        client = Client(REMOTE_ADDR=f"192.0.2.{number}")
        assert post(client, email="Erika.Muster@MusterStadt.example").status_code == 302
    response = post(Client(REMOTE_ADDR="192.0.2.9"), email="erika.muster@musterstadt.example")
    assert response.status_code == 429
    assert ContactMessage.objects.count() == 2


def test_questions_per_contact_are_limited(contacts_site, settings):
    settings.CONTACTS_RATE_PER_CONTACT = "2/d"
    for number in range(2):
        client = Client(REMOTE_ADDR=f"192.0.2.{number}")
        assert post(client, email=f"person{number}@example.org").status_code == 302
    assert post(Client(REMOTE_ADDR="192.0.2.9"), email="dritte@example.org").status_code == 429
    other = Client(REMOTE_ADDR="192.0.2.10").post("/kontakte/petra-klein/frage/", VALID)
    assert other.status_code == 302  # another contact is still reachable


def test_a_post_without_csrf_token_is_refused(contacts_site):
    client = Client(enforce_csrf_checks=True)
    assert post(client).status_code == 403
    assert not ContactMessage.objects.exists()


def test_a_post_with_the_forms_csrf_token_is_accepted(contacts_site):
    client = Client(enforce_csrf_checks=True)
    html = client.get(PATH).text
    token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    assert client.post(PATH, {**VALID, "csrfmiddlewaretoken": token}).status_code == 302


def test_other_methods_than_get_and_post_are_refused(client, contacts_site):
    response = client.put(PATH, VALID)
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD, POST"
