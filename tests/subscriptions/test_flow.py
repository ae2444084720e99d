"""The whole way of a reader, against a real SMTP server and the real task queue and worker:
subscribe → confirmation mail → confirm → a matching page goes live → exactly one notification →
one-click unsubscribe → nothing more, and the address is gone from the whole database."""

import json
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupApprovalTask, PageViewRestriction, Workflow, WorkflowPage, WorkflowTask

from subscriptions.models import Delivery, Subscriber, Subscription
from subscriptions.tasks import send_notifications
from tests.factories import CaseStudyPageFactory, LessonPageFactory, MunicipalityPageFactory, TopicFactory
from tests.public_forms import tables_holding

pytestmark = pytest.mark.django_db(transaction=True)

ADDRESS = "leser.in@kommune-beispiel.de"


@pytest.fixture
def content(smtp):
    kusel = MunicipalityPageFactory(title="Landkreis Kusel", slug="landkreis-kusel")
    other = MunicipalityPageFactory(title="Stadt Kaiserslautern", slug="kaiserslautern")
    mobility = TopicFactory(name="Mobilität", slug="mobilitaet")
    energy = TopicFactory(name="Energie", slug="energie")
    return {"kusel": kusel, "other": other, "mobility": mobility, "energy": energy}


def subscribe(client, **fields):
    data = {"email": ADDRESS, "frequency": "immediate", "consent": "1", **fields}
    return client.post("/abonnieren/", data)


def link(message, path_start):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://[^\s]+({re.escape(path_start)}[^\s]+)", text).group(1)


def confirm(client, smtp, worker):
    worker()
    (message,) = smtp.inbox.to(ADDRESS)
    path = link(message, "/abonnieren/bestaetigen/")
    page = client.get(path)
    assert page.status_code == 200 and "Abonnement bestätigen" in page.text
    assert client.post(path).status_code == 200
    smtp.inbox.clear()
    return message


def draft(factory, parent, **fields):
    page = factory.build(**fields)
    page.live = False
    parent.add_child(instance=page)
    return page


def publish(page):
    page.save_revision().publish()


