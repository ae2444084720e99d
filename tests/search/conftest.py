"""Fixtures for search tests: a real Elasticsearch/OpenSearch on a throw-away index, and the demo corpus.

Engine tests need SEARCH_URL (e.g. `SEARCH_URL=$(scripts/search-engine url)`) and skip without it. Each
engine gets its own alias below the run's SEARCH_INDEX_NAME (`indices.py`), so tests never touch another
index on a shared node, and the run fails if it leaves one behind. The demo corpus comes from the session's
demo (tests/conftest.py), and its engine index is built once per session and dropped at the end.
"""

import os

import pytest

from search.engines import SearchQuery, engine_for_url
from search.engines.database import DatabaseEngine

from .indices import BOTH_ENGINES, engine_settings, no_index_left_behind, unique_index_name  # noqa: F401 (fixtures)


def make_engine():
    """An engine for SEARCH_URL on a fresh, unique alias (tests using it skip without SEARCH_URL: tests/conftest.py)."""
    return engine_for_url(os.environ["SEARCH_URL"], unique_index_name())


@pytest.fixture
def remote_engine():
    """An empty engine of its own, dropped afterwards (for tests that write)."""
    engine = make_engine()
    yield engine
    engine.drop()


@pytest.fixture(scope="session")
def demo_documents(demo_database):
    """The search documents of the demo corpus (a list shared by the session: do not change it)."""
    return demo_database.documents


@pytest.fixture
def demo_index(demo):
    """The demo with its database index, in this test's transaction; the figures of the index rebuild."""
    return demo.index_stats


@pytest.fixture(scope="session")
def demo_engine(demo_documents):
    """An engine holding the demo corpus, shared by the session's read-only tests and dropped at its end.

    Tests using it skip without SEARCH_URL before any fixture is set up, so the demo is not loaded then.
    """
    engine = make_engine()
    engine.rebuild(demo_documents, total=len(demo_documents))
    yield engine
    engine.drop()


@pytest.fixture(params=BOTH_ENGINES)
def demo_engines(request):
    """Each engine holding the demo corpus in turn, for tests that both must pass: the database engine, then
    the remote engine at SEARCH_URL (that run skips without it)."""
    if request.param == "remote":
        request.getfixturevalue("db")
        return request.getfixturevalue("demo_engine")
    request.getfixturevalue("demo_index")
    return DatabaseEngine()


@pytest.fixture(params=BOTH_ENGINES)
def each_engine(request):
    """Each engine in turn, empty: the database engine (in this test's transaction), then a remote engine of
    its own at SEARCH_URL (that run skips without it). Fill it with `holding()`."""
    if request.param == "remote":
        return request.getfixturevalue("remote_engine")
    request.getfixturevalue("db")
    return DatabaseEngine()


def holding(engine, documents):
    """The engine with `documents` indexed and searchable."""
    engine.index_documents(documents)
    engine.refresh()
    return engine


def ids(engine, text):
    """The ids of the hits of a search for `text`, best first."""
    return [hit.id for hit in engine.search(SearchQuery(text=text)).hits]
