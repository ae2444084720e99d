"""The remote engine's full rebuild against a real node: parallel bulk requests into a fresh index, with
refresh and replicas off while loading, restored before the alias swap (skips without SEARCH_URL)."""

import pytest

from search.engines import EngineUnavailable, SearchQuery, engine_for_url
from search.engines.remote import REBUILD_CHUNK
from tests.search.documents import doc

from .indices import run_indices


@pytest.fixture
def engine(engine_settings):
    return engine_for_url(engine_settings.SEARCH_URL, engine_settings.SEARCH_INDEX_NAME)


def index_settings(engine, index):
    return engine.client.indices.get_settings(index=index)[index]["settings"]["index"]


def documents(count, prefix="page"):
    return [doc(f"{prefix}-{i}", title=f"Glasfaserausbau in Ort {i}") for i in range(count)]


def test_rebuild_of_several_chunks_indexes_every_document(engine):
    total = 2 * REBUILD_CHUNK + 7  # several requests in flight, and a last, partial one
    stats = engine.rebuild(documents(total), total=total)
    assert stats["count"] == total
    assert engine.client.count(index=engine.index_name)["count"] == total
    assert engine.indexed_ids() == {f"page-{i}" for i in range(total)}


def test_rebuild_restores_refresh_translog_and_the_configured_replicas(engine, engine_settings):
    engine_settings.SEARCH_INDEX_REPLICAS = 1  # a single node leaves the replica unassigned, which is fine
    stats = engine.rebuild(documents(3), total=3)
    index = index_settings(engine, stats["index"])
    assert "refresh_interval" not in index and "translog" not in index  # back to the engine's defaults
    assert index["number_of_replicas"] == "1"
    assert engine.search(SearchQuery()).count == 3  # refreshed before the swap: searchable at once


def test_refused_document_aborts_the_rebuild_and_keeps_the_old_index(engine):
    engine.rebuild(documents(5, prefix="old"), total=5)
    (old,) = engine._aliased_indices()
    broken = [*documents(REBUILD_CHUNK + 10), doc("page-broken", date="kein Datum")]
    with pytest.raises(EngineUnavailable):
        engine.rebuild(broken, total=len(broken))
    assert engine._aliased_indices() == [old]
    assert run_indices(engine, engine.index_name) == [old]  # the half-built index is gone
    assert engine.indexed_ids() == {f"old-{i}" for i in range(5)}
