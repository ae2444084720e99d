"""`migrate` builds the fixed top of the page tree, so every database that is migrated has it."""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from .site_structure import ensure_site_structure


def build_site_structure(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """After `migrate` (and after a test database is flushed), create whatever of the fixed tree is missing.

    Skipped while a migration is unapplied (`migrate exchange 0001`): the tables may not match the models then.
    """
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return
    ensure_site_structure()
