"""The configured remote engine, with the database engine answering for it while it is unreachable.

This is the one place that decides what happens when Elasticsearch/OpenSearch is down: reading (search,
suggestions, related content) falls back to the database engine, which holds the same documents, and the
answer says so (`degraded`); a reader gets results and the page a notice instead of an error. Index upkeep
does not fall back: the sync must see `EngineUnavailable`, so that the outbox keeps the updates and retries.
"""

import dataclasses
import logging

from .base import Answer, EngineUnavailable, SearchEngine

logger = logging.getLogger(__name__)


class FallbackEngine(SearchEngine):
    """Reads from `primary`, or from `fallback` when `primary` raises EngineUnavailable; writes to `primary`."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def __repr__(self):
        return f"<FallbackEngine {self.primary!r}, else {self.fallback!r}>"

    def _read(self, what, read):
        """(answer, degraded): `read(engine)` from the primary engine, or from the fallback when it is down."""
        try:
            return read(self.primary), False
        except EngineUnavailable:
            logger.warning(
                "Search engine %s unavailable for %s; answering from the database", self.name, what, exc_info=True
            )
            return read(self.fallback), True

    # Reading: falls back, and says so --------------------------------------------------------------------

    def search(self, query):
        result, degraded = self._read("a search", lambda engine: engine.search(query))
        return dataclasses.replace(result, degraded=True) if degraded else result

    def suggest(self, prefix, limit=8):
        items, degraded = self._read("suggestions", lambda engine: engine.suggest(prefix, limit=limit))
        return Answer(items, degraded=degraded)

    def related(self, doc_id, limit=4):
        hits, degraded = self._read("related content", lambda engine: engine.related(doc_id, limit=limit))
        return Answer(hits, degraded=degraded)

    # Index upkeep: the primary engine only, so that an outage reaches the caller -------------------------------

    def index_documents(self, documents):
        return self.primary.index_documents(documents)

    def delete_documents(self, doc_ids):
        self.primary.delete_documents(doc_ids)

    def rebuild(self, documents, total, progress=None):
        return self.primary.rebuild(documents, total, progress=progress)

    def indexed_ids(self):
        return self.primary.indexed_ids()

    def ping(self):
        return self.primary.ping()

    def refresh(self):
        """Make recent writes to the primary engine searchable now (tests)."""
        self.primary.refresh()

    def drop(self):
        """Delete the primary engine's index (tests, or starting over)."""
        self.primary.drop()
