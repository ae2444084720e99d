"""Import cost grows by a few statements per new item and not at all per unchanged item.

The full-size figure (10,000 items) comes from scripts/bench/import_scale.py; these tests keep the
per-item cost from creeping back (it was about 270 statements per item).
"""

import copy

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exchange.interchange.importer import import_document
from tests.exchange.test_import_export import good_document

pytestmark = pytest.mark.django_db

#: Statements a further new item may cost: its three page rows and a savepoint around them (about 5.2 are
#: measured), with room for one more; revisions, tags, topics, history, indexes and the search outbox are
#: written in bulk.
STATEMENTS_PER_NEW_ITEM = 7


def items(count, prefix):
    """`count` items of all five types, copies of the good document's, under new slugs."""
    templates = good_document()["items"]
    result = []
    for number in range(count):
        entry = copy.deepcopy(templates[number % len(templates)])
        entry.update(slug=f"{prefix}-{number}", title=f"{entry['title']} {number}", related_case_study="")
        result.append(entry)
    return {"items": result}


def statements(document):
    with CaptureQueriesContext(connection) as queries:
        import_document(document)
    return len(queries.captured_queries)


@pytest.fixture
def site():
    """The good document imported once: municipality, contacts, topics and tags exist."""
    import_document(good_document())


def test_each_further_new_item_costs_a_few_statements(site):
    ten = statements(items(10, "a"))
    fifty = statements(items(50, "b"))

    assert (fifty - ten) / 40 <= STATEMENTS_PER_NEW_ITEM


def test_unchanged_items_cost_no_statements_of_their_own(site):
    import_document(items(50, "c"))

    assert statements(items(50, "c")) == statements(items(10, "c"))
