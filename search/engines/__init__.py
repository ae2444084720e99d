"""Search engines behind one small interface; `get_engine()` picks the one SEARCH_URL names.

With a remote engine configured, `get_engine()` returns it wrapped in a `FallbackEngine`, so the database
engine answers (and says so) while the remote one is down. The engine is cached per process, keyed on the
settings it is built from, and the cache is cleared when a test changes them.
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from .base import Answer, Document, EngineUnavailable, Hit, SearchEngine, SearchQuery, SearchResult, Suggestion
from .database import DatabaseEngine
from .fallback import FallbackEngine
from .remote import RemoteEngine

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
    "index_engines",
]

#: The settings an engine is built from; changing one of them (tests) builds a new engine.
ENGINE_SETTINGS = ("SEARCH_URL", "SEARCH_INDEX_NAME")


def engine_for_url(url, index_name=None):
    """The engine itself for a SEARCH_URL (`elasticsearch+http://…`, `opensearch+http://…`, or empty for the
    database), on the alias `index_name` (default SEARCH_INDEX_NAME); no fallback (`search_index`, tests)."""
    if not url:
        return DatabaseEngine()
    scheme, _, rest = url.partition("+")
    if scheme in ("elasticsearch", "opensearch") and rest:
        return RemoteEngine(flavour=scheme, url=rest, index_name=index_name or settings.SEARCH_INDEX_NAME)
    raise ValueError(f"SEARCH_URL must start with elasticsearch+ or opensearch+, got {url!r}")


@lru_cache(maxsize=1)
def _configured_engine(url, index_name):
    engine = engine_for_url(url, index_name)
    return engine if isinstance(engine, DatabaseEngine) else FallbackEngine(engine, DatabaseEngine())


def get_engine():
    """The configured engine for reading and writing (cached): the database engine, or the remote engine
    with the database engine answering while it is down."""
    return _configured_engine(settings.SEARCH_URL, settings.SEARCH_INDEX_NAME)


def index_engines():
    """Every engine that holds documents: the database engine always (it answers when the remote engine is
    down, so it must hold the same documents), and the configured remote engine."""
    engine = get_engine()
    if isinstance(engine, FallbackEngine):
        return [engine.fallback, engine.primary]
    return [engine]


@receiver(setting_changed, dispatch_uid="search-engine-settings")
def _settings_changed(setting, **kwargs):
    """A test that overrides SEARCH_URL or SEARCH_INDEX_NAME gets an engine for its settings."""
    if setting in ENGINE_SETTINGS:
        _configured_engine.cache_clear()
