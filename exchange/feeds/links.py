"""The addresses of the feeds and the `<link rel="alternate">` entries pages announce them with.

Built with `reverse()` on the feed URLs (`exchange.feeds.urls`), without a query, so the listing pages and
profiles can name their feed without importing the feed views.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

ATOM = "application/atom+xml"
CALENDAR = "text/calendar"


@dataclass(frozen=True)
class FeedLink:
    """A feed as a page announces it: its address, its title and its media type."""

    url: str
    title: str
    media_type: str = ATOM


def content_feed():
    return FeedLink(reverse("feeds:content"), _("Neue Inhalte im Wissensnetz"))


def topic_feed(topic):
    return FeedLink(reverse("feeds:topic", args=[topic.slug]), _("Thema %(name)s") % {"name": topic.name})


def tag_feed(tag):
    return FeedLink(reverse("feeds:tag", args=[tag.slug]), _("Schlagwort %(name)s") % {"name": tag.name})


def municipality_feed(municipality):
    url = reverse("feeds:municipality", args=[municipality.slug])
    return FeedLink(url, _("Neues aus %(name)s") % {"name": municipality.title})


def type_feed(model, municipality=None):
    """The feed of one content type, of one municipality when one is given (as its listing)."""
    url = reverse("feeds:type", args=[model.listing_slug])
    title = str(model._meta.verbose_name_plural)
    if municipality is not None:
        url = f"{url}?municipality={municipality.slug}"
        title = _("%(type)s aus %(municipality)s") % {"type": title, "municipality": municipality.title}
    return FeedLink(url, title)


def events_calendar():
    return FeedLink(reverse("feeds:events_calendar"), _("Kommende Veranstaltungen"), CALENDAR)


def event_calendar_url(event):
    """The .ics file of one event."""
    return reverse("feeds:event_calendar", args=[event.pk])
