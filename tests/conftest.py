"""Shared fixtures: media in a temporary folder, the fixed top of the page tree, and the demo site.

Tests that need an optional external service (a search engine at SEARCH_URL, Debian's Chromium, PostgreSQL) are
marked here, by the fixtures they use, to skip with the reason when that service is absent.

Expensive content is built once and shared, and the tests are ordered so that no test sees content it
did not ask for (pytest_collection_modifyitems):

1. database tests that ask for nothing shared start from the database as the migrations leave it;
2. then the tests that ask for `site_tree`, on one committed page tree (`committed_site_tree`);
3. then pytest-django's transactional tests, after each of which the database returns to the state the
   migrations left (`migrated_state`, in place of Django's flush), and the modules whose content is committed
   once for the module (`module_commits`), returned to that state the same way after it;
4. then the tests without a database;
5. last, the tests of the demo, loaded and committed once (`demo_database`) when the first of them starts.

Within a module, tests using a module-scoped fixture (content in a transaction kept open for the module)
come after the others. Every database test still runs in a transaction that is rolled back, so it may
change shared content freely. The order holds whatever the order of the tests in a file was.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection, transaction
from django.test import TransactionTestCase, override_settings

from home.site_structure import ensure_site_structure
from tests.migrated_state import MigratedState

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
NO_ENGINE = "SEARCH_URL not set: no Elasticsearch/OpenSearch to test against"
NO_CHROMIUM = f"Chromium not installed at {CHROMIUM} (apt-get install chromium); browser tests skipped"
NO_POSTGRESQL = "DATABASE_URL does not point at PostgreSQL: no row locks to test concurrency against"

#: A test that uses one of these fixtures needs that service: fixture name -> (service, reason to skip).
SERVICE_FIXTURES = {
    "remote_engine": ("SEARCH_URL", NO_ENGINE),
    "demo_engine": ("SEARCH_URL", NO_ENGINE),
    "engine_settings": ("SEARCH_URL", NO_ENGINE),
    "chromium": ("CHROMIUM", NO_CHROMIUM),
    "postgresql": ("POSTGRESQL", NO_POSTGRESQL),
}
#: A task queue that records tasks without running them.
RECORD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _service_present(service):
    if service == "SEARCH_URL":
        return bool(os.environ.get("SEARCH_URL"))
    if service == "POSTGRESQL":
        return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "pgsql://"))
    return CHROMIUM.exists()


def uses_demo(item):
    """Whether the test needs the session's demo (every demo fixture depends on `demo_database`)."""
    return "demo_database" in getattr(item, "fixturenames", ())


def uses_database(item):
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


def database_group(item):
    """pytest-django's order: 0 for database tests, 1 for transactional ones and those on a module's committed
    content (they flush it), 2 for the rest."""
    fixtures = set(getattr(item, "fixturenames", ()))
    marker = item.get_closest_marker("django_db")
    transaction_ = marker is not None and bool(
        marker.kwargs.get("transaction", marker.args[0] if marker.args else False)
        or marker.kwargs.get("reset_sequences")
    )
    if transaction_ or {"transactional_db", "live_server", "module_commits"} & fixtures:
        return 1
    return 0 if marker is not None or "db" in fixtures else 2


