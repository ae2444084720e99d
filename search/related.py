"""Related content for content pages, from the configured engine (which falls back to the database engine).

A content page must render even when search is broken, so any engine failure yields no related
content (and a log line) instead of an error page.
"""

import logging

from .documents import page_doc_id
from .engines import get_engine

logger = logging.getLogger(__name__)


def related_hits(page_pk, limit=4):
    """Hits similar to the page from the configured engine, [] on any error."""
    doc_id = page_doc_id(page_pk)
    try:
        return get_engine().related(doc_id, limit=limit)
    except Exception:  # related content is an extra; the page itself must not fail
        logger.exception("Related content for %s could not be loaded", doc_id)
        return []
