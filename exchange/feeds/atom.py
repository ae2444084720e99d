"""Atom feeds of new content: all of it, and per topic, tag, municipality and content type.

A feed lists what its listing lists (`exchange.listings.published_content`, the public visibility rule),
but ordered by when a page was first published, not by its date: a reader subscribes to learn what is
new, and a case study published today about 2023 is new. Each entry carries the municipality as its
author and the type, topics and tags as Atom categories (with a scheme and a label). The pages are
prepared in bulk, so a feed costs a fixed number of queries however many entries it holds.
"""

from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from exchange import listings, params
from exchange.models.content_queries import attach_tags
from exchange.models.listing_urls import tag_url, topic_url, type_listing_url
from exchange.models.registry import listed_content_page_types
from exchange.models.tags import Tag
from exchange.models.topics import Topic

from . import links

#: How many entries a feed holds, newest first.
FEED_ITEMS = 50
SITE_NAME = "Wissensnetz"


class CategorisedAtomFeed(Atom1Feed):
    """Atom whose entry categories carry a scheme and a label besides the term (Django's write the term only).

    An entry's categories are `(term, scheme, label)` triples passed as `atom_categories`.
    """

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for term, scheme, label in item.get("atom_categories", ()):
            handler.addQuickElement("category", "", {"term": term, "scheme": scheme, "label": label})


class ContentFeed(Feed):
    """All new content the public may see (`/feeds/inhalte/`); subclasses narrow it to one topic, tag, …

    `get_object` returns what the feed is about; `filter` narrows the content to it; `describe` names it
    as a `FeedLink` and gives the address of the page that lists the same content.
    """

    feed_type = CategorisedAtomFeed
    author_name = SITE_NAME

    def __call__(self, request, *args, **kwargs):
        self.request = request
        try:
            return super().__call__(request, *args, **kwargs)
        except params.InvalidParameter as error:
            return listings.invalid_parameter_response(request, error)

    def get_object(self, request, *args, **kwargs):
        return None

    def filter(self, queryset, obj):
        return queryset

    def describe(self, obj):
        """(FeedLink of this feed, address of the HTML page listing the same content)."""
        return links.content_feed(), "/"

    # -- the feed ------------------------------------------------------------------------------------

    def title(self, obj):
        return f"{self.describe(obj)[0].title} – {SITE_NAME}"

    def link(self, obj):
        return self.absolute(self.describe(obj)[1])

    def feed_url(self, obj):
        return self.absolute(self.describe(obj)[0].url)

    def subtitle(self, obj):
        return _("Die neuesten Beiträge der Kommunen im Wissensnetz, neueste zuerst.")

    def items(self, obj):
        queryset = self.filter(listings.published_content(), obj)
        newest = (F("first_published_at").desc(nulls_last=True), "-pk")
        pages = queryset.order_by(*newest)[:FEED_ITEMS].for_listing()
        attach_tags(pages)
        return pages

    # -- its entries ---------------------------------------------------------------------------------

    def item_title(self, page):
        return page.title  # Atom titles are text; the generator escapes them.

    def item_description(self, page):
        return escape(page.summary)  # written as type="html"

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_guid(self, page):
        """A tag URI by page id: stable when the page is renamed or moved."""
        host = urlsplit(self.item_link(page)).hostname
        published = f",{page.first_published_at:%Y-%m-%d}" if page.first_published_at else ""
        return f"tag:{host}{published}:page/{page.pk}"

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        """Atom requires it: the last publication (or revision, for a page live without being published)."""
        return page.last_published_at or page.first_published_at or page.latest_revision_created_at

    def item_author_name(self, page):
        return page.municipality.title if page.municipality else SITE_NAME

    def item_author_link(self, page):
        return page.municipality.get_full_url(self.request) if page.municipality else None

    def item_extra_kwargs(self, page):
        categories = [(page.type_key, self.absolute(type_listing_url()), str(page.type_label))]
        categories += [(topic.slug, self.absolute(topic_url()), topic.name) for topic in page.topics.all()]
        categories += [(tag.slug, self.absolute(tag_url()), tag.name) for tag in page.tag_list]
        return {"atom_categories": categories}

    def absolute(self, path):
        """An address of this site as an absolute URL, at the root of the request's site (as page links are)."""
        if urlsplit(path).scheme:
            return path
        site = Site.find_for_request(self.request)
        return f"{site.root_url}{path}" if site else self.request.build_absolute_uri(path)


class TopicFeed(ContentFeed):
    """New content of one topic (`/feeds/themen/<slug>/`); an unknown topic is a 404."""

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def filter(self, queryset, topic):
        return queryset.filter(topics=topic)

    def describe(self, topic):
        return links.topic_feed(topic), topic.get_absolute_url()

    def subtitle(self, topic):
        return topic.description or None


class TagFeed(ContentFeed):
    """New content carrying one free tag (`/feeds/schlagworte/<slug>/`); an unknown tag is a 404."""

    def get_object(self, request, slug):
        if not params.printable(slug):
            raise Http404(_("Dieses Schlagwort gibt es nicht."))
        return get_object_or_404(Tag, slug=slug)

    def filter(self, queryset, tag):
        return queryset.filter(tagged_items__tag=tag)

    def describe(self, tag):
        return links.tag_feed(tag), tag.get_absolute_url()

    def subtitle(self, tag):
        return None


class MunicipalityFeed(ContentFeed):
    """New content of one published municipality (`/feeds/kommunen/<slug>/`); any other slug is a 404."""

    def get_object(self, request, slug):
        municipality = listings.published_municipality(slug)
        if municipality is None:
            raise Http404(_("Diese Kommune gibt es nicht."))
        return municipality

    def filter(self, queryset, municipality):
        return queryset.child_of(municipality)

    def describe(self, municipality):
        return links.municipality_feed(municipality), municipality.get_url(self.request)

    def subtitle(self, municipality):
        return municipality.summary or None


class TypeFeed(ContentFeed):
    """New content of one type (`/feeds/inhalte/<listing_slug>/`), of one municipality with `?municipality=`
    as its listing; an unknown type is a 404, an unknown municipality a 400 naming the parameter."""

    def get_object(self, request, listing_slug):
        model = next((model for model in listed_content_page_types() if model.listing_slug == listing_slug), None)
        if model is None:
            raise Http404(_("Diesen Inhaltstyp gibt es nicht."))
        return model, listings.requested_municipality(request)

    def filter(self, queryset, obj):
        model, municipality = obj
        queryset = queryset.type(model)
        return queryset.child_of(municipality) if municipality else queryset

    def describe(self, obj):
        model, municipality = obj
        return links.type_feed(model, municipality), model.listing_url(municipality)

    def subtitle(self, obj):
        return None
