"""Search engines behind one small interface; `get_engine()` picks the one SEARCH_URL names.

The engine is cached per process, keyed on the settings it is built from, and the cache is cleared when a
test changes them.
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from .base import Answer, Document, EngineUnavailable, Hit, SearchEngine, SearchQuery, SearchResult, Suggestion

__all__ = [
    "Answer",
    "Document",
    "EngineUnavailable",
    "Hit",
    "SearchEngine",
    "SearchQuery",
    "SearchResult",
    "Suggestion",
    "engine_for_url",
    "get_engine",
]

#: The settings an engine is built from; changing one of them (tests) builds a new engine.
ENGINE_SETTINGS = ("SEARCH_URL", "SEARCH_INDEX_NAME")


def engine_for_url(url, index_name=None):
    """The engine for a SEARCH_URL: `elasticsearch+http://…`, `opensearch+http://…`, or empty for the database;
    on the alias `index_name` (default SEARCH_INDEX_NAME)."""
    if not url:
        from .database import DatabaseEngine

        return DatabaseEngine()
    scheme, _, rest = url.partition("+")
    if scheme in ("elasticsearch", "opensearch") and rest:
        from .remote import RemoteEngine

        return RemoteEngine(flavour=scheme, url=rest, index_name=index_name or settings.SEARCH_INDEX_NAME)
    raise ValueError(f"SEARCH_URL must start with elasticsearch+ or opensearch+, got {url!r}")


@lru_cache(maxsize=1)
def _configured_engine(url, index_name):
    return engine_for_url(url, index_name)


def get_engine():
    """The configured engine (cached per process, per SEARCH_URL and SEARCH_INDEX_NAME)."""
    return _configured_engine(settings.SEARCH_URL, settings.SEARCH_INDEX_NAME)


@receiver(setting_changed, dispatch_uid="search-engine-settings")
def _settings_changed(setting, **kwargs):
    """A test that overrides SEARCH_URL or SEARCH_INDEX_NAME gets an engine for its settings."""
    if setting in ENGINE_SETTINGS:
        _configured_engine.cache_clear()
