"""The engine interface owns its policies: which engine answers when the remote one is down, and the cached
engine following its settings. An unreachable engine is a closed port.
"""

import os

import pytest
from django.test import override_settings

from exchange.models import Tag
from search.engines import (
    EngineUnavailable,
    SearchQuery,
    Suggestion,
    get_engine,
    index_engines,
)
from search.engines.database import DatabaseEngine
from search.engines.fallback import FallbackEngine
from tests.search.documents import doc

UNREACHABLE = "opensearch+http://127.0.0.1:9"


@pytest.fixture
def database_documents(db):
    """Two articles sharing a tag, in the database engine only."""
    Tag.objects.create(name="Glasfaser")
    DatabaseEngine().index_documents(
        [
            doc("page-1", title="Glasfaser für alle Dörfer", tags=["Glasfaser"], url="/glasfaser/"),
            doc("page-2", title="Glasfaserausbau im Kreis", tags=["Glasfaser"], url="/ausbau/"),
        ]
    )


# Falling back ------------------------------------------------------------------------------------------------


def test_unreachable_engine_answers_from_the_database_and_says_so(database_documents, settings):
    settings.SEARCH_URL = UNREACHABLE
    engine = get_engine()
    result = engine.search(SearchQuery(text="Glasfaser"))
    assert result.degraded and result.engine == "database" and result.count == 2
    suggestions = engine.suggest("glas")
    assert suggestions.degraded
    assert Suggestion(label="Glasfaser", kind="tag", url="/schlagworte/glasfaser/") in suggestions
    related = engine.related("page-1")
    assert related.degraded and [hit.id for hit in related] == ["page-2"]


def test_index_upkeep_does_not_fall_back(database_documents, settings):
    # The sync must see the outage, or the outbox would drop updates the remote engine never got.
    settings.SEARCH_URL = UNREACHABLE
    engine = get_engine()
    with pytest.raises(EngineUnavailable):
        engine.index_documents([doc("page-3")])
    with pytest.raises(EngineUnavailable):
        engine.delete_documents(["page-1"])
    with pytest.raises(EngineUnavailable):
        engine.rebuild([doc("page-3")], total=1)
    with pytest.raises(EngineUnavailable):
        engine.indexed_ids()
    assert DatabaseEngine().indexed_ids() == {"page-1", "page-2"}


def test_the_database_engine_answers_itself_when_no_remote_engine_is_configured(database_documents, settings):
    settings.SEARCH_URL = ""
    engine = get_engine()
    assert isinstance(engine, DatabaseEngine) and index_engines() == [engine]
    assert not engine.search(SearchQuery(text="Glasfaser")).degraded
    assert not engine.suggest("glas").degraded
    assert not engine.related("page-1").degraded


def test_a_reachable_engine_answers_itself(remote_engine, settings, db):
    settings.SEARCH_URL = os.environ["SEARCH_URL"]
    settings.SEARCH_INDEX_NAME = remote_engine.index_name
    engine = get_engine()
    result = engine.search(SearchQuery(text="Glasfaser"))
    assert not result.degraded and result.engine == engine.name != "database"
    assert not engine.suggest("glas").degraded
    assert not engine.related("page-1").degraded


# The cached engine follows its settings --------------------------------------------------------------------


def test_the_engine_follows_search_url_and_index_name(settings):
    settings.SEARCH_URL = UNREACHABLE
    settings.SEARCH_INDEX_NAME = "wissensnetz-test-one"
    first = get_engine()
    assert first is get_engine()
    settings.SEARCH_INDEX_NAME = "wissensnetz-test-two"
    second = get_engine()
    assert isinstance(second, FallbackEngine)
    assert (first.primary.index_name, second.primary.index_name) == ("wissensnetz-test-one", "wissensnetz-test-two")
    with override_settings(SEARCH_URL=""):
        assert isinstance(get_engine(), DatabaseEngine)
    assert get_engine().primary.index_name == "wissensnetz-test-two"


def test_the_engines_that_hold_documents(settings):
    settings.SEARCH_URL = UNREACHABLE
    database, remote = index_engines()
    assert isinstance(database, DatabaseEngine)
    assert remote is get_engine().primary
