"""Addresses of the listing pages, built without a query: `/themen/…`, `/schlagworte/…`, `/inhalte/…`.

The listing pages (`listing_pages.py`) sit at fixed slugs right below the home page, which is the site's
root; their slugs are the public contract and editors cannot change them. So a card can link its topics
and a profile its type listing without loading a page: the address is Wagtail's root plus the segments.
"""

from urllib.parse import quote, urlencode

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS

#: Slugs of the listing pages below the home page.
TOPIC_INDEX_SLUG = "themen"
TAG_INDEX_SLUG = "schlagworte"
CONTENT_INDEX_SLUG = "inhalte"


def site_url(*segments, query=()):
    """The address of the page (or route) at `segments` below the site root, each segment quoted as Django does."""
    path = "".join(f"{quote(str(segment), safe=RFC3986_SUBDELIMS + '~:@')}/" for segment in segments)
    url = reverse("wagtail_serve", args=[""]) + path
    return f"{url}?{urlencode(query)}" if query else url


def topic_url(slug=None):
    """The topic index (`/themen/`), or one topic's content (`/themen/<slug>/`)."""
    return site_url(TOPIC_INDEX_SLUG, *([slug] if slug else []))


def tag_url(slug=None):
    """The tag index (`/schlagworte/`), or one tag's content (`/schlagworte/<slug>/`)."""
    return site_url(TAG_INDEX_SLUG, *([slug] if slug else []))


def type_listing_url(listing_slug=None, municipality=None):
    """The type listings (`/inhalte/`), one type's (`/inhalte/<listing_slug>/`), optionally of one municipality."""
    query = [("municipality", municipality.slug)] if municipality else ()
    return site_url(CONTENT_INDEX_SLUG, *([listing_slug] if listing_slug else []), query=query)
