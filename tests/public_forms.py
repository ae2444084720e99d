"""Shared parts of the tests of the public forms that take personal data (subscribing, registering for an
event, asking a contact): a clean slate for the rate limits, and a look into every table for what is left."""

import pytest
from django.core.cache import caches
from django.db import connection


@pytest.fixture(autouse=True)
def no_rate_limits_counted(db):
    """No posts counted against the rate limits yet: they count in the database cache, and a transactional
    test's clean-up leaves the cache table as it is. Autouse for the tests of each conftest that imports it."""
    caches["ratelimit"].clear()


def tables_holding(value):
    """The tables (the task queue's too) with a row that holds `value` in any column; the rate limits' cache
    is left out (its keys are hashes that expire)."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table == "ratelimit_cache":
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            if any(value in str(column) for row in cursor.fetchall() for column in row):
                found.append(table)
    return found
