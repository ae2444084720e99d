"""The registration form on an event page in a real browser: usable with the keyboard alone, errors announced
and tied to their fields, and no WCAG 2.1 AA violations (axe-core) on the form, its errors and the pages after."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from exchange.models import EventRegistrationQuestion, MunicipalityPage
from registrations.models import Registration, Status
from tests.factories import EventPageFactory

from .test_accessibility import WCAG_21_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def event(site):
    event = EventPageFactory(
        parent=MunicipalityPage.objects.get(slug="mayen-koblenz"),
        title="Kommunaldialog: Pegelsensoren",
        slug="kommunaldialog-pegelsensoren",
        start=timezone.now() + dt.timedelta(days=20),
        capacity=30,
        location="Online",
        online=True,
        registration_open=True,
    )
    EventRegistrationQuestion.objects.create(
        event=event, label="Was brauchen Sie, um teilnehmen zu können?", hint="z. B. Untertitel", long_answer=True
    )
    return event


def assert_no_violations(page):
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def focused(page, attribute="id"):
    return page.evaluate(f"document.activeElement.{attribute}")


def tab_to(page, element_id, limit=6):
    """Press Tab until the element with this id has the focus; the ids passed on the way."""
    passed = []
    for _press in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == element_id:
            return passed
        passed.append(focused(page))
    raise AssertionError(f"{element_id} not reached with Tab; focus went {passed}")


def test_registering_with_the_keyboard_alone(site, event, browser_page):
    page = browser_page
    assert page.goto(site.url + event.url).status == 200
    assert_no_violations(page)

    page.focus("#registration-name")
    page.keyboard.type("Erika Muster")
    assert tab_to(page, "registration-email") == []
    page.keyboard.type("erika@kommune-beispiel.de")
    assert tab_to(page, "registration-organisation") == []
    page.keyboard.type("Verbandsgemeinde Daun")
    question = EventRegistrationQuestion.objects.get()
    assert tab_to(page, f"registration-frage-{question.pk}") == []
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.type("Untertitel, bitte")
    passed = tab_to(page, "registration-consent")
    assert "registration-website" not in passed, "the honeypot is never reached with Tab"
    page.keyboard.press("Space")
    assert page.is_checked("#registration-consent")
    page.keyboard.press("Tab")
    assert focused(page, "type") == "submit"
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    assert navigation.value.status == 200
    assert "Vielen Dank für Ihre Anmeldung" in page.text_content("h1")
    assert_no_violations(page)

    registration = Registration.objects.get()
    assert (registration.name, registration.organisation, registration.status) == (
        "Erika Muster",
        "Verbandsgemeinde Daun",
        Status.CONFIRMED,
    )
    assert registration.answers == [{"question": question.label, "answer": "Untertitel, bitte"}]

    assert page.goto(f"{site.url}/veranstaltungen/anmeldung/{registration.token}/absagen/").status == 200
    assert_no_violations(page)
    page.focus("main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Anmeldung abgesagt" in page.text_content("h1")
    assert_no_violations(page)
    assert Registration.objects.get().status == Status.CANCELLED


def test_errors_are_listed_and_tied_to_their_fields(site, event, browser_page):
    page = browser_page
    page.goto(site.url + event.url)
    page.fill("#registration-email", "keine-adresse")
    with page.expect_navigation() as navigation:
        page.click(".registration-form button[type=submit]")
    assert navigation.value.status == 400
    summary = page.locator("#registration-errors")
    assert summary.is_visible() and summary.get_attribute("role") == "alert"
    assert "Name: Bitte geben Sie Ihren Namen an." in summary.text_content()
    assert page.get_attribute("#registration-email", "aria-describedby") == "registration-email-error"
    assert page.locator("#registration-email-error").is_visible()
    assert page.input_value("#registration-email") == "keine-adresse"
    # Each listed error links to its field.
    page.click("#registration-errors a[href='#registration-consent']")
    assert page.evaluate("location.hash") == "#registration-consent"
    assert_no_violations(page)
    assert not Registration.objects.exists()
