"""After an event: its results (rich text) and the case studies and lessons the editor chose, on its page;
content the public may not see is left out."""

import datetime as dt

import pytest
from django.utils import timezone

from exchange.models import EventResultPage
from tests.factories import CaseStudyPageFactory, LessonPageFactory

from .conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_event(kusel):
    now = timezone.now()
    event = make_event(
        kusel,
        title="KommunalCamp 2026",
        start=now - dt.timedelta(days=40),
        end=now - dt.timedelta(days=40) + dt.timedelta(hours=6),
        results="<p>46 Kommunen waren dabei.</p>",
    )
    live = CaseStudyPageFactory(parent=kusel, title="Mitfahrbänke im Kreis")
    draft = LessonPageFactory(parent=kusel, title="Unveröffentlichte Lehre", live=False)
    lesson = LessonPageFactory(parent=kusel, title="Kümmerer gesucht")
    for order, page in enumerate((lesson, draft, live)):
        EventResultPage.objects.create(event=event, page=page, sort_order=order)
    return event


def test_results_and_chosen_content_are_shown_in_the_editors_order(client, past_event):
    page = client.get(past_event.url).content.decode()
    assert 'id="results-heading"' in page and "46 Kommunen waren dabei." in page
    assert page.index("Kümmerer gesucht") < page.index("Mitfahrbänke im Kreis")
    assert "Unveröffentlichte Lehre" not in page
    assert 'id="anmeldung"' not in page, "no form once the event is past"


def test_results_cost_a_fixed_number_of_queries(client, past_event, kusel, django_assert_max_num_queries):
    client.get(past_event.url)
    with django_assert_max_num_queries(60) as few:
        client.get(past_event.url)
    for number in range(4):
        EventResultPage.objects.create(
            event=past_event,
            page=CaseStudyPageFactory(parent=kusel, title=f"Praxisbeispiel {number}"),
            sort_order=10 + number,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(past_event.url)


def test_an_event_without_results_has_no_results_section(client, kusel):
    assert 'id="results-heading"' not in client.get(make_event(kusel).url).content.decode()
