"""What every search engine offers: search with facets, suggestions, related content, and index upkeep.

The view and the sync code talk only to this interface, so they do not know which engine answers. Every
engine indexes the same `Document`s (built by `search.documents`) and answers with the same types in the
same order: `SearchResult` with `Hit`s, `Suggestion`s, and related `Hit`s. Reading answers also say
whether the database engine gave them in place of the configured one (`degraded`, see `fallback`).
"""

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, TypedDict

#: Facets, in display order. Values are keys/slugs (type key, topic slug, tag name, municipality slug,
#: municipality kind, "true"/"false" for funded, lesson kind, lesson phase and cause, case-study status, year).
FACETS = ("type", "topic", "tag", "municipality", "kind", "funded", "lesson_kind", "phase", "cause", "status", "year")

#: Facet -> the search document field (search.documents) that holds its values, in every engine.
FACET_FIELDS = {
    "type": "type",
    "topic": "topics",
    "tag": "tags",
    "municipality": "municipality",
    "kind": "municipality_kind",
    "funded": "funded",
    "lesson_kind": "lesson_kind",
    "phase": "phase",
    "cause": "cause",
    "status": "status",
    "year": "year",
}

SORTS = ("relevance", "newest")

#: Length of a hit's snippet in characters, in every engine (highlighted excerpt or the start of the text).
SNIPPET_CHARS = 220


class Document(TypedDict):
    """One search document: a flat dict per live content page, municipality and contact (search.documents).

    Every engine indexes exactly these keys; facet values are the keys of `FACET_FIELDS`' fields.
    """

    id: str  # "page-<pk>" or "contact-<pk>"
    type: str  # a content type key, "municipality" or "contact"
    slug: str
    title: str
    summary: str
    body: str
    topics: list[str]  # topic slugs
    topic_names: list[str]
    tags: list[str]  # tag names as written
    municipality: str  # slug, "" for none
    municipality_name: str
    municipality_kind: str
    state: str
    funded: bool | None
    lesson_kind: str
    phase: str  # a ProjectPhase key, lessons only ("" for none)
    cause: str  # a LessonCause key, lessons only ("" for none)
    status: str
    date: str | None  # ISO date
    year: int | None
    last_reviewed: str | None  # ISO date the content was last confirmed current; only for tracked types
    url: str


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
    #: Only these document ids (empty: all): asks whether given documents are among a query's results,
    #: as a saved search does for new pages (subscriptions.matching).
    within: tuple[str, ...] = ()


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
    last_reviewed: str | None = None  # ISO date: "Zuletzt geprüft" of case studies and lessons


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
    degraded: bool = False  # the database engine answered because the configured engine is unreachable


@dataclass(frozen=True)
class Suggestion:
    """A completion for what a reader is typing: a title (linking to its page) or a tag (its listing)."""

    label: str
    kind: Literal["title", "tag"]
    url: str


class Answer(list):
    """Suggestions or related hits, and whether the database engine gave them in place of the configured
    engine (`degraded`), as `SearchResult.degraded` says for a search."""

    def __init__(self, items=(), *, degraded=False):
        super().__init__(items)
        self.degraded = degraded


class SearchEngine(ABC):
    """One engine. `name` is "elasticsearch", "opensearch" or "database"."""

    name = "abstract"

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; raise EngineUnavailable when the engine cannot answer."""

    @abstractmethod
    def suggest(self, prefix: str, limit: int = 8) -> Answer:
        """Completions for what a reader is typing, in the order of `search.engines.suggestions`."""

    @abstractmethod
    def related(self, doc_id: str, limit: int = 4) -> Answer:
        """Hits similar to the document `doc_id` (more-like-this or shared topics/tags)."""

    @abstractmethod
    def index_documents(self, documents: Iterable[Document]) -> int:
        """Create or replace these documents; return how many were written."""

    @abstractmethod
    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        """Remove documents by id; ids that are not indexed are ignored."""

    @abstractmethod
    def rebuild(self, documents: Iterable[Document], total: int, progress: Callable[[int], None] | None = None) -> dict:
        """Build a fresh index from `documents` and make it live atomically.

        `progress(done)` is called with the running count; returns {"index", "count", "seconds", …}.
        """

    @abstractmethod
    def indexed_ids(self) -> set:
        """Ids of all documents in the live index (for `search_index status`)."""

    def ping(self) -> bool:
        """Whether the engine answers at all."""
        return True

    def refresh(self) -> None:
        """Make recent writes searchable now; a no-op where writes are searchable at once."""
        return None
