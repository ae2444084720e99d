"""Search engines behind one small interface; `get_engine()` picks the one SEARCH_URL names."""

from functools import lru_cache

from django.conf import settings

from .base import EngineUnavailable, Hit, SearchEngine, SearchQuery, SearchResult

__all__ = ["EngineUnavailable", "Hit", "SearchEngine", "SearchQuery", "SearchResult", "get_engine", "engine_for_url"]


def engine_for_url(url):
    """The engine for a SEARCH_URL: `elasticsearch+http://…`, `opensearch+http://…`, or empty for the database."""
    if not url:
        from .database import DatabaseEngine

        return DatabaseEngine()
    scheme, _, rest = url.partition("+")
    if scheme in ("elasticsearch", "opensearch") and rest:
        from .remote import RemoteEngine

        return RemoteEngine(flavour=scheme, url=rest, index_name=settings.SEARCH_INDEX_NAME)
    raise ValueError(f"SEARCH_URL must start with elasticsearch+ or opensearch+, got {url!r}")


@lru_cache(maxsize=1)
def _configured_engine(url):
    return engine_for_url(url)


def get_engine():
    """The configured engine (cached per process)."""
    return _configured_engine(settings.SEARCH_URL)
