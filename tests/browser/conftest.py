"""Browser tests: Playwright (from PyPI) driving Debian's Chromium against Django's live server.

When /usr/bin/chromium is missing the tests are skipped with that reason; CI installs it.
"""

import os
import uuid

import pytest
from django.test import override_settings

from search import engines
from search.engines import engine_for_url
from tests.conftest import CHROMIUM

# Playwright's sync API keeps an event loop running in the test thread; the database calls made by
# fixtures in that thread are still plain synchronous calls, so Django's async guard is lifted here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

SITE = {
    "topics": [{"name": "Infrastruktur und Sensorik", "slug": "infrastruktur-und-sensorik"}],
    "municipalities": [
        {
            "slug": "mayen-koblenz",
            "name": "Landkreis Mayen-Koblenz",
            "kind": "landkreis",
            "state": "Rheinland-Pfalz",
            "funded": True,
            "cohort": 2020,
            "motto": "Smarte Region MYK10",
            "lat": 50.35972,
            "lon": 7.59778,
            "summary": "Zehn Städte und Verbandsgemeinden gestalten gemeinsam die Smarte Region MYK10.",
        }
    ],
    "contacts": [
        {
            "slug": "anna-becker",
            "name": "Anna Becker",
            "role": "Projektleitung Smarte Region MYK10",
            "municipality": "mayen-koblenz",
            "email": "a.becker@mayen-koblenz.example.org",
            "phone": "+49 261 000000-12",
        }
    ],
    "items": [
        {
            "type": "case_study",
            "slug": "pegelsensoren",
            "municipality": "mayen-koblenz",
            "title": "LoRaWAN-Pegelsensoren für die Hochwasservorsorge",
            "summary": "Funkende Sensoren melden Wasserstände kleiner Bäche.",
            "body": "Nach dem Starkregen 2021 …\n\n## Wie es funktioniert\n\nVierzig Sensoren senden alle 15 Minuten.",
            "topics": ["Infrastruktur und Sensorik"],
            "tags": ["LoRaWAN", "Hochwasser"],
            "date": "2025-03-01",
            "contacts": ["anna-becker"],
            "status": "operation",
            "start_year": 2022,
            "costs": "ca. 180.000 €",
            "transferability": "Ein LoRaWAN-Netz und eine Datenplattform genügen.",
        },
        {
            "type": "lesson",
            "slug": "vergabe-braucht-zeit",
            "municipality": "mayen-koblenz",
            "title": "Die Vergabe braucht mehr Zeit als gedacht",
            "summary": "Die Ausschreibung der Sensoren dauerte neun Monate.",
            "body": "Die erste Ausschreibung musste aufgehoben werden.",
            "topics": ["Infrastruktur und Sensorik"],
            "tags": ["Ausschreibung"],
            "date": "2025-04-01",
            "lesson_kind": "stumbling_block",
            "phase": "procurement",
            "cause": "procurement",
            "recommendation": "Markterkundung vor der Ausschreibung.",
            "related_case_study": "pegelsensoren",
        },
    ],
}

KEY_PAGES = {
    "home": "/",
    "municipality": "/kommunen/mayen-koblenz/",
    "case_study": "/kommunen/mayen-koblenz/pegelsensoren/",
    "lesson": "/kommunen/mayen-koblenz/vergabe-braucht-zeit/",
    "search": "/suche/?q=Pegelsensoren",
}


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian Chromium driven by Playwright, shared by the session (skipped without it: tests/conftest.py)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def browser_index_name():
    """With SEARCH_URL, the browser tests' own alias on the engine, dropped at the end of the session."""
    name = f"wissensnetz-test-browser-{uuid.uuid4().hex[:8]}"
    yield name
    if os.environ.get("SEARCH_URL"):
        with override_settings(SEARCH_INDEX_NAME=name):
            engine_for_url(os.environ["SEARCH_URL"]).drop()


@pytest.fixture
def site(live_server, settings, browser_index_name):
    """A small but complete site (municipality, case study, lesson, contact) served by the live server.

    With SEARCH_URL the index sync writes to the browser tests' own alias, emptied again afterwards: the
    database is flushed after each of these tests, and the engine must not keep what it no longer holds.
    """
    from exchange.interchange.importer import import_document

    settings.SEARCH_INDEX_NAME = browser_index_name
    engines._configured_engine.cache_clear()
    import_document(SITE)  # committed, so the index sync has run (database engine, and SEARCH_URL's engine)
    engine = engines.get_engine()
    if hasattr(engine, "refresh"):
        engine.refresh()  # make the new documents visible to the remote engine's searches right away
    yield live_server
    if hasattr(engine, "refresh"):
        engine.delete_documents(engine.indexed_ids())
        engine.refresh()
    engines._configured_engine.cache_clear()
