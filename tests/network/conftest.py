"""The network tests share one small network of municipalities (tests/network/network_site.py)."""

import pytest

from .network_site import build_network


@pytest.fixture
def network(db):
    """The network, imported in this test's rolled-back transaction."""
    build_network()
