"""The subscriptions in the Wagtail admin: counts for editors, and information and erasure for the few allowed."""

import itertools
import json
import logging
import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from subscriptions import subscribing
from subscriptions.admin_views import subscriber_counts
from subscriptions.models import Delivery, Frequency, Subscriber, Subscription
from tests.factories import MunicipalityPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

COUNTS_URL = "/admin/abonnements/"
PERSONAL_DATA_URL = "/admin/abonnements/auskunft/"
NO_DATA = "Zu dieser Adresse sind keine Daten gespeichert."
ADDRESS = "Anna.Beispiel@example.org"

_fingerprints = itertools.count()


def subscribe(email, *, topics=(), municipalities=(), confirmed=True):
    """One subscription for `email` (its subscriber created when new), built directly."""
    subscriber, _created = Subscriber.objects.get_or_create(email=email)
    subscription = Subscription.objects.create(
        subscriber=subscriber,
        frequency=Frequency.IMMEDIATE,
        fingerprint=f"fingerprint-{next(_fingerprints)}",
        has_topics=bool(topics),
        has_municipalities=bool(municipalities),
        consent_text="Neue Inhalte – sofort",
        privacy_notice_version="Testfassung",
        confirmed_at=timezone.now() if confirmed else None,
    )
    subscription.topics.set(topics)
    subscription.municipalities.set(municipalities)
    return subscription


def row_count(html, table_id, label):
    """The number in the row headed `label` of the table with this id."""
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S).group(0)
    match = re.search(rf'<th scope="row">\s*{re.escape(label)}\s*</th>\s*<td>\s*(\d+)\s*</td>', table)
    assert match, f"no row {label!r} in {table_id}"
    return int(match.group(1))


def user_with(django_user_model, *codenames, username="redaktion"):
    user = django_user_model.objects.create_user(username=username, password="x", email=f"{username}@example.org")
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def editor(django_user_model):
    """A plain editor: admin access, nothing about personal data."""
    return user_with(django_user_model, "access_admin")


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def places(site_tree):
    """Three topics and two municipalities with subscriptions of four addresses, one not confirmed."""
    mobility, energy, health = (
        TopicFactory(name="Mobilität"),
        TopicFactory(name="Energie"),
        TopicFactory(name="Gesundheit"),
    )
    kusel, bamberg = MunicipalityPageFactory(title="Landkreis Kusel"), MunicipalityPageFactory(title="Bamberg")
    # Two confirmed subscriptions naming Mobilität: the address still counts once.
    subscribe("eins@example.org", topics=[mobility], municipalities=[kusel])
    subscribe("eins@example.org", topics=[mobility, energy])
    subscribe("zwei@example.org", topics=[mobility, energy])
    # Not confirmed at all: counts only as pending.
    subscribe("drei@example.org", topics=[mobility, health], municipalities=[bamberg], confirmed=False)
    # Confirmed for everything, plus a pending subscription naming Gesundheit that must not count.
    subscribe("vier@example.org")
    subscribe("vier@example.org", topics=[health], municipalities=[bamberg], confirmed=False)
    return {"mobility": mobility, "energy": energy, "health": health, "kusel": kusel, "bamberg": bamberg}


# Counts


def test_counts_are_distinct_confirmed_subscribers(places):
    counts = subscriber_counts()

    assert {topic.name: n for topic, n in counts["topics"]} == {"Energie": 2, "Gesundheit": 0, "Mobilität": 2}
    assert [(m.title, n) for m, n in counts["municipalities"]] == [("Bamberg", 0), ("Landkreis Kusel", 1)]
    assert counts["subscribers"] == {"confirmed": 3, "pending": 1}
    assert counts["subscriptions"] == {"confirmed": 4, "pending": 2}


