"""Template context every page needs: the main navigation, read from the page tree.

The entries are the live children of the site's home page with "Im Menü anzeigen" (Wagtail's
`show_in_menus`), in tree order, so editors reorder or hide them in the page explorer. The type listings
below "Inhalte" (`ContentIndexPage`) stand in its place: each one with `show_in_menus` is an entry of
its own, labelled with its menu title or else its title ("Inhalte" itself is an entry only when it is
shown in menus too). One query per request, besides finding the site, which Wagtail caches.
"""

import re

from django.db.models import Q, Value
from django.db.models.functions import Coalesce, NullIf
from wagtail.models import Page, Site

from exchange.models.listing_urls import CONTENT_INDEX_SLUG, topic_url


def _root_path(request):
    """The `url_path` of the home page of the request's site ("/start/"), or None when no site answers."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return next((root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk), None)


def main_navigation(request):
    """[{label, url, current}] of the main navigation; `current` marks the entry the request is below."""
    root_path = _root_path(request)
    if root_path is None:
        return []
    children = rf"^{re.escape(root_path)}[^/]+/$"
    type_listings = rf"^{re.escape(root_path)}{re.escape(CONTENT_INDEX_SLUG)}/[^/]+/$"
    pages = (
        Page.objects.live()
        .in_menu()
        .filter(Q(url_path__regex=children) | Q(url_path__regex=type_listings))
        .annotate(label=Coalesce(NullIf("typelistingpage__menu_title", Value("")), "title"))
        .only("title", "url_path", "path", "depth")
        .order_by("path")
    )
    entries = []
    for page in pages:
        url = page.get_url(request)
        entries.append({"label": page.label, "url": url, "current": bool(url) and request.path.startswith(url)})
    return entries


def site_navigation(request):
    """The main navigation, and the topic index the footer and the 404 page link to."""
    return {"main_navigation": main_navigation(request), "topic_index_url": topic_url()}
