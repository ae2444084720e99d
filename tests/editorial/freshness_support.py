"""Editors, reviewers and published pages for the freshness, scheduling and dashboard tests, in the real roles."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from editorial.models import EditorialSection
from editorial.roles import reviewer_group, setup_roles

PASSWORD = "geheim-123"


def section_of(municipality):
    """The municipality's editorial section, made with the municipality (editorial.signals)."""
    return EditorialSection.objects.select_related("group").get(municipality=municipality)


def editor_of(municipality, username=None, email="", **fields):
    """A user in the municipality's editor group."""
    username = username or f"redaktion-{municipality.pk}"
    user = get_user_model().objects.create_user(username, email, PASSWORD, **fields)
    user.groups.add(section_of(municipality).group)
    return user


def reviewer(username="pruefer"):
    """A member of the reviewers' group, with the rights `setup_roles` gives it (publish below „Kommunen“)."""
    setup_roles()
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(reviewer_group())
    return user


def published(page, days_ago):
    """Let the page have first gone live `days_ago` days ago (and never been confirmed)."""
    went_live = timezone.now() - dt.timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(first_published_at=went_live, last_published_at=went_live)
    page.refresh_from_db()
    return page
