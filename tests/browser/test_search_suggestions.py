"""Suggestions while typing, in a real browser: the search field's datalist fills from the suggest API."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typing_in_header_search_offers_matching_titles(site, browser_page):
    browser_page.goto(site.url + "/")
    browser_page.fill("#site-search-q", "pegel")
    options = browser_page.locator("#site-search-suggestions option")
    options.first.wait_for(state="attached", timeout=5000)
    labels = [options.nth(i).get_attribute("value") for i in range(options.count())]
    assert any("Pegelsensoren" in label for label in labels), labels


def test_search_form_works_without_javascript(site, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/")
    page.fill("#site-search-q", "Vergabe")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/suche/?q=Vergabe")
    assert "Die Vergabe braucht mehr Zeit als gedacht" in page.content()
    context.close()
