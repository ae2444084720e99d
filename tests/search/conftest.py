"""Fixtures for search tests: a real Elasticsearch/OpenSearch on a throw-away index, and the demo corpus.

Engine tests need SEARCH_URL (e.g. `SEARCH_URL=$(scripts/search-engine url)`) and skip without it. Each
engine gets its own alias below the run's SEARCH_INDEX_NAME (`indices.py`), so tests never touch another
index on a shared node, and the run fails if it leaves one behind.
"""

import os

import pytest
from django.db import transaction
from django.test import override_settings

from search.engines import engine_for_url

from .indices import no_index_left_behind, unique_index_name  # noqa: F401 (an autouse fixture)


def make_engine():
    """An engine for SEARCH_URL on a fresh, unique alias (tests using it skip without SEARCH_URL: tests/conftest.py)."""
    return engine_for_url(os.environ["SEARCH_URL"], unique_index_name())


@pytest.fixture
def remote_engine():
    """An empty engine of its own, dropped afterwards (for tests that write)."""
    engine = make_engine()
    yield engine
    engine.drop()


@pytest.fixture(scope="module")
def demo_documents(django_db_setup, django_db_blocker, tmp_path_factory):
    """The search documents of the demo corpus, built once per module.

    The demo is loaded inside a transaction that is rolled back, so the database is clean for other tests;
    media go to a temporary folder, and SEARCH_URL is blanked so no index sync reaches a real engine.
    """
    from exchange.demo.loader import load_demo
    from search.documents import iter_all_documents

    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, SEARCH_URL=""), transaction.atomic():
        load_demo()
        documents = list(iter_all_documents())
        transaction.set_rollback(True)
    return documents


@pytest.fixture(scope="module")
def demo_engine(request):
    """An engine holding the demo corpus, shared by a module's read-only tests.

    The engine comes first, so without SEARCH_URL the test skips before the demo is loaded.
    """
    engine = make_engine()
    demo_documents = request.getfixturevalue("demo_documents")
    engine.rebuild(demo_documents, total=len(demo_documents))
    yield engine
    engine.drop()
