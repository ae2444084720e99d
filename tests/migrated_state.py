"""The test database as the migrations leave it, saved once and put back after each transactional test.

Django's flush after a transactional test empties every table and then runs the `post_migrate` handlers, which
build the fixed top of the page tree again (thirteen published pages): about 1.3 s on SQLite and 5 s on
PostgreSQL, once per transactional test. Copying the saved rows back takes a few hundredths of a second, and
gives back exactly what the migrations left, including rows the migrations wrote themselves (Wagtail's root
page, default site, groups and workflow), which a flush loses for good.

The copies are plain tables in the test database itself (`migrated_state_<n>`), which no model names, so a
flush never touches them; the test database is dropped at the end of the run, and they with it.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import transaction

PREFIX = "migrated_state_"


class MigratedState:
    """The rows of every model's table at one moment, and the means to return the database to them."""

    def __init__(self, connection):
        self.connection = connection
        #: (table, copy, columns) for each table that held rows when the state was saved.
        self.copies = []

    def _tables(self):
        return sorted(self.connection.introspection.django_table_names(only_existing=True, include_views=False))

    def _derived_tables(self, cursor):
        """SQLite's virtual (FTS5) tables, which triggers fill from the rows of their index entries: copying
        them back as well would index every row twice."""
        if self.connection.vendor != "sqlite":
            return set()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        return {name for (name,) in cursor.fetchall()}

    def save(self):
        """Copy each non-empty table of the models into a table of its own (call before anything commits)."""
        quote = self.connection.ops.quote_name
        with self.connection.cursor() as cursor:
            derived = self._derived_tables(cursor)
            for number, table in enumerate(self._tables()):
                if table in derived:
                    continue
                cursor.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1")
                if cursor.fetchone() is None:
                    continue
                columns = [column.name for column in self.connection.introspection.get_table_description(cursor, table)]
                copy = f"{PREFIX}{number}"
                cursor.execute(f"DROP TABLE IF EXISTS {quote(copy)}")
                names = ", ".join(quote(column) for column in columns)
                cursor.execute(f"CREATE TABLE {quote(copy)} AS SELECT {names} FROM {quote(table)}")
                self.copies.append((table, copy, columns))

    def restore(self):
        """Empty the models' tables (as a flush does) and copy the saved rows back, in one transaction.

        Sequences are not reset, so rows created later never reuse an id of a saved row.
        """
        quote = self.connection.ops.quote_name
        flush = self.connection.ops.sql_flush(no_style(), self._tables(), reset_sequences=False, allow_cascade=False)
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            for statement in flush:
                cursor.execute(statement)
            for table, copy, columns in self.copies:
                names = ", ".join(quote(column) for column in columns)
                cursor.execute(f"INSERT INTO {quote(table)} ({names}) SELECT {names} FROM {quote(copy)}")
        ContentType.objects.clear_cache()
