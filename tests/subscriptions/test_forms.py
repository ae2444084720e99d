"""The subscribe form and the pages around it: German errors, nothing stored or sent on bad input, no
enumeration, the honeypot, rate limits, cross-site posts, links that expire, the manage page."""

import html
import time

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from exchange.models import Tag
from subscriptions.models import Subscriber, Subscription
from subscriptions.tokens import confirmation_token
from tests.factories import MunicipalityPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

ADDRESS = "leser.in@kommune-beispiel.de"


@pytest.fixture
def topics(site_tree):
    MunicipalityPageFactory(title="Landkreis Kusel", slug="landkreis-kusel")
    return TopicFactory(name="Mobilität", slug="mobilitaet")


def post(client, django_capture_on_commit_callbacks, **fields):
    data = {"email": ADDRESS, "frequency": "weekly", "consent": "1", **fields}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/abonnieren/", data)


def assert_nothing_stored_or_sent():
    assert not Subscriber.objects.exists() and not Subscription.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"email": "keine-adresse"}, "E-Mail-Adresse", "gültige E-Mail-Adresse"),
        ({"email": ""}, "E-Mail-Adresse", "Bitte geben Sie Ihre E-Mail-Adresse an."),
        ({"email": "a" * 10_000 + "@example.org"}, "E-Mail-Adresse", "E-Mail-Adresse"),
        ({"topics": ["gibt-es-nicht"]}, "Themen", "„gibt-es-nicht“ gibt es hier nicht als Thema."),
        ({"municipalities": ["nirgendwo"]}, "Kommunen", "nirgendwo"),
        ({"types": ["podcast"]}, "Inhaltsarten", "podcast"),
        ({"tags": ["unbekannt"]}, "Schlagworte", "unbekannt"),
        ({"query": "x" * 10_000}, "Suchbegriff", "höchstens 200 Zeichen"),
        ({"frequency": "daily"}, "Wie oft", "„sofort“ oder „wöchentlich“"),
        ({"consent": ""}, "Ich habe die Hinweise", "Bitte bestätigen Sie"),
        ({"year": "x" * 10_000}, "year", "year"),
    ],
)
def test_bad_input_gets_a_german_error_and_changes_nothing(
    client, topics, django_capture_on_commit_callbacks, fields, field, message
):
    response = post(client, django_capture_on_commit_callbacks, **fields)
    assert response.status_code == 400
    assert "Bitte prüfen Sie Ihre Angaben" in response.text
    start = response.text.index('class="form-errors"')
    errors = html.unescape(response.text[start : response.text.index("</ul>", start)])
    assert field in errors and message in errors
    assert len(response.text) < 200_000  # a 10 KB value is not repeated in full
    assert_nothing_stored_or_sent()


def test_subscribing_stores_the_consent_and_sends_only_the_confirmation(
    client, topics, django_capture_on_commit_callbacks
):
    response = post(
        client, django_capture_on_commit_callbacks, topics=["mobilitaet"], query=" LoRaWAN ", kind=["landkreis"]
    )
    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.subscriber.email == ADDRESS and subscription.confirmed_at is None
    assert subscription.query == "LoRaWAN" and subscription.filters == {"kind": ["landkreis"]}
    assert "Thema: Mobilität" in subscription.consent_text and "Suche: „LoRaWAN“" in subscription.consent_text
    assert subscription.privacy_notice_version.startswith("Hinweis zum Abonnement")
    (message,) = mail.outbox
    assert message.to == [ADDRESS] and "bestätigen" in message.subject


def test_the_answer_is_the_same_for_known_and_unknown_addresses(client, topics, django_capture_on_commit_callbacks):
    first = post(client, django_capture_on_commit_callbacks)
    Subscription.objects.update(confirmed_at=timezone.now())
    again = post(client, django_capture_on_commit_callbacks)
    other = post(client, django_capture_on_commit_callbacks, email="neu@kommune-beispiel.de")
    assert first.status_code == again.status_code == other.status_code == 302
    assert first["Location"] == again["Location"] == other["Location"]
    page = client.get(first["Location"])
    assert "Postfach" in page.text


def test_the_honeypot_answers_as_usual_and_stores_nothing(client, topics, django_capture_on_commit_callbacks):
    response = post(client, django_capture_on_commit_callbacks, website="http://spam.example")
    assert response.status_code == 302
    assert_nothing_stored_or_sent()


