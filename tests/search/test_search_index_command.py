"""`manage.py search_index rebuild|status` against a real engine (skips without SEARCH_URL)."""

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from search.engines import SearchQuery, engine_for_url, get_engine
from search.models import IndexUpdate
from tests.search.indices import run_indices, unique_index_name


@pytest.fixture
def demo_site(demo):
    """The demo in the test database (the session's, in this test's transaction), loaded without reaching any engine."""
    return demo


def test_rebuild_then_status_is_in_sync(engine_settings, demo_site, capsys):
    call_command("search_index", "rebuild", "--no-progress")
    assert "Dokumente in" in capsys.readouterr().out
    call_command("search_index", "status")
    out = capsys.readouterr().out
    assert "aktuell" in out
    assert f"Analyseprofil: {engine_for_url(engine_settings.SEARCH_URL).analysis_profile()}" in out


def test_status_lists_missing_ids_and_fails(engine_settings, demo_site, capsys):
    call_command("search_index", "rebuild", "--no-progress")
    engine = engine_for_url(engine_settings.SEARCH_URL)
    doc_id = sorted(engine.indexed_ids())[0]
    engine.delete_documents([doc_id])
    engine.refresh()
    with pytest.raises(CommandError) as error:
        call_command("search_index", "status")
    assert error.value.returncode == 1
    assert doc_id in capsys.readouterr().out


def test_updates_pending_after_a_rebuild_go_to_the_alias_now_configured(engine_settings, demo_site):
    # The demo's updates were never synced; the rebuild applies them through the configured engine. An
    # engine cached for an earlier alias (ready, and dropped since) must not receive them: its bulk write
    # would create an index of that name that nothing deletes.
    earlier = unique_index_name()
    with override_settings(SEARCH_INDEX_NAME=earlier):
        get_engine().search(SearchQuery())
        get_engine().drop()
    assert IndexUpdate.objects.exists()
    call_command("search_index", "rebuild", "--no-progress")
    assert not IndexUpdate.objects.exists()
    engine = engine_for_url(engine_settings.SEARCH_URL, engine_settings.SEARCH_INDEX_NAME)
    assert run_indices(engine, earlier) == []
    assert run_indices(engine, engine_settings.SEARCH_INDEX_NAME) == engine._aliased_indices()


def test_unreachable_engine_names_search_url(db, settings):
    settings.SEARCH_URL = "opensearch+http://127.0.0.1:1"
    with pytest.raises(CommandError, match="SEARCH_URL='opensearch\\+http://127.0.0.1:1'"):
        call_command("search_index", "status")


def test_rebuild_without_search_url_fills_the_database_engine(demo_site, settings, capsys):
    settings.SEARCH_URL = ""
    call_command("search_index", "rebuild", "--no-progress")
    assert "SearchDocument" in capsys.readouterr().out
    call_command("search_index", "status")
    out = capsys.readouterr().out
    assert "aktuell" in out
    assert "Analyseprofil" not in out
