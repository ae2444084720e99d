"""Which analysis profile the remote engine gives a new index: German where the node has analysis-common and
mapper-extras (OpenSearch), portable where it lacks them (Elasticsearch's integ-test distribution), or what
SEARCH_ANALYSIS says. Against real nodes: each flavour's test runs when SEARCH_URL names that flavour."""

import os

import pytest

from search.analysis import GERMAN, GERMAN_MODULES, PORTABLE, index_settings
from search.engines import engine_for_url

FLAVOUR = os.environ.get("SEARCH_URL", "").partition("+")[0]


def node_modules(engine):
    """The names of the modules and plugins on every node of the engine's cluster."""
    nodes = engine.client.nodes.info(metric="plugins")
    nodes = getattr(nodes, "body", nodes)["nodes"].values()
    return {item["name"] for node in nodes for item in (*node.get("modules", []), *node.get("plugins", []))}


@pytest.mark.skipif(
    FLAVOUR != "elasticsearch",
    reason="SEARCH_URL names no Elasticsearch node (`make test-elasticsearch` starts one)",
)
def test_elasticsearch_without_analysis_common_gets_the_portable_profile(remote_engine):
    assert not node_modules(remote_engine) & set(GERMAN_MODULES)
    assert remote_engine.analysis_profile() == PORTABLE
    assert remote_engine.index_profile() == PORTABLE


@pytest.mark.skipif(
    FLAVOUR != "opensearch",
    reason="SEARCH_URL names no OpenSearch node (`scripts/search-engine start` starts one)",
)
def test_opensearch_gets_the_german_profile(remote_engine):
    assert node_modules(remote_engine).issuperset(GERMAN_MODULES)
    assert remote_engine.analysis_profile() == GERMAN
    assert remote_engine.index_profile() == GERMAN


def test_the_setting_overrides_the_detection(remote_engine, settings):
    settings.SEARCH_ANALYSIS = PORTABLE
    assert remote_engine.index_profile() == PORTABLE


def test_an_unknown_profile_is_refused_before_the_engine_is_asked(settings):
    settings.SEARCH_ANALYSIS = "english"
    engine = engine_for_url("opensearch+http://127.0.0.1:9", "wissensnetz-never-created")
    with pytest.raises(ValueError, match="SEARCH_ANALYSIS"):
        engine.analysis_profile()
    with pytest.raises(ValueError, match="analysis profile"):
        index_settings(profile="english")
