"""Queries on content pages, as a QuerySet, so every list of content (listings, profiles, search) asks alike.

A list of several types is fetched as `ContentPage` rows (one query), turned into specific pages (one
query per type present), and their municipality, topics and image renditions are attached in bulk, so a
listing costs a fixed number of queries however long it is.
"""

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from wagtail.models import PageManager, PageQuerySet

from exchange.visibility import publicly_visible

from .tags import Tag

NEWEST_FIRST = ("-date", "-first_published_at", "-pk")


class ContentPageQuerySet(PageQuerySet):
    """Content pages: what the public may see, in the order readers expect, ready to be listed."""

    def publicly_visible(self):
        """The pages the public may see (exchange.visibility)."""
        return publicly_visible(self)

    def newest_first(self):
        return self.order_by(*NEWEST_FIRST)

    def newest_per_type(self, per_type):
        """The newest `per_type` pages of every page type in the queryset, in one query (a window function)."""
        rank = Window(RowNumber(), partition_by=F("content_type"), order_by=NEWEST_FIRST)
        return self.annotate(type_rank=rank).filter(type_rank__lte=per_type)

    def for_listing(self):
        """The specific pages, in this order, with municipality, topics and listing images attached in bulk.

        Works on a sliced queryset too (a page of a paginator), and returns a list.
        """
        pages = list(self)
        if not pages:
            return []
        specific_pages = (
            self.model._default_manager.filter(pk__in=[page.pk for page in pages])
            .specific()
            .select_related("listing_image")
            .prefetch_related("topics", "listing_image__renditions")
        )
        by_pk = {page.pk: page for page in specific_pages}
        ordered = [by_pk[page.pk] for page in pages if page.pk in by_pk]
        attach_municipalities(ordered)
        return ordered


ContentPageManager = PageManager.from_queryset(ContentPageQuerySet)


def municipality_model(page_model):
    """The page type content of `page_model` lives under: its one parent type (`parent_page_types`)."""
    (model,) = page_model.clean_parent_page_models()
    return model


def attach_municipalities(pages):
    """Set `page.municipality` for many content pages with a single query on their parents' paths."""
    if not pages:
        return
    steplen = pages[0].steplen
    parent_paths = {page.path[:-steplen] for page in pages}
    municipalities = {
        m.path: m
        for m in municipality_model(type(pages[0]))
        .objects.filter(path__in=parent_paths)
        .only("title", "slug", "url_path", "path", "depth", "kind", "funded")
    }
    for page in pages:
        page.municipality = municipalities.get(page.path[:-steplen])


def attach_tags(pages):
    """Set `page.tag_list` (its tags by name) for many content pages with a single query."""
    by_page = {page.pk: [] for page in pages}
    if not by_page:
        return
    items = "exchange_contentpagetag_items"
    tags = (
        Tag.objects.filter(**{f"{items}__content_object__in": list(by_page)})
        .annotate(page_pk=F(f"{items}__content_object"))
        .order_by("name")
    )
    for tag in tags:
        by_page[tag.page_pk].append(tag)
    for page in pages:
        page.tag_list = by_page[page.pk]