def test_counts_page_shows_the_counts_and_no_address(places, admin_client):
    response = admin_client.get(COUNTS_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert row_count(html, "subscription-topics", "Mobilität") == 2
    assert row_count(html, "subscription-topics", "Energie") == 2
    assert row_count(html, "subscription-topics", "Gesundheit") == 0
    assert row_count(html, "subscription-municipalities", "Landkreis Kusel") == 1
    assert row_count(html, "subscription-municipalities", "Bamberg") == 0
    totals = re.search(r'id="subscription-totals".*?</table>', html, re.S).group(0)
    assert re.search(r"Abonnent:innen \(E-Mail-Adressen\)</th>\s*<td>3</td>\s*<td>1</td>", totals)
    assert re.search(r"Abonnements</th>\s*<td>4</td>\s*<td>2</td>", totals)
    assert "<caption>" in html and 'scope="col"' in html
    assert not any(f"{name}@example.org" in html for name in ("eins", "zwei", "drei", "vier"))


def test_counts_take_a_fixed_number_of_queries(places, django_assert_num_queries):
    with django_assert_num_queries(6):
        subscriber_counts()
    for n in range(5):
        topic = TopicFactory()
        municipality = MunicipalityPageFactory()
        subscribe(f"weitere-{n}@example.org", topics=[topic], municipalities=[municipality])
    with django_assert_num_queries(6):
        counts = subscriber_counts()
    assert len(counts["topics"]) == 8 and len(counts["municipalities"]) == 7


def test_counts_page_queries_do_not_grow_with_topics_and_municipalities(places, admin_client):
    admin_client.get(COUNTS_URL)  # the first request of a session warms what the admin caches
    with CaptureQueriesContext(connection) as few:
        assert admin_client.get(COUNTS_URL).status_code == 200
    for n in range(6):
        subscribe(f"weitere-{n}@example.org", topics=[TopicFactory()], municipalities=[MunicipalityPageFactory()])
    with CaptureQueriesContext(connection) as many:
        response = admin_client.get(COUNTS_URL)
    tables = "".join(re.findall(r'<table[^>]*id="subscription-.*?</table>', response.content.decode(), re.S))
    assert tables.count('<th scope="row">') == 2 + 9 + 8  # totals, topics, municipalities
    assert len(many.captured_queries) == len(few.captured_queries)


def test_a_plain_editor_sees_the_counts_but_no_link_to_personal_data(places, editor_client):
    response = editor_client.get(COUNTS_URL)

    assert response.status_code == 200
    assert row_count(response.content.decode(), "subscription-topics", "Mobilität") == 2
    assert PERSONAL_DATA_URL not in response.content.decode()
    assert PERSONAL_DATA_URL not in editor_client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_menu_offers_personal_data_to_superusers(admin_client):
    home = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert COUNTS_URL in home and PERSONAL_DATA_URL in home


def test_the_admin_pages_need_a_login(client):
    for url in (COUNTS_URL, PERSONAL_DATA_URL):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))


# Permission for personal data


@pytest.mark.parametrize("action", ["lookup", "export", "delete"])
def test_a_plain_editor_can_neither_look_up_nor_export_nor_delete(site_tree, editor_client, action):
    subscription = subscribe(ADDRESS, topics=[TopicFactory()])

    response = editor_client.post(PERSONAL_DATA_URL, {"email": ADDRESS, "action": action})

    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert Subscriber.objects.filter(pk=subscription.subscriber_id).exists()
    assert editor_client.get(PERSONAL_DATA_URL).status_code == 302
    ajax = editor_client.post(
        PERSONAL_DATA_URL, {"email": ADDRESS, "action": action}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert ajax.status_code == 403
    assert ADDRESS.encode() not in ajax.content


def test_the_permission_opens_personal_data_to_a_non_superuser(site_tree, django_user_model):
    subscribe(ADDRESS)
    client = Client()
    client.force_login(user_with(django_user_model, "access_admin", "manage_personal_data", username="datenschutz"))

    assert client.get(PERSONAL_DATA_URL).status_code == 200
    response = client.post(PERSONAL_DATA_URL, {"email": ADDRESS, "action": "lookup"})
    assert response.status_code == 200
    assert "Zu dieser Adresse sind Daten gespeichert." in response.content.decode()
    assert PERSONAL_DATA_URL in client.get(COUNTS_URL).content.decode()


def test_the_permission_can_be_given_to_groups_in_the_admin(admin_client):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Datenschutz")
    response = admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    permission = Permission.objects.get(codename="manage_personal_data")
    assert f'value="{permission.pk}"' in response.content.decode()


def test_posts_need_the_csrf_token(site_tree, admin_user):
    subscribe(ADDRESS)
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)

    response = client.post(PERSONAL_DATA_URL, {"email": ADDRESS, "action": "delete"})

    assert response.status_code == 403
    assert Subscriber.objects.filter(email=ADDRESS).exists()


# Looking up, exporting, deleting


def test_the_form_posts_and_carries_a_csrf_token(admin_client):
    html = admin_client.get(PERSONAL_DATA_URL).content.decode()
    assert re.search(r'<form method="post"', html) and "csrfmiddlewaretoken" in html
    assert 'name="email"' in html


