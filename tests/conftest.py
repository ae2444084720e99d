"""Shared fixtures: media in a temporary folder and the fixed top of the page tree.

Tests that need an optional external service (a search engine at SEARCH_URL, Debian's Chromium) are
marked here, by the fixtures they use, to skip with the reason when that service is absent.
"""

import os
from pathlib import Path

import pytest

from home.site_structure import ensure_site_structure

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
NO_ENGINE = "SEARCH_URL not set: no Elasticsearch/OpenSearch to test against"
NO_CHROMIUM = f"Chromium not installed at {CHROMIUM} (apt-get install chromium); browser tests skipped"

#: A test that uses one of these fixtures needs that service: fixture name -> (service, reason to skip).
SERVICE_FIXTURES = {
    "remote_engine": ("SEARCH_URL", NO_ENGINE),
    "demo_engine": ("SEARCH_URL", NO_ENGINE),
    "engine_settings": ("SEARCH_URL", NO_ENGINE),
    "chromium": ("CHROMIUM", NO_CHROMIUM),
}


def _service_present(service):
    return bool(os.environ.get("SEARCH_URL")) if service == "SEARCH_URL" else CHROMIUM.exists()


def pytest_collection_modifyitems(config, items):
    """Mark each test that uses a service fixture with a skipif for that service."""
    for item in items:
        for name in getattr(item, "fixturenames", ()):
            if name in SERVICE_FIXTURES:
                service, reason = SERVICE_FIXTURES[name]
                item.add_marker(pytest.mark.skipif(not _service_present(service), reason=reason))


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep uploaded files (images from factories, renditions) out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_tree(db):
    """(home page, municipality index), as the importer and the demo loader create them."""
    return ensure_site_structure()
