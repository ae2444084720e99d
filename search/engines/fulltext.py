"""The database engine's full text: an SQLite FTS5 table, or PostgreSQL tsvector columns with GIN indexes.

Both hold terms already analysed in Python (search.german), keyed by `SearchDocument.id`, so the two
databases match the same terms; each only contributes its index and its ranking (FTS5's bm25, PostgreSQL's
ts_rank with field weights). The table is created by the migration `search.0002_database_index`.
A query comes in as `QueryWord`s, whose terms contain only letters and digits, so no reader input can
reach either query syntax. A word matches by any of its terms, by all of its compound parts together, by
all of its words (a term of several, search.vocabulary), or by any of its synonyms (all stems of one).
"""

import json
from abc import ABC, abstractmethod

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

TABLE = "search_fulltext"
#: Text columns and their weights (a word in the title says more than one in the body), as the remote engine.
WEIGHTS = {"title": 4.0, "summary": 2.0, "tags": 3.0, "topics": 2.0, "municipality": 1.0, "body": 1.0}
#: Analysed text beyond this many characters is not indexed (PostgreSQL's tsvector holds at most 1 MB).
MAX_TEXT = 200_000


class FullText(ABC):
    """What the engine needs from a full-text table; one subclass per database."""

    #: The query syntax's operators and how it writes a term that must match whole or as a word start.
    AND = OR = ""

    @staticmethod
    @abstractmethod
    def _term(term, prefix):
        """One term in the query syntax."""

    def _word(self, word):
        """One query word: any of its terms, all its parts, all its words, or any of its synonyms."""
        alternatives = [self._term(term, prefix) for term, prefix in word.alternatives()]
        together = [word.parts] if word.parts else []
        together += [synonym for synonym in word.synonyms if synonym]
        for stems in together:
            alternatives.append("(" + self.AND.join(self._term(stem, False) for stem in stems) + ")")
        if word.words:
            alternatives.append("(" + self.AND.join(self._word(each) for each in word.words) + ")")
        return "(" + self.OR.join(alternatives) + ")"

    @abstractmethod
    def write(self, rows):
        """Replace the entries of `rows`: [(document id, {column: terms}, completion words)]."""

    @abstractmethod
    def delete(self, ids):
        """Remove the entries of these document ids (before their rows are deleted)."""

    @abstractmethod
    def match(self, query_words, operator):
        """(sql, params) selecting (document_id, score) of the documents that match; higher scores first."""

    @abstractmethod
    def completes(self, prefix):
        """(sql, params) selecting the document ids whose title has a word starting with the folded `prefix`."""

    @abstractmethod
    def id_list(self, ids):
        """(sql, params) selecting the given ids, as one parameter however many there are."""

    @staticmethod
    def _execute_many(sql, params):
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)


class SqliteFullText(FullText):
    """An FTS5 table with one column per field plus `completion`; its rowid is the document id."""

    COLUMNS = (*WEIGHTS, "completion")
    AND, OR = " AND ", " OR "

    @staticmethod
    def _term(term, prefix):
        return f'"{term}"*' if prefix else f'"{term}"'

    def write(self, rows):
        self.delete([row[0] for row in rows])
        placeholders = ", ".join(["%s"] * (len(self.COLUMNS) + 1))
        sql = f"INSERT INTO {TABLE} (rowid, {', '.join(self.COLUMNS)}) VALUES ({placeholders})"
        self._execute_many(
            sql,
            [
                [pk, *(columns.get(name, "")[:MAX_TEXT] for name in WEIGHTS), completion]
                for pk, columns, completion in rows
            ],
        )

    def delete(self, ids):
        sql, params = self.id_list(ids)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({sql})", params)

    def _expression(self, query_words, operator):
        groups = [self._word(word) for word in query_words]
        columns = " ".join(WEIGHTS)
        return f"{{{columns}}} : ({f' {operator.upper()} '.join(groups)})"

    def match(self, query_words, operator):
        weights = ", ".join(str(weight) for weight in (*WEIGHTS.values(), 0.0))
        sql = f"SELECT rowid, -bm25({TABLE}, {weights}) FROM {TABLE} WHERE {TABLE} MATCH %s"
        return sql, [self._expression(query_words, operator)]

    def completes(self, prefix):
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [f'{{completion}} : "{prefix}"*']

    def id_list(self, ids):
        return "SELECT value FROM json_each(%s)", [json.dumps(list(ids))]


class PostgresFullText(FullText):
    """tsvector columns of the document table ('simple' configuration: the terms are already analysed) with
    GIN indexes; the columns are added by the migration, not the model, since SQLite has no such type.

    PostgreSQL has four weights: A title, B tags, C summary and topics, D body and municipality.
    """

    DOCUMENTS = "search_searchdocument"
    RANK_WEIGHTS = "{0.25, 0.5, 0.75, 1.0}"  # D, C, B, A
    AND, OR = " & ", " | "

    @staticmethod
    def _term(term, prefix):
        return f"'{term}':*" if prefix else f"'{term}'"

    def write(self, rows):
        vector = " || ".join(f"setweight(to_tsvector('simple', %s), '{weight}')" for weight in "ABCD")
        sql = f"UPDATE {self.DOCUMENTS} SET terms = {vector}, completion = to_tsvector('simple', %s) WHERE id = %s"
        params = []
        for pk, columns, completion in rows:
            text = {name: columns.get(name, "")[:MAX_TEXT] for name in WEIGHTS}
            params.append(
                [
                    text["title"],
                    text["tags"],
                    f"{text['summary']} {text['topics']}",
                    f"{text['body']} {text['municipality']}",
                    completion[:MAX_TEXT],
                    pk,
                ]
            )
        self._execute_many(sql, params)

    def delete(self, ids):
        """Nothing to do: the vectors go with their document rows."""

    def _tsquery(self, query_words, operator):
        joiner = self.AND if operator == "and" else self.OR
        return joiner.join(self._word(word) for word in query_words)

    def match(self, query_words, operator):
        sql = (
            f"SELECT id, ts_rank('{self.RANK_WEIGHTS}', terms, query) "
            f"FROM {self.DOCUMENTS}, to_tsquery('simple', %s) query WHERE terms @@ query"
        )
        return sql, [self._tsquery(query_words, operator)]

    def completes(self, prefix):
        return f"SELECT id FROM {self.DOCUMENTS} WHERE completion @@ to_tsquery('simple', %s)", [f"'{prefix}':*"]

    def id_list(self, ids):
        return "SELECT unnest(%s::bigint[])", [list(ids)]


def fulltext():
    """The full-text table of the database in use."""
    if connection.vendor == "sqlite":
        return SqliteFullText()
    if connection.vendor == "postgresql":
        return PostgresFullText()
    raise ImproperlyConfigured(f"The database search engine supports SQLite and PostgreSQL, not {connection.vendor}.")
