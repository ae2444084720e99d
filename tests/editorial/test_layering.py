"""The editorial system sits on top: the domain, the home app and the search never import it."""

import pytest

from tests.test_dependencies import importers


@pytest.mark.parametrize("app", ["exchange", "home", "search"])
def test_app_does_not_depend_on_editorial(app):
    assert importers(app, "editorial") == {}
