"""Shared fixtures: media in a temporary folder and the fixed top of the page tree."""

import pytest

from exchange.site_structure import ensure_site_structure


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep uploaded files (images from factories, renditions) out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_tree(db):
    """(home page, municipality index), as the importer and the demo loader create them."""
    return ensure_site_structure()
