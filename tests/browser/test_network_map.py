"""The map of municipalities, the strategy timeline and the comparison in a real browser: no request leaves
this site, every marker is reachable by keyboard, the filters narrow map and table alike, and axe-core finds no
WCAG 2.1 AA violation."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.network.network_site import build_network

from .test_accessibility import WCAG_21_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: The municipalities on the map: the network's published ones with coordinates, and the browser site's own.
MAPPED = {
    "mayen-koblenz",
    "vg-klein",
    "vg-nachbar",
    "vg-fern",
    "vg-mittel",
    "vg-gross",
    "stadt-gleich",
    "kreis-gross",
    "vg-anderes",
}
#: The table also lists the one without coordinates.
LISTED = len(MAPPED) + 1


@pytest.fixture
def network_site(site):
    build_network()
    return site


def open_map(browser_page, site):
    response = browser_page.goto(site.url + "/kommunen/")
    assert response.status == 200
    expect(browser_page.locator(".map-marker[data-slug]")).to_have_count(len(MAPPED))
    expect(browser_page.locator(".leaflet-overlay-pane path").first).to_be_attached()  # the Länder outline


def assert_no_violations(browser_page):
    results = Axe().run(browser_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_the_map_page_requests_nothing_from_other_hosts(network_site, browser_page):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    open_map(browser_page, network_site)
    browser_page.wait_for_load_state("networkidle")
    origins = {urlsplit(url)[:2] for url in requested if not url.startswith("data:")}
    assert origins == {urlsplit(network_site.url)[:2]}, requested  # the live server on this machine only
    assert any(url.endswith("/api/municipalities.geojson") for url in requested)
    assert any(url.endswith("/vendor/germany/laender.geojson") for url in requested)


def test_the_map_runs_without_script_errors_or_csp_violations(network_site, browser_page):
    problems = []
    browser_page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    browser_page.on("pageerror", lambda error: problems.append(str(error)))
    open_map(browser_page, network_site)
    assert problems == []


def test_tab_reaches_every_marker_and_enter_opens_its_popup(network_site, browser_page):
    open_map(browser_page, network_site)
    browser_page.focus("[data-map-filters] button[type=reset]")
    reached = []
    for _ in range(40):
        browser_page.keyboard.press("Tab")
        slug = browser_page.evaluate("document.activeElement.dataset.slug || null")
        if slug:
            reached.append(slug)
        elif reached:
            break  # past the last marker (the zoom buttons)
    assert sorted(reached) == sorted(MAPPED)
    marker = browser_page.locator('.map-marker[data-slug="vg-klein"]')
    assert marker.get_attribute("role") == "button"
    assert marker.get_attribute("aria-label") == "VG Klein, Verbandsgemeinde, Rheinland-Pfalz, ohne Förderung"
    marker.focus()
    browser_page.keyboard.press("Enter")
    link = browser_page.locator(".leaflet-popup a", has_text="VG Klein")
    link.wait_for()
    assert browser_page.evaluate("document.activeElement.getAttribute('href')") == "/kommunen/vg-klein/"
    browser_page.keyboard.press("Escape")
    browser_page.locator(".leaflet-popup").wait_for(state="detached")
    assert browser_page.evaluate("document.activeElement.dataset.slug") == "vg-klein"
    marker.focus()
    browser_page.keyboard.press("Enter")
    link.wait_for()
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url == network_site.url + "/kommunen/vg-klein/"


def test_funded_and_other_municipalities_are_marked_differently(network_site, browser_page):
    open_map(browser_page, network_site)
    funded = browser_page.locator(".map-marker--funded[data-slug]")
    assert sorted(funded.evaluate_all("markers => markers.map(m => m.dataset.slug)")) == [
        "kreis-gross",
        "mayen-koblenz",
    ]
    label = browser_page.locator('.map-marker[data-slug="kreis-gross"]').get_attribute("aria-label")
    assert label.endswith("Modellprojekt, Staffel 2020")


def test_filters_narrow_the_map_and_the_table(network_site, browser_page):
    open_map(browser_page, network_site)
    rows = browser_page.locator("[data-municipality-row]:visible")
    assert rows.count() == LISTED
    browser_page.select_option("#map-filter-state", "Bayern")
    assert browser_page.locator(".map-marker[data-slug]").count() == 1
    assert rows.count() == 1
    assert browser_page.locator("[data-map-status]").inner_text() == f"1 von {LISTED} Kommunen entsprechen der Auswahl"
    browser_page.select_option("#map-filter-state", "")
    browser_page.select_option("#map-filter-cohort", "2021")
    assert browser_page.locator(".map-marker[data-slug]").count() == 0
    assert [rows.nth(0).get_attribute("data-slug")] == ["stadt-ohne-ort"] and rows.count() == 1
    browser_page.select_option("#map-filter-cohort", "none")
    browser_page.select_option("#map-filter-kind", "verbandsgemeinde")
    assert browser_page.locator(".map-marker[data-slug]").count() == 6
    browser_page.click("[data-map-filters] button[type=reset]")
    expect(browser_page.locator(".map-marker[data-slug]")).to_have_count(len(MAPPED))
    assert rows.count() == LISTED


def test_without_javascript_the_page_is_the_table(network_site, chromium):
    context = chromium.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(network_site.url + "/kommunen/")
        assert not page.locator(".municipality-map").is_visible()
        assert page.locator("[data-municipality-row]").count() == LISTED
        assert page.locator("[data-municipality-row] a", has_text="Stadt ohne Ort").is_visible()
    finally:
        context.close()


def test_the_map_page_has_no_wcag_aa_violations(network_site, browser_page):
    open_map(browser_page, network_site)
    assert_no_violations(browser_page)
    browser_page.locator('.map-marker[data-slug="vg-klein"]').focus()
    browser_page.keyboard.press("Enter")
    expect(browser_page.locator(".leaflet-popup")).to_have_css("opacity", "1")  # faded in: axe sees its colours
    assert_no_violations(browser_page)


@pytest.mark.parametrize(
    "path",
    ["/kommunen/vg-klein/strategie-klein/", "/strategien/vergleich/", "/kommunen/vg-klein/rufbus/"],
    ids=["strategy_timeline", "comparison", "case_study_with_peers"],
)
def test_network_pages_have_no_wcag_aa_violations(network_site, browser_page, path):
    response = browser_page.goto(network_site.url + path)
    assert response.status == 200
    assert browser_page.locator(".timeline__svg, .comparison-field, .peers").first.is_visible()
    assert_no_violations(browser_page)
