"""Editors, reviewers and published pages for the freshness, scheduling and dashboard tests.

Sections are looked up when the municipality already has one (created with it once the roles code is
merged) and created otherwise, with a group that may add and change pages below the municipality.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Collection, GroupPagePermission

from editorial.models import EditorialSection
from exchange.models import MunicipalityIndexPage

PASSWORD = "geheim-123"


def _access_admin():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _grant(group, page, *kinds):
    group.permissions.add(_access_admin())
    for kind in kinds:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{kind}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def section_of(municipality):
    """The municipality's editorial section (its own, or a new one with an editor group)."""
    section = EditorialSection.objects.filter(municipality=municipality).first()
    if section is not None:
        return section
    group, _ = Group.objects.get_or_create(name=f"Redaktion {municipality.title}"[:150])
    _grant(group, municipality, "add", "change")
    root = Collection.get_first_root_node()
    collection = root.add_child(name=f"{municipality.title} {municipality.pk}")
    return EditorialSection.objects.create(municipality=municipality, group=group, collection=collection)


def editor_of(municipality, username=None, email="", **fields):
    """A user in the municipality's editor group."""
    username = username or f"redaktion-{municipality.pk}"
    user = get_user_model().objects.create_user(username, email, PASSWORD, **fields)
    user.groups.add(section_of(municipality).group)
    return user


def reviewer(username="pruefer"):
    """A user who may publish everywhere below „Kommunen“."""
    group, _ = Group.objects.get_or_create(name="Prüfung")
    _grant(group, MunicipalityIndexPage.objects.get(), "add", "change", "publish")
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(group)
    return user


def published(page, days_ago):
    """Let the page have first gone live `days_ago` days ago (and never been confirmed)."""
    went_live = timezone.now() - dt.timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(first_published_at=went_live, last_published_at=went_live)
    page.refresh_from_db()
    return page