def test_subscribe_confirm_notify_once_unsubscribe_without_trace(client, content, smtp, worker, settings):
    settings.SUBSCRIPTIONS_REPLY_TO = "redaktion@wissensnetz.example.org"
    response = subscribe(client, topics=["mobilitaet"])
    assert response.status_code == 302 and response["Location"] == "/abonnieren/gesendet/"
    confirmation = confirm(client, smtp, worker)
    assert confirmation["Subject"] == "Bitte bestätigen Sie Ihr Abonnement beim Wissensnetz"
    assert confirmation.get_body(("html",)) is not None
    assert "Thema: Mobilität" in confirmation.get_body(("plain",)).get_content()

    page = draft(CaseStudyPageFactory, content["kusel"], title="Rufbus im ländlichen Raum", summary="Ein Rufbus.")
    page.topics.set([content["mobility"]])
    publish(page)
    worker()
    (notification,) = smtp.inbox.to(ADDRESS)
    assert notification["Subject"] == "Neu im Wissensnetz: Rufbus im ländlichen Raum"
    assert notification["Reply-To"] == "redaktion@wissensnetz.example.org"
    assert notification["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = notification.get_body(("plain",)).get_content()
    assert "Rufbus im ländlichen Raum" in text and "Landkreis Kusel" in text and "Ein Rufbus." in text
    assert page.url_path.rstrip("/").rsplit("/", 1)[-1] in text

    # Editing and publishing again is not news.
    page.title = "Rufbus im ländlichen Raum (aktualisiert)"
    publish(page)
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1

    assert tables_holding(ADDRESS) == ["subscriptions_subscriber"]
    unsubscribe = str(notification["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe.startswith("http")
    path = re.sub(r"^https?://[^/]+", "", unsubscribe)
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()

    another = draft(CaseStudyPageFactory, content["kusel"], title="Carsharing im Dorf")
    another.topics.set([content["mobility"]])
    publish(another)
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1
    call_command("prune_subscriptions", verbosity=0)
    assert tables_holding(ADDRESS) == []


def test_non_matching_page_and_unconfirmed_address_get_nothing(client, content, smtp, worker):
    subscribe(client, topics=["mobilitaet"], municipalities=["landkreis-kusel"])
    confirm(client, smtp, worker)
    subscribe(client, email="unbestaetigt@kommune-beispiel.de")  # follows everything, never confirmed
    worker()
    assert len(smtp.inbox.to("unbestaetigt@kommune-beispiel.de")) == 1  # the confirmation only
    smtp.inbox.clear()

    elsewhere = draft(CaseStudyPageFactory, content["other"], title="Mobilität anderswo")
    elsewhere.topics.set([content["mobility"]])
    publish(elsewhere)
    other_topic = draft(LessonPageFactory, content["kusel"], title="Energie in Kusel")
    other_topic.topics.set([content["energy"]])
    publish(other_topic)
    worker()
    assert smtp.inbox.messages == []
    assert not Delivery.objects.exists()


def test_several_matching_subscriptions_send_once_and_resubscribing_changes_nothing(client, content, smtp, worker):
    subscribe(client, topics=["mobilitaet"])
    confirm(client, smtp, worker)
    subscribe(client, municipalities=["landkreis-kusel"])
    confirm(client, smtp, worker)
    before = list(Subscription.objects.values_list("pk", "confirmed_at", "frequency"))
    subscribe(client, topics=["mobilitaet"], frequency="weekly")
    worker()
    assert list(Subscription.objects.values_list("pk", "confirmed_at", "frequency")) == before
    (note,) = smtp.inbox.to(ADDRESS)
    assert "bereits" in note["Subject"]
    smtp.inbox.clear()

    page = draft(CaseStudyPageFactory, content["kusel"], title="Mobilstation")
    page.topics.set([content["mobility"]])
    publish(page)
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1


def test_smtp_down_while_sending_then_up_delivers_once(client, content, smtp, worker, settings):
    subscribe(client)
    confirm(client, smtp, worker)
    settings.SUBSCRIPTIONS_RETRY_SECONDS = 1
    smtp.stop()
    page = draft(CaseStudyPageFactory, content["kusel"], title="Digitale Verwaltung")
    publish(page)
    worker()
    delivery = Delivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1 and delivery.next_attempt_at > timezone.now()
    assert ADDRESS not in delivery.last_error
    smtp.start()
    time.sleep(1.2)  # the first retry is due after SUBSCRIPTIONS_RETRY_SECONDS
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1
    worker()

    call_command("send_digests", verbosity=0)
    assert len(smtp.inbox.to(ADDRESS)) == 1
    assert Delivery.objects.get().status == "sent"


def test_a_task_run_twice_sends_one_mail(client, content, smtp, worker):
    subscribe(client)
    confirm(client, smtp, worker)
    page = draft(CaseStudyPageFactory, content["kusel"], title="Open Data")
    publish(page)
    worker()
    delivery_ids = list(Delivery.objects.values_list("pk", flat=True))
    send_notifications.enqueue(delivery_ids)
    send_notifications.enqueue(delivery_ids)
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1


def test_weekly_digest_groups_pages_and_a_second_run_sends_nothing(client, content, smtp, worker):

    subscribe(client, frequency="weekly", municipalities=["landkreis-kusel"])
    confirm(client, smtp, worker)
    for title, topic in (("Rufbus", "mobility"), ("Bürgerbus", "mobility"), ("Solardach", "energy")):
        page = draft(CaseStudyPageFactory, content["kusel"], title=title)
        page.topics.set([content[topic]])
        publish(page)
    untopical = draft(LessonPageFactory, content["kusel"], title="Stolperstein Vergabe")
    publish(untopical)
    worker()
    assert smtp.inbox.messages == []  # weekly: nothing at once
    call_command("send_digests", verbosity=0)
    (digest,) = smtp.inbox.to(ADDRESS)
    assert digest["Subject"] == "Wissensnetz: 4 neue Inhalte für Sie"
    text = digest.get_body(("plain",)).get_content()
    assert text.index("== Energie ==") < text.index("Solardach") < text.index("== Mobilität ==")
    assert text.index("== Mobilität ==") < text.index("Rufbus") < text.index("== Weitere Inhalte ==")
    assert text.index("== Weitere Inhalte ==") < text.index("Stolperstein Vergabe")
    assert "Bürgerbus" in text
    call_command("send_digests", verbosity=0)
    assert len(smtp.inbox.to(ADDRESS)) == 1

    # A page later in the week waits for the next digest, seven days after the last one.
    page = draft(CaseStudyPageFactory, content["kusel"], title="Ladesäulen")
    publish(page)
    worker()
    call_command("send_digests", verbosity=0)
    assert len(smtp.inbox.to(ADDRESS)) == 1
    Subscriber.objects.update(last_digest_at=timezone.now() - timezone.timedelta(days=7))
    call_command("send_digests", verbosity=0)
    assert len(smtp.inbox.to(ADDRESS)) == 2
    assert smtp.inbox.to(ADDRESS)[1]["Subject"] == "Wissensnetz: 1 neuer Inhalt für Sie"


def test_saved_search_matches_pages_the_search_finds(client, content, smtp, worker):
    subscribe(client, query="LoRaWAN", types=["case_study"])
    confirm(client, smtp, worker)
    found = draft(
        CaseStudyPageFactory, content["kusel"], title="Sensornetz", summary="Ein LoRaWAN-Netz für Pegelstände."
    )
    publish(found)
    wrong_type = draft(LessonPageFactory, content["kusel"], title="LoRaWAN-Stolperstein", summary="LoRaWAN.")
    publish(wrong_type)
    unrelated = draft(CaseStudyPageFactory, content["kusel"], title="Bürgerbüro", summary="Termine online buchen.")
    publish(unrelated)
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == ["Neu im Wissensnetz: Sensornetz"]


def test_saved_search_by_lesson_phase_and_cause(client, content, smtp, worker):
    subscribe(client, lesson_kind=["stumbling_block"], phase=["procurement"], cause=["procurement", "legal"])
    confirm(client, smtp, worker)
    found = draft(
        LessonPageFactory, content["kusel"], title="Vergabe dauerte", phase="procurement", cause="procurement"
    )
    publish(found)
    other_phase = draft(LessonPageFactory, content["kusel"], title="Strategie zu spät", phase="strategy", cause="legal")
    publish(other_phase)
    other_cause = draft(
        LessonPageFactory, content["kusel"], title="Kein Personal", phase="procurement", cause="staffing"
    )
    publish(other_cause)
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == ["Neu im Wissensnetz: Vergabe dauerte"]


def test_saved_search_on_the_remote_engine(client, content, smtp, worker, engine_settings):
    subscribe(client, query="Bürgerbeteiligung", municipalities=["landkreis-kusel"])
    confirm(client, smtp, worker)
    found = draft(
        CaseStudyPageFactory,
        content["kusel"],
        title="Beteiligungsportal",
        summary="Digitale Bürgerbeteiligung im Kreis.",
    )
    publish(found)
    unrelated = draft(CaseStudyPageFactory, content["kusel"], title="Glasfaser", summary="Ausbau im Kreis.")
    publish(unrelated)
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == ["Neu im Wissensnetz: Beteiligungsportal"]


def test_import_creating_a_page_notifies(client, content, smtp, worker, tmp_path):

    subscribe(client, topics=["mobilitaet"])
    confirm(client, smtp, worker)
    data = {
        "items": [
            {
                "type": "case_study",
                "municipality": "landkreis-kusel",
                "slug": "importierter-rufbus",
                "title": "Importierter Rufbus",
                "summary": "Aus dem Import.",
                "topics": ["Mobilität"],
                "status": "pilot",
            }
        ],
    }
    path = tmp_path / "import.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("import_exchange", str(path), verbosity=0)
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == ["Neu im Wissensnetz: Importierter Rufbus"]
    call_command("import_exchange", str(path), verbosity=0)  # unchanged or updated: not news again
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1


def test_scheduled_go_live_notifies_and_republishing_after_unpublishing_does_not(client, content, smtp, worker):

    subscribe(client)
    confirm(client, smtp, worker)
    page = draft(CaseStudyPageFactory, content["kusel"], title="Smarte Straßenbeleuchtung")
    page.go_live_at = timezone.now() + timezone.timedelta(seconds=1)
    page.save_revision().publish()  # scheduled: nothing is live yet
    worker()
    assert smtp.inbox.messages == []
    time.sleep(1.2)
    call_command("publish_scheduled", verbosity=0)
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == [
        "Neu im Wissensnetz: Smarte Straßenbeleuchtung"
    ]
    page.refresh_from_db()
    page.unpublish()
    publish(page.specific)
    worker()
    assert len(smtp.inbox.to(ADDRESS)) == 1


def test_a_page_the_public_may_not_see_is_not_sent(client, content, smtp, worker):
    subscribe(client)
    confirm(client, smtp, worker)
    PageViewRestriction.objects.create(page=content["kusel"], restriction_type="password", password="geheim")
    page = draft(CaseStudyPageFactory, content["kusel"], title="Interner Entwurf")
    publish(page)
    worker()
    assert smtp.inbox.messages == []


def test_an_approved_moderation_notifies(client, content, smtp, worker, django_user_model):
    moderators = Group.objects.create(name="Redaktion Wissensnetz")
    moderator = django_user_model.objects.create_superuser("moderation", "moderation@example.org", "x")
    editor = django_user_model.objects.create_user("redakteurin", "redakteurin@example.org", "x")
    approval = GroupApprovalTask.objects.create(name="Freigabe")
    approval.groups.add(moderators)
    workflow = Workflow.objects.create(name="Freigabe durch die Redaktion")
    WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=content["kusel"])
    subscribe(client)
    confirm(client, smtp, worker)

    page = draft(CaseStudyPageFactory, content["kusel"], title="Zur Freigabe eingereicht")
    page.save_revision(user=editor)
    workflow.start(page, editor)
    worker()
    assert smtp.inbox.to(ADDRESS) == []  # submitted for moderation: not live, not news yet
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    worker()
    assert [message["Subject"] for message in smtp.inbox.to(ADDRESS)] == [
        "Neu im Wissensnetz: Zur Freigabe eingereicht"
    ]
