"""WCAG 2.1 AA on the key pages, checked by axe-core in a real browser, and keyboard access to the content."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import KEY_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("name", list(KEY_PAGES))
def test_key_page_has_no_wcag_aa_violations(site, browser_page, name):
    response = browser_page.goto(site.url + KEY_PAGES[name])
    assert response.status == 200
    results = Axe().run(browser_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


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
