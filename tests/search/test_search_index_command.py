"""`manage.py search_index rebuild|status` against a real engine (skips without SEARCH_URL)."""

import os
import uuid

import pytest
from django.core.management import CommandError, call_command

from search import engines
from search.engines import engine_for_url


@pytest.fixture
def demo_site(demo):
    """The demo in the test database (the session's, in this test's transaction), loaded without reaching any engine."""
    return demo


@pytest.fixture
def engine_settings(settings):
    """SEARCH_URL from the environment and a unique alias; the alias is dropped afterwards.

    The configured engine is forgotten before and after, so the index sync the command runs after a rebuild
    writes to this alias and no engine object of a dropped alias outlives the test (it would recreate it).
    """
    settings.SEARCH_URL = os.environ["SEARCH_URL"]
    settings.SEARCH_INDEX_NAME = f"wissensnetz-test-{uuid.uuid4().hex[:8]}"
    engines._configured_engine.cache_clear()
    yield settings
    engine_for_url(settings.SEARCH_URL).drop()
    engines._configured_engine.cache_clear()


def test_rebuild_then_status_is_in_sync(engine_settings, demo_site, capsys):
    call_command("search_index", "rebuild", "--no-progress")
    assert "Dokumente in" in capsys.readouterr().out
    call_command("search_index", "status")
    assert "aktuell" in capsys.readouterr().out


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


def test_unreachable_engine_names_search_url(db, settings):
    settings.SEARCH_URL = "opensearch+http://127.0.0.1:1"
    with pytest.raises(CommandError, match="SEARCH_URL='opensearch\\+http://127.0.0.1:1'"):
        call_command("search_index", "status")


def test_rebuild_without_search_url_fills_the_database_engine(demo_site, settings, capsys):
    settings.SEARCH_URL = ""
    call_command("search_index", "rebuild", "--no-progress")
    assert "SearchDocument" in capsys.readouterr().out
    call_command("search_index", "status")
    assert "aktuell" in capsys.readouterr().out
