"""The feeds' addresses, below /feeds/ (placed before Wagtail's pages in config/urls.py).

Every feed answers GET and HEAD only, and clients and proxies may keep it for `MAX_AGE` seconds: feeds
show only what the public may see, whoever asks, so a kept copy leaks nothing.
"""

from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import atom, ical

app_name = "feeds"

#: Seconds a client or proxy may keep a feed.
MAX_AGE = 300


def public(view):
    return require_safe(cache_control(public=True, max_age=MAX_AGE)(view))


def feed_view(feed_class):
    """A view answering each request with a new `feed_class` instance (a feed keeps the request on itself)."""

    def view(request, *args, **kwargs):
        return feed_class()(request, *args, **kwargs)

    view.__name__ = feed_class.__name__
    return public(view)


urlpatterns = [
    path("inhalte/", feed_view(atom.ContentFeed), name="content"),
    path("inhalte/<slug:listing_slug>/", feed_view(atom.TypeFeed), name="type"),
    path("themen/<slug:slug>/", feed_view(atom.TopicFeed), name="topic"),
    path("schlagworte/<str:slug>/", feed_view(atom.TagFeed), name="tag"),
    path("kommunen/<slug:slug>/", feed_view(atom.MunicipalityFeed), name="municipality"),
    path("veranstaltungen.ics", public(ical.upcoming_events), name="events_calendar"),
    path("veranstaltungen/<int:pk>.ics", public(ical.event), name="event_calendar"),
]
