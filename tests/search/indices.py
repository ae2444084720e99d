"""Index names for engine tests, and the check that a test run leaves no index behind on the engine.

Every index a run creates starts with the run's own SEARCH_INDEX_NAME (config/settings/test.py gives each
run a random one), so at the end the run finds what it left without touching other runs on the same node.
"""

import os
import uuid

import pytest
from django.conf import settings

from search.engines import engine_for_url
from tests.conftest import NO_ENGINE

#: The parameters of a fixture that gives each engine in turn: the remote one's tests are marked to skip
#: without SEARCH_URL, as tests/conftest.py marks the tests of the other engine fixtures.
BOTH_ENGINES = [
    "database",
    pytest.param("remote", marks=pytest.mark.skipif(not os.environ.get("SEARCH_URL"), reason=NO_ENGINE)),
]


def unique_index_name():
    """A fresh alias below the run's SEARCH_INDEX_NAME, for an engine a test builds and drops itself."""
    return f"{settings.SEARCH_INDEX_NAME}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def engine_settings(settings):
    """SEARCH_URL from the environment and a unique alias; the alias and its indices are dropped afterwards.

    Tests using it skip without SEARCH_URL (tests/conftest.py); import it into a test module or conftest.
    """
    settings.SEARCH_URL = os.environ["SEARCH_URL"]
    settings.SEARCH_INDEX_NAME = unique_index_name()
    yield settings
    engine_for_url(settings.SEARCH_URL, settings.SEARCH_INDEX_NAME).drop()


def run_indices(engine, prefix):
    """Names of all indices on the engine whose name starts with `prefix`."""
    return sorted(engine.client.indices.get(index=f"{prefix}*", expand_wildcards="all"))


@pytest.fixture(scope="session", autouse=True)
def no_index_left_behind():
    """At the end of the run, drop the run's own default alias (written by tests that publish content through
    the sync without an engine of their own), then fail if any other index of the run is left, and delete it."""
    prefix = settings.SEARCH_INDEX_NAME
    yield
    url = os.environ.get("SEARCH_URL")
    if not url:
        return
    engine = engine_for_url(url, prefix)
    if not engine.ping():
        return
    engine.drop()
    left = run_indices(engine, prefix)
    for index in left:
        engine.client.indices.delete(index=index, ignore_unavailable=True)
    assert not left, f"Tests left these indices on the search engine (now deleted): {', '.join(left)}"
