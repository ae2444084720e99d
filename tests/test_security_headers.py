"""Permissions-Policy: every response switches off the browser features the site never uses."""

import pytest

pytestmark = pytest.mark.django_db

DENIED = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "interest-cohort")


def policy(response):
    """The Permissions-Policy header as {feature: allowlist}."""
    items = (item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    return dict(items)


def test_public_page_denies_unused_features(client, site_tree):
    header = policy(client.get("/"))
    assert {feature: header.get(feature) for feature in DENIED} == dict.fromkeys(DENIED, "()")


@pytest.mark.parametrize("path", ["/gibt-es-nicht/", "/admin/login/", "/static/css/site.css"])
def test_other_responses_carry_the_policy_too(client, site_tree, path):
    assert policy(client.get(path))["camera"] == "()"


def test_clipboard_stays_allowed_for_the_admin_copy_buttons(client, site_tree):
    assert "clipboard-write" not in policy(client.get("/admin/login/"))
