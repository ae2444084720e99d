"""Both engines answer alike: the same suggestions in the same order, snippets cut to the same length.

Runs against a real node with the demo corpus in both engines (skips without SEARCH_URL).
"""

import os

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils.html import strip_tags

from exchange.demo.loader import load_demo
from search.documents import iter_all_documents
from search.engines import SearchQuery, engine_for_url
from search.engines.base import SNIPPET_CHARS
from search.engines.database import DatabaseEngine
from tests.conftest import NO_ENGINE
from tests.search.indices import unique_index_name

pytestmark = [
    pytest.mark.skipif(not os.environ.get("SEARCH_URL"), reason=NO_ENGINE),
    pytest.mark.django_db,
]


@pytest.fixture(scope="module")
def demo_in_both(django_db_setup, django_db_blocker, tmp_path_factory):
    """(database engine, remote engine) holding the same demo documents; the demo stays in the database
    (for tag links) until the module is done, then it is rolled back and the remote index dropped."""
    remote = engine_for_url(os.environ["SEARCH_URL"], unique_index_name())
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, SEARCH_URL=""), transaction.atomic():
        load_demo()
        documents = list(iter_all_documents())
        DatabaseEngine().rebuild(documents, len(documents))
        try:
            remote.rebuild(documents, len(documents))
            yield DatabaseEngine(), remote
        finally:
            remote.drop()
            transaction.set_rollback(True)


#: Prefixes whose completion needs the engine to fold umlauts and ß as Python does (German analysis profile).
FOLDED = [pytest.param(prefix, marks=pytest.mark.german_analysis) for prefix in ("bür", "Buer", "Straßen")]


@pytest.mark.parametrize("prefix", [*FOLDED, "pegel", "digi", "Mobil", "Hochwasser", "ki", "x"])
def test_both_engines_suggest_the_same_in_the_same_order(demo_in_both, prefix):
    database, remote = demo_in_both
    suggested = database.suggest(prefix)
    assert remote.suggest(prefix) == suggested
    assert [item.kind for item in suggested] == sorted((item.kind for item in suggested), key=("title", "tag").index)
    assert all(item.url.startswith("/schlagworte/") for item in suggested if item.kind == "tag")


def test_both_engines_cut_snippets_alike(demo_in_both):
    database, remote = demo_in_both
    listing = SearchQuery(per_page=200)
    expected = {hit.id: hit.snippet for hit in database.search(listing).hits}
    assert {hit.id: hit.snippet for hit in remote.search(listing).hits} == expected
    for engine in demo_in_both:
        for hit in engine.search(SearchQuery(text="Pegelsensoren Hochwasser", per_page=20)).hits:
            assert len(strip_tags(hit.snippet)) <= SNIPPET_CHARS + 40, (engine.name, hit.snippet)
