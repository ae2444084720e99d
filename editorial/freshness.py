"""Freshness: which content editors confirm now and then, when it counts as stale, and the confirmation itself.

A tracked page (`ContentPage.tracks_freshness`: case studies, Stolpersteine and Booster) is fresh from its
freshness date: the last "Als aktuell bestätigen" (`last_reviewed`), else the day it first went live, since
publishing passed review. It is stale once that date is older than `EDITORIAL_STALE_AFTER_DAYS` (365).
Only live pages can be stale: a draft nobody sees needs no confirmation.
"""

import datetime as dt

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import DateField, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Length, Substr, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from exchange.models import ContentPage, MunicipalityPage
from exchange.models.registry import content_page_types
from search.outbox import mark_pages_stale

#: The page history's entry for a confirmation (registered in `editorial.freshness_hooks`).
CONFIRM_ACTION = "editorial.confirm_current"
CONFIRM_LABEL = _("Als aktuell bestätigt")
DEFAULT_STALE_AFTER_DAYS = 365


def stale_after_days():
    return int(getattr(settings, "EDITORIAL_STALE_AFTER_DAYS", DEFAULT_STALE_AFTER_DAYS))


def stale_cutoff(today=None):
    """Pages whose freshness date is before this day are stale."""
    return (today or timezone.localdate()) - dt.timedelta(days=stale_after_days())


def tracked_types():
    """The content types whose freshness is tracked, from the registry."""
    return [model for model in content_page_types() if model.tracks_freshness]


def tracked_pages(queryset=None):
    """Live tracked pages (as `ContentPage`s), annotated with `freshness` (a date) and `municipality_title`."""
    queryset = ContentPage.objects.all() if queryset is None else queryset
    types = ContentType.objects.get_for_models(*tracked_types()).values()
    steplen = ContentPage.steplen
    parent = MunicipalityPage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - steplen)
    ).values("title")[:1]
    return queryset.filter(live=True, content_type__in=types).annotate(
        freshness=Coalesce(F("last_reviewed"), TruncDate("first_published_at"), output_field=DateField()),
        municipality_title=Subquery(parent),
    )


def content_of(municipalities):
    """A filter for the content pages of these municipalities (their children); matches nothing for none."""
    q = Q(pk__in=[])
    for municipality in municipalities:
        q |= Q(path__startswith=municipality.path, depth=municipality.depth + 1)
    return q


def stale_pages(queryset=None, today=None):
    """Live tracked pages not confirmed since the cutoff, the longest unconfirmed first."""
    return tracked_pages(queryset).filter(freshness__lt=stale_cutoff(today)).order_by("freshness", "title", "pk")


def can_confirm(user, page):
    """Whoever may edit a tracked page may confirm it is current."""
    tracked = getattr(page.specific_class, "tracks_freshness", False)  # False for pages that are not content
    return tracked and page.permissions_for_user(user).can_edit()


@transaction.atomic
def confirm_current(page, user):
    """Record that `page` is still current as of today: no revision, an entry in its history, a fresh index."""
    today = timezone.localdate()
    ContentPage.objects.filter(pk=page.pk).update(last_reviewed=today)
    page.last_reviewed = today
    log(page, CONFIRM_ACTION, user=user, data={"last_reviewed": today.isoformat()}, content_changed=False)
    mark_pages_stale([page])
    return today
