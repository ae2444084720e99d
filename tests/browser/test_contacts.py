"""The contacts directory and the relay form in a real browser: WCAG 2.1 AA by axe-core, and a question asked
from a case study with the keyboard alone."""

import pytest
from django.core import mail

from contacts.models import ContactMessage

from .test_accessibility import assert_no_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONTACT_PAGES = {
    "directory": "/kontakte/",
    "directory_filtered": "/kontakte/?municipality=mayen-koblenz&topic=infrastruktur-und-sensorik",
    "contact": "/kontakte/anna-becker/",
    "question": "/kontakte/anna-becker/frage/",
    "sent": "/kontakte/anna-becker/frage/gesendet/",
}


@pytest.mark.parametrize("name", list(CONTACT_PAGES))
def test_contact_page_has_no_wcag_aa_violations(site, browser_page, name):
    response = browser_page.goto(site.url + CONTACT_PAGES[name])
    assert response.status == 200
    assert_no_violations(browser_page)


def test_the_relay_form_with_errors_has_no_wcag_aa_violations(site, browser_page):
    browser_page.goto(site.url + CONTACT_PAGES["question"])
    browser_page.fill("#question-email", "keine-adresse")
    with browser_page.expect_navigation() as navigation:
        browser_page.click(".question-form button[type=submit]")
    assert navigation.value.status == 400
    for field in ("name", "email", "subject", "message", "consent"):
        assert browser_page.locator(f"#question-{field}-error").is_visible()
        assert browser_page.get_attribute(f"#question-{field}", "aria-invalid") == "true"
    assert browser_page.locator(".form-errors").is_visible()
    assert_no_violations(browser_page)


def test_the_directory_filters_with_the_keyboard(site, browser_page):
    browser_page.goto(site.url + CONTACT_PAGES["directory"])
    browser_page.focus("#filter-municipality")
    browser_page.keyboard.press("ArrowDown")  # „Landkreis Mayen-Koblenz“, the first municipality
    for _ in range(3):  # topic, role, then the button
        browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.textContent.trim()") == "Filtern"
    assert browser_page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/kontakte/?municipality=mayen-koblenz&topic=&role=")
    assert browser_page.locator(".contact__name").all_inner_texts() == ["Anna Becker"]


def tab_until(browser_page, script, limit=80):
    """Press Tab until `script` (about `document.activeElement`) is true; fail after `limit` presses."""
    for _ in range(limit):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate(script):
            return
    pytest.fail(f"{script} not reached within {limit} presses of Tab")


def focused_id(browser_page):
    return browser_page.evaluate("document.activeElement.id")


def test_a_question_from_a_case_study_with_the_keyboard_alone(site, browser_page):
    browser_page.goto(site.url + "/kommunen/mayen-koblenz/pegelsensoren/")
    tab_until(browser_page, "document.activeElement.textContent.trim().startsWith('Frage an die Kommune')")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/kontakte/anna-becker/frage/")
    tab_until(browser_page, "document.activeElement.id === 'question-name'")
    assert browser_page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    browser_page.keyboard.type("Erika Muster")
    for field, value in [
        ("question-email", "erika.muster@musterstadt.example"),
        ("question-subject", "Pegelsensoren bei uns?"),
        ("question-message", "Wie lange hat die Ausschreibung der Sensoren gedauert?"),
    ]:
        browser_page.keyboard.press("Tab")
        assert focused_id(browser_page) == field
        browser_page.keyboard.type(value)
    # The honeypot is never focused; the next stops are the privacy page's link and the consent.
    tab_until(browser_page, "document.activeElement.id === 'question-consent'", limit=3)
    browser_page.keyboard.press("Space")
    assert browser_page.is_checked("#question-consent")
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.textContent.trim()") == "Frage senden"
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/kontakte/anna-becker/frage/gesendet/")
    assert browser_page.locator("h1").inner_text() == "Ihre Frage ist unterwegs"
    to_contact, copy = mail.outbox  # sent by the task after the commit (the test settings run tasks at once)
    assert to_contact.to == ["a.becker@mayen-koblenz.example.org"]
    assert to_contact.reply_to == ["Erika Muster <erika.muster@musterstadt.example>"]
    assert copy.to == ["erika.muster@musterstadt.example"]
    assert not ContactMessage.objects.exists()