def uses_module_fixture(item):
    """Whether the test uses a fixture built once per module (e.g. content in a transaction kept open for the
    module): such tests run after the module's other tests, which then never see that content."""
    fixturedefs = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    return any(defs[-1].scope == "module" for defs in fixturedefs.values())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Mark each test that uses a service fixture with a skipif for that service; run demo tests last.

    Runs after pytest-django's ordering (database tests, transactional tests, the rest) and keeps it
    within each of the two groups, so the demo is loaded once, after the last transactional flush. A
    module's tests stay together; those using a module-scoped fixture come last in it.
    """
    for item in items:
        for name in getattr(item, "fixturenames", ()):
            if name in SERVICE_FIXTURES:
                service, reason = SERVICE_FIXTURES[name]
                item.add_marker(pytest.mark.skipif(not _service_present(service), reason=reason))
        if uses_demo(item) and item.get_closest_marker("django_db") is None:
            # The demo lives in the test database: without a database test in the run, none would be created.
            item.add_marker(pytest.mark.django_db)
    modules = {}
    for item in items:
        modules.setdefault(item.module, len(modules))
    # A module with module-scoped fixtures is not split, so no such fixture outlives its own tests.
    whole = {item.module for item in items if uses_module_fixture(item)}

    def order(item):
        group = database_group(item)
        shared_tree = group == 0 and "site_tree" in item.fixturenames and item.module not in whole
        return (uses_demo(item), group, shared_tree, modules[item.module], uses_module_fixture(item))

    items.sort(key=order)


class DemoDatabase:
    """The demo content committed to the test database, as `make demo` leaves it (content and database index).

    `documents` are its search documents, `index_stats` the figures of the database index rebuild,
    `media` the folder holding its image files.
    """

    def __init__(self, blocker, media):
        self.blocker = blocker
        self.media = media
        self.loaded = False
        self.documents = []
        self.index_stats = {}
        self._home_pk = None

    def load(self):
        """Load the demo in one transaction and build the database index from it.

        SEARCH_URL is blanked so no real engine is written to, and the task queue only records the index
        sync that the commit schedules, so the database index is the rebuild's work alone (the index
        updates stay pending, as after a load without a worker).
        """
        from exchange.demo.loader import load_demo
        from home.models import HomePage
        from search.documents import count_all_documents, iter_all_documents
        from search.engines.database import DatabaseEngine

        shutil.rmtree(self.media, ignore_errors=True)
        self.media.mkdir(parents=True)
        with (
            self.blocker.unblock(),
            override_settings(MEDIA_ROOT=self.media, SEARCH_URL="", TASKS=RECORD_TASKS),
            transaction.atomic(),
        ):
            load_demo()
            self.index_stats = DatabaseEngine().rebuild(iter_all_documents(), count_all_documents())
            self.documents = list(iter_all_documents())
            self._home_pk = HomePage.objects.get().pk
        self.loaded = True

    def present(self):
        """Whether the demo is still in the database (a transactional test's flush removes it)."""
        from home.models import HomePage

        with self.blocker.unblock():
            return HomePage.objects.filter(pk=self._home_pk).exists()


#: The session's demo once `demo_database` has loaded it (the hooks below need it outside fixtures).
_demo = None
#: The test being set up, so that `demo_database` can tell who asked for it.
_current_item = None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    """Before a test's fixtures: reload a flushed demo for a demo test; refuse an empty-database test after it."""
    global _current_item
    _current_item = item
    if _demo is not None and _demo.loaded:
        if uses_demo(item):
            if not _demo.present():
                _demo.load()
        elif uses_database(item) and _demo.present():
            pytest.fail(
                "A test that expects a database without the demo runs after the demo was loaded; "
                "tests/conftest.py orders demo tests last, so some plugin reordered the tests",
                pytrace=False,
            )
    return (yield)


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded and committed once per session when the first demo test starts; never unloaded."""
    global _demo
    if _current_item is not None and not uses_demo(_current_item):
        pytest.fail(
            f"{_current_item.nodeid} asks for the demo with request.getfixturevalue(); name the demo fixture "
            "as an argument so that the test is ordered with the other demo tests",
            pytrace=False,
        )
    _demo = DemoDatabase(django_db_blocker, tmp_path_factory.mktemp("demo-media"))
    _demo.load()
    yield _demo
    _demo = None


@pytest.fixture
def postgresql(transactional_db):
    """A committed PostgreSQL database, for tests of row locks between connections (skipped on other databases)."""
    return connection


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches, as right after its content was created.

    Content shared by several tests (the demo, a module's site) outlives the caches' entries for it, and the
    database reuses the ids of rolled-back rows: a cached rendition or site root of an earlier test must
    not answer for this one.
    """
    for cache in caches.all():
        if isinstance(cache, DatabaseCache):
            continue  # a cache in the database (the rate limits') needs database access: tests/subscriptions
        cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep uploaded files (images from factories, renditions) out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def demo(demo_database, db, media_root):
    """The session's demo, in this test's rolled-back transaction, with its image files in this test's media."""
    shutil.copytree(demo_database.media, media_root, dirs_exist_ok=True)
    return demo_database


@pytest.fixture(scope="session", autouse=True)
def migrated_state(request):
    """The test database as the migrations left it, saved before the first test; transactional tests and
    `module_commits` return to it instead of flushing (see tests/migrated_state.py).

    Saved at the start of the session, before any fixture opens a transaction or commits content; a run
    without database tests creates no database for it.
    """
    if not any(uses_database(item) or uses_demo(item) for item in request.session.items):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    state = MigratedState(connection)
    with request.getfixturevalue("django_db_blocker").unblock():
        state.save()

    def restore_instead_of_flush(test_case):
        state.restore()

    flush = TransactionTestCase._fixture_teardown
    TransactionTestCase._fixture_teardown = restore_instead_of_flush
    yield state
    TransactionTestCase._fixture_teardown = flush


@pytest.fixture(scope="module")
def module_commits(migrated_state, django_db_blocker, tmp_path_factory):
    """Lets a module-scoped fixture commit content that the module's tests share; removed after the module.

    For content only a committed database can hold (e.g. rows written between migrations, which SQLite
    cannot run in a transaction). Each test still runs in a transaction that is rolled back. The tests are
    ordered with the transactional ones and the module ends as they do, so later tests see the
    database as after any transactional test: as the migrations left it. Media go to a folder of the module's own.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("module-media")):
        yield
        migrated_state.restore()


@pytest.fixture(scope="session")
def committed_site_tree(django_db_setup, django_db_blocker):
    """The fixed top of the page tree, committed once for the tests that ask for `site_tree`.

    They run after the other database tests (and before the transactional ones, whose flush removes it).
    SEARCH_URL is blanked and the task queue only records, as for the demo. Inside a transaction that a
    fixture keeps open nothing can be committed, so then every test builds its own tree, as before.
    """
    with django_db_blocker.unblock():
        if connection.in_atomic_block:
            return
        with override_settings(SEARCH_URL="", TASKS=RECORD_TASKS):
            ensure_site_structure()


@pytest.fixture
def site_tree(committed_site_tree, db):
    """(home page, municipality index), as the importer and the demo loader create them."""
    return ensure_site_structure()
