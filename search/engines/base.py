"""What every search engine offers: search with facets, suggestions, related content, and index upkeep.

The view and the sync code talk only to this interface, so they do not know which engine answers.
Documents are plain dicts built by `search.documents`.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

#: Facets, in display order. Values are keys/slugs (type key, topic slug, tag name, municipality slug,
#: municipality kind, "true"/"false" for funded, lesson kind, case-study status, year).
FACETS = ("type", "topic", "tag", "municipality", "kind", "funded", "lesson_kind", "status", "year")

#: Facet -> the search document field (search.documents) that holds its values, in every engine.
FACET_FIELDS = {
    "type": "type",
    "topic": "topics",
    "tag": "tags",
    "municipality": "municipality",
    "kind": "municipality_kind",
    "funded": "funded",
    "lesson_kind": "lesson_kind",
    "status": "status",
    "year": "year",
}

SORTS = ("relevance", "newest")


class EngineUnavailable(Exception):
    """The engine cannot be reached or refused the request; callers fall back or retry."""


@dataclass
class SearchQuery:
    """A validated search request (see search.forms)."""

    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> list of values (OR within, AND across)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10


@dataclass
class Hit:
    """One result, ready for the page and the JSON API. `snippet` is HTML with <mark> around matches."""

    id: str
    type: str
    slug: str
    title: str
    url: str
    municipality: str = ""
    municipality_slug: str = ""
    date: str | None = None
    snippet: str = ""
    score: float | None = None
    lesson_kind: str = ""  # "stumbling_block" or "booster" for lessons, so the badge can say which


@dataclass
class SearchResult:
    """Hits of one page plus facet counts computed from the same query."""

    query: SearchQuery
    engine: str
    count: int
    hits: list
    facets: dict  # facet name -> {value: count}
    took_ms: float | None = None
    suggestion: str | None = None


class SearchEngine(ABC):
    """One engine. `name` is "elasticsearch", "opensearch" or "database"."""

    name = "abstract"

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; raise EngineUnavailable when the engine cannot answer."""

    @abstractmethod
    def suggest(self, prefix: str, limit: int = 8) -> list:
        """Completions for what a reader is typing: [{"label", "kind": "title"|"tag", "url"}]."""

    @abstractmethod
    def related(self, doc_id: str, limit: int = 4) -> list:
        """Hits similar to the document `doc_id` (more-like-this or shared topics/tags)."""

    @abstractmethod
    def index_documents(self, documents) -> int:
        """Create or replace these documents; return how many were written."""

    @abstractmethod
    def delete_documents(self, doc_ids) -> None:
        """Remove documents by id; ids that are not indexed are ignored."""

    @abstractmethod
    def rebuild(self, documents, total: int, progress=None) -> dict:
        """Build a fresh index from `documents` and make it live atomically.

        `progress(done)` is called with the running count; returns {"index", "count", "seconds", …}.
        """

    @abstractmethod
    def indexed_ids(self) -> set:
        """Ids of all documents in the live index (for `search_index status`)."""

    def ping(self) -> bool:
        """Whether the engine answers at all."""
        return True
