"""Fixtures for the tests of data migrations, which migrate a database with data back and forward."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from .migrating import migrate_to_latest


@pytest.fixture
def executor(site_tree):
    """A migration executor; whatever the test does, the database ends at the latest migrations."""
    executor = MigrationExecutor(connection)
    yield executor
    migrate_to_latest(executor)