def test_a_cross_site_post_without_csrf_token_is_accepted(topics, django_capture_on_commit_callbacks):
    client = Client(enforce_csrf_checks=True, HTTP_ORIGIN="https://www.kusel.de")
    response = post(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Subscription.objects.count() == 1


def test_rate_limits_per_client_and_per_address(client, topics, django_capture_on_commit_callbacks, settings):
    settings.SUBSCRIPTIONS_RATE_PER_ADDRESS = "2/h"
    settings.SUBSCRIPTIONS_RATE_PER_CLIENT = "4/h"
    for number in range(3):
        assert post(client, django_capture_on_commit_callbacks, query=f"Suche {number}").status_code == 302
    assert Subscription.objects.count() == 2  # the third for this address: the same answer, nothing done
    assert len(mail.outbox) == 2
    assert post(client, django_capture_on_commit_callbacks, email="b@example.org").status_code == 302
    response = post(client, django_capture_on_commit_callbacks, email="c@example.org")
    assert response.status_code == 429 and "Zu viele Anfragen" in response.text
    assert not Subscriber.objects.filter(email="c@example.org").exists()


def _subscription(confirmed=False):
    subscriber = Subscriber.objects.create(email=ADDRESS)
    return Subscription.objects.create(
        subscriber=subscriber,
        frequency="weekly",
        fingerprint="x",
        consent_text="alle neuen Inhalte",
        privacy_notice_version="Hinweis",
        confirmed_at=timezone.now() if confirmed else None,
    )


def test_opening_the_link_does_not_confirm_only_the_button_does(client, site_tree):
    subscription = _subscription()
    path = f"/abonnieren/bestaetigen/{confirmation_token(subscription)}/"
    page = client.get(path)
    assert page.status_code == 200 and 'method="post"' in page.text
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    assert client.post(path).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


class SignedEarlier(signing.TimestampSigner):
    """Signs as seven days and a minute ago, when the link would have been sent."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 7 * 24 * 3600 - 60)


def test_expired_and_broken_links_get_a_clear_page(client, site_tree):
    subscription = _subscription()
    old = SignedEarlier(salt="subscriptions.confirm").sign_object([subscription.pk, subscription.nonce])
    expired = client.get(f"/abonnieren/bestaetigen/{old}/")
    assert expired.status_code == 410 and "abgelaufen" in expired.text
    assert client.post(f"/abonnieren/bestaetigen/{old}/").status_code == 410
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    broken = client.get("/abonnieren/bestaetigen/kaputt/")
    assert broken.status_code == 404 and "ungültig" in broken.text
    forged = signing.dumps([subscription.pk, "falsch"], salt="subscriptions.confirm")
    assert client.get(f"/abonnieren/bestaetigen/{forged}/").status_code == 404


def test_unconfirmed_subscriptions_are_deleted_after_seven_days(site_tree):
    subscription = _subscription()
    confirmed = Subscription.objects.create(
        subscriber=Subscriber.objects.create(email="bestaetigt@example.org"),
        frequency="weekly",
        fingerprint="y",
        consent_text="alle",
        privacy_notice_version="Hinweis",
        confirmed_at=timezone.now(),
    )
    Subscription.objects.filter(pk__in=[subscription.pk, confirmed.pk]).update(
        created_at=timezone.now() - timezone.timedelta(days=8)
    )
    call_command("prune_subscriptions", verbosity=0)
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["bestaetigt@example.org"]


def test_manage_page_changes_frequency_and_ends_subscriptions(client, site_tree):
    subscription = _subscription(confirmed=True)
    key = subscription.subscriber.key
    page = client.get(f"/abonnieren/verwalten/{key}/")
    assert page.status_code == 200 and "alle neuen Inhalte" in page.text
    response = client.post(
        f"/abonnieren/verwalten/{key}/",
        {"subscription": subscription.pk, "action": "frequency", "frequency": "immediate"},
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.frequency == "immediate"
    for value in ("abc", "1" * 40, ""):
        refused = client.post(f"/abonnieren/verwalten/{key}/", {"subscription": value, "action": "remove"})
        assert refused.status_code == 400 and "Bitte wählen Sie ein Abonnement" in refused.text
    bad = client.post(
        f"/abonnieren/verwalten/{key}/",
        {"subscription": subscription.pk, "action": "frequency", "frequency": "stündlich"},
    )
    assert bad.status_code == 400
    gone = client.post(f"/abonnieren/verwalten/{key}/", {"subscription": subscription.pk, "action": "remove"})
    assert gone.status_code == 200 and "abgemeldet" in gone.text
    assert not Subscriber.objects.exists()
    assert client.get(f"/abonnieren/verwalten/{key}/").status_code == 404


def test_unsubscribe_link_asks_first_and_an_unknown_key_is_already_gone(client, site_tree):
    subscription = _subscription(confirmed=True)
    path = f"/abonnieren/abmelden/{subscription.subscriber.key}/"
    assert 'method="post"' in client.get(path).text
    assert Subscriber.objects.exists()
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscriber.objects.exists()
    assert client.post(path).status_code == 200
    assert client.get("/abonnieren/abmelden/unbekannt/").status_code == 200


def test_a_link_naming_a_tag_in_any_case_pre_fills_it(client, site_tree):
    Tag.objects.create(name="LoRaWAN", slug="funknetz")
    page = client.get("/abonnieren/?tag=lorawan&q=" + "x" * 1000)
    assert page.status_code == 200
    assert 'name="tags" value="funknetz" checked' in page.text
    assert 'value="' + "x" * 200 + '"' in page.text and "x" * 201 not in page.text
