"""WCAG 2.1 AA on the key pages, checked by axe-core in a real browser, and keyboard access to the content."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import KEY_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

#: The subscribe form (pre-filled as a topic page's link fills it) and the pages that link to it.
SUBSCRIPTION_PAGES = {
    "subscribe": "/abonnieren/",
    "subscribe_prefilled": "/abonnieren/?topics=infrastruktur-und-sensorik&tags=lorawan&municipalities=mayen-koblenz"
    "&types=case_study&query=Pegel&year=2025",
    "subscribe_sent": "/abonnieren/gesendet/",
    "topic": "/themen/infrastruktur-und-sensorik/",
    "tag": "/schlagworte/lorawan/",
    "type_listing": "/inhalte/praxisbeispiele/?municipality=mayen-koblenz",
}


def assert_no_violations(browser_page):
    results = Axe().run(browser_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", list(KEY_PAGES))
def test_key_page_has_no_wcag_aa_violations(site, browser_page, name):
    response = browser_page.goto(site.url + KEY_PAGES[name])
    assert response.status == 200
    results = Axe().run(browser_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", list(SUBSCRIPTION_PAGES))
def test_subscription_page_has_no_wcag_aa_violations(site, browser_page, name):
    response = browser_page.goto(site.url + SUBSCRIPTION_PAGES[name])
    assert response.status == 200
    assert_no_violations(browser_page)


def test_subscribe_form_with_errors_has_no_wcag_aa_violations(site, browser_page):
    browser_page.goto(site.url + SUBSCRIPTION_PAGES["subscribe_prefilled"])
    browser_page.fill("#subscribe-email", "keine-adresse")
    with browser_page.expect_navigation() as navigation:
        browser_page.click(".subscribe-form button[type=submit]")
    assert navigation.value.status == 400
    assert browser_page.locator(".form-errors").is_visible()
    assert browser_page.locator("#email-error").is_visible()
    assert browser_page.locator("#consent-error").is_visible()
    assert_no_violations(browser_page)


def test_confirm_confirmed_and_manage_pages_have_no_wcag_aa_violations(site, browser_page):
    from subscriptions.models import Subscriber, Subscription
    from subscriptions.tokens import confirmation_token

    subscriber = Subscriber.objects.create(email="leserin@example.org")
    subscription = Subscription.objects.create(
        subscriber=subscriber,
        frequency="weekly",
        fingerprint="x",
        consent_text="Ich habe die Hinweise zum Datenschutz gelesen und möchte diese E-Mails erhalten.",
        privacy_notice_version="Test",
    )
    response = browser_page.goto(f"{site.url}/abonnieren/bestaetigen/{confirmation_token(subscription)}/")
    assert response.status == 200
    assert_no_violations(browser_page)

    with browser_page.expect_navigation() as navigation:
        browser_page.click("main form button[type=submit]")
    assert navigation.value.status == 200  # the "confirmed" page, listing the subscriptions
    assert_no_violations(browser_page)

    response = browser_page.goto(f"{site.url}/abonnieren/verwalten/{subscriber.key}/")
    assert response.status == 200
    assert_no_violations(browser_page)


def test_subscribe_form_is_usable_with_the_keyboard_and_shows_focus(site, browser_page):
    browser_page.goto(site.url + SUBSCRIPTION_PAGES["subscribe"])
    browser_page.focus("#subscribe-email")
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.name") == "types"
    assert browser_page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    # The honeypot is off-screen, so people never see it (bots still fill it in).
    box = browser_page.locator("#subscribe-website").bounding_box()
    assert box is None or box["x"] + box["width"] < 0


def test_skip_link_takes_keyboard_user_to_main_content(site, browser_page):
    browser_page.goto(site.url + KEY_PAGES["case_study"])
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Inhalt springen"
    assert browser_page.locator(".skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("location.hash") == "#main"
    assert browser_page.evaluate("document.activeElement.id") == "main"
    browser_page.keyboard.press("Tab")
    inside_main = browser_page.evaluate("document.getElementById('main').contains(document.activeElement)")
    assert inside_main, "the next Tab after the skip link should land inside the main content"


def test_pages_make_no_requests_to_other_hosts(site, browser_page):
    hosts = set()
    browser_page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    for path in KEY_PAGES.values():
        browser_page.goto(site.url + path)
    own = site.url.split("/")[2]
    assert hosts == {own}