def test_a_known_address_shows_what_is_stored(places, admin_client):
    response = admin_client.post(PERSONAL_DATA_URL, {"email": "eins@example.org", "action": "lookup"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Zu dieser Adresse sind Daten gespeichert." in html
    assert re.search(r"Bestätigte Abonnements</th><td>2</td>", html)
    assert 'name="action" value="export"' in html and 'name="action" value="delete"' in html
    assert "no-store" in response["Cache-Control"]


def test_an_address_is_found_whatever_the_case_of_its_letters(site_tree, admin_client):
    subscribe(ADDRESS)

    response = admin_client.post(PERSONAL_DATA_URL, {"email": ADDRESS.upper(), "action": "lookup"})

    assert "Zu dieser Adresse sind Daten gespeichert." in response.content.decode()
    assert f'value="{ADDRESS}"' in response.content.decode()


def test_addresses_differing_in_case_alone_must_be_typed_exactly(site_tree, admin_client):
    subscribe(ADDRESS)
    subscribe(ADDRESS.lower())

    ambiguous = admin_client.post(PERSONAL_DATA_URL, {"email": ADDRESS.upper(), "action": "delete"})
    exact = admin_client.post(PERSONAL_DATA_URL, {"email": ADDRESS.lower(), "action": "delete"})

    assert ambiguous.status_code == 400
    assert "nur in Groß- und Kleinschreibung" in ambiguous.content.decode()
    assert exact.status_code == 302
    assert list(Subscriber.objects.values_list("email", flat=True)) == [ADDRESS]


def test_an_unknown_address_has_no_data(places, admin_client):
    for action in ("lookup", "export", "delete"):
        response = admin_client.post(PERSONAL_DATA_URL, {"email": "niemand@example.org", "action": action})
        assert response.status_code == 200
        assert NO_DATA in response.content.decode()
    assert Subscriber.objects.count() == 4


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("keine-adresse", "Bitte geben Sie eine gültige E-Mail-Adresse ein."),
        ("", "Bitte geben Sie eine E-Mail-Adresse ein."),
    ],
)
def test_an_invalid_address_is_a_form_error(admin_client, value, message):
    response = admin_client.post(PERSONAL_DATA_URL, {"email": value, "action": "delete"})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert NO_DATA not in response.content.decode()


def test_the_export_is_a_json_download_of_everything_stored(places, admin_client):
    subscription = Subscription.objects.filter(subscriber__email="eins@example.org").order_by("pk").first()
    subscriber = subscription.subscriber
    Delivery.objects.create(subscriber=subscriber, page=places["kusel"], status="sent", sent_at=timezone.now())

    response = admin_client.post(PERSONAL_DATA_URL, {"email": "eins@example.org", "action": "export"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "example.org" not in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content.decode("utf-8"))
    assert data == json.loads(json.dumps(subscribing.export(subscriber)))
    assert data["email"] == "eins@example.org"
    mobility, energy = places["mobility"].slug, places["energy"].slug
    assert [item["topics"] for item in data["subscriptions"]] == [[mobility], [energy, mobility]]
    assert data["subscriptions"][0]["municipalities"] == [places["kusel"].slug]
    assert data["subscriptions"][0]["consent"]["text"] == "Neue Inhalte – sofort"
    assert data["subscriptions"][0]["consent"]["confirmed_at"] is not None
    assert data["deliveries"] == [
        {"page": places["kusel"].pk, "digest": False, "status": "sent", "sent_at": data["deliveries"][0]["sent_at"]}
    ]


def test_delete_removes_the_address_and_everything_about_it(places, admin_client, caplog):
    subscriber = Subscriber.objects.get(email="eins@example.org")
    Delivery.objects.create(subscriber=subscriber, page=places["kusel"])
    other = Subscriber.objects.get(email="zwei@example.org")
    Delivery.objects.create(subscriber=other, page=places["kusel"])
    log_entries = ModelLogEntry.objects.count(), PageLogEntry.objects.count()
    topic_links = Subscription.topics.through.objects

    with caplog.at_level(logging.DEBUG):
        response = admin_client.post(PERSONAL_DATA_URL, {"email": "eins@example.org", "action": "delete"})

    assert response.status_code == 302 and response.url == PERSONAL_DATA_URL
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert not Subscription.objects.filter(subscriber_id=subscriber.pk).exists()
    assert not Delivery.objects.filter(subscriber_id=subscriber.pk).exists()
    assert not topic_links.filter(subscription__subscriber_id=subscriber.pk).exists()
    # Everyone else's data stays.
    assert Subscriber.objects.count() == 3
    assert Delivery.objects.filter(subscriber=other).count() == 1
    # The address is in no log, no admin log entry and no message.
    assert "eins@example.org" not in caplog.text
    assert (ModelLogEntry.objects.count(), PageLogEntry.objects.count()) == log_entries
    page = admin_client.get(response.url).content.decode()
    assert "Alle Daten zu dieser Adresse wurden gelöscht." in page
    assert "eins@example.org" not in page


def test_the_address_is_never_logged(places, admin_client, caplog):
    with caplog.at_level(logging.DEBUG):
        for action in ("lookup", "export"):
            admin_client.post(PERSONAL_DATA_URL, {"email": "zwei@example.org", "action": action})
        admin_client.post(PERSONAL_DATA_URL, {"email": "niemand@example.org", "action": "lookup"})
    assert "zwei@example.org" not in caplog.text and "niemand@example.org" not in caplog.text
