"""Queries behind every list of content, built so a listing costs a fixed number of queries.

Content of several types is fetched as `ContentPage` rows (one query), turned into specific pages
(one query per type present), and their municipality, topics and image renditions are attached in bulk.
"""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    ContentPage,
    EventPage,
    LessonPage,
    MunicipalityPage,
    StrategyPage,
    Topic,
)
from exchange.visibility import publicly_visible

PAGE_SIZE = 12
#: How many of the newest items of each type a municipality profile shows; the rest are a link away.
PROFILE_ITEMS = 6
NEWEST_FIRST = ("-date", "-first_published_at", "-pk")

#: URL slug of each type listing → (page model, German heading).
TYPE_LISTINGS = {
    "praxisbeispiele": (CaseStudyPage, _("Praxisbeispiele")),
    "stolpersteine-und-booster": (LessonPage, _("Stolpersteine und Booster")),
    "artikel": (ArticlePage, _("Artikel")),
    "veranstaltungen": (EventPage, _("Veranstaltungen")),
    "strategien": (StrategyPage, _("Strategien")),
}


def published_content():
    """All content the public may see (exchange.visibility), newest first."""
    return publicly_visible(ContentPage.objects.all()).order_by(*NEWEST_FIRST)


def published_municipality(slug):
    """The live, public municipality with this slug, or None (slugs are unique below the one index)."""
    return publicly_visible(MunicipalityPage.objects.filter(slug=slug)).first()


def type_listing_url(type_slug, municipality=None):
    """The address of a type listing, filtered by a municipality when one is given."""
    url = reverse("exchange:type_listing", args=[type_slug])
    return f"{url}?{urlencode({'municipality': municipality.slug})}" if municipality else url


def prepare_for_listing(pages):
    """Return the specific pages for `pages` with municipality, topics and listing images attached in bulk."""
    pages = list(pages)
    if not pages:
        return []
    specific_pages = list(
        ContentPage.objects.filter(pk__in=[page.pk for page in pages])
        .specific()
        .select_related("listing_image")
        .prefetch_related("topics", "listing_image__renditions")
    )
    by_pk = {page.pk: page for page in specific_pages}
    ordered = [by_pk[page.pk] for page in pages if page.pk in by_pk]
    attach_municipalities(ordered)
    return ordered


def attach_municipalities(pages):
    """Set `page.municipality` for many pages with a single query on their parents' paths."""
    if not pages:
        return
    steplen = pages[0].steplen
    parent_paths = {page.path[:-steplen] for page in pages}
    municipalities = {
        m.path: m
        for m in MunicipalityPage.objects.filter(path__in=parent_paths).only(
            "title", "slug", "url_path", "path", "depth", "kind", "funded"
        )
    }
    for page in pages:
        page.municipality = municipalities.get(page.path[:-steplen])


def paginate(queryset, page_number, per_page=PAGE_SIZE):
    """Paginate and prepare a content queryset; a page number out of range is a 404.

    `page_number` must already be a positive integer (views check the raw parameter first).
    """
    paginator = Paginator(queryset, per_page)
    try:
        page_obj = paginator.page(page_number)
    except EmptyPage as exc:
        raise Http404(str(exc)) from exc
    page_obj.object_list = prepare_for_listing(page_obj.object_list)
    return page_obj


def topics_with_counts():
    """Topics with the number of publicly visible pages filed under each, for navigation."""
    visible = publicly_visible(ContentPage.objects.all()).values("pk")
    return Topic.objects.annotate(page_count=Count("pages", filter=Q(pages__in=visible), distinct=True)).order_by(
        "name"
    )


def home_page_context():
    """What the home page shows besides its own fields."""
    return {
        "latest_content": prepare_for_listing(published_content().not_type(EventPage)[:6]),
        "upcoming_events": upcoming_events()[:3],
        "topics": [topic for topic in topics_with_counts() if topic.page_count],
        "municipalities": publicly_visible(MunicipalityPage.objects.all()).order_by("title"),
    }


def newest_per_type(queryset, per_type):
    """The newest `per_type` pages of every page type in `queryset`, in one query (a window function)."""
    rank = Window(RowNumber(), partition_by=F("content_type"), order_by=NEWEST_FIRST)
    return queryset.annotate(type_rank=rank).filter(type_rank__lte=per_type)


def content_for_municipality(municipality, per_type=PROFILE_ITEMS):
    """The newest live content of each type below a municipality, how much there is, contacts and strategy.

    A fixed number of queries however much the municipality publishes: one for the counts per type, one
    for the newest items of every type, then the bulk preparation of those few pages.
    """
    content = published_content().child_of(municipality)
    counts = content.order_by().aggregate(
        **{slug: Count("pk", filter=content.type_q(model)) for slug, (model, _heading) in TYPE_LISTINGS.items()}
    )
    pages = prepare_for_listing(newest_per_type(content, per_type))
    for page in pages:
        page.municipality = municipality
    groups = []
    for slug, (model, heading) in TYPE_LISTINGS.items():
        items = [page for page in pages if isinstance(page, model)]
        if items and model is not StrategyPage:
            groups.append(
                {
                    "heading": heading,
                    "items": items,
                    "type_key": model.type_key,
                    "count": counts[slug],
                    "all_url": type_listing_url(slug, municipality) if counts[slug] > len(items) else None,
                }
            )
    strategy = next((page for page in pages if isinstance(page, StrategyPage)), None)
    return {
        "content_groups": groups,
        "strategy": strategy,
        "contacts": municipality.contacts.select_related("photo").prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("name"))
        ),
    }


def upcoming_events():
    """Live events that have not ended yet, soonest first."""
    now = timezone.now()
    return (
        publicly_visible(EventPage.objects.all())
        .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
        .order_by("start")
    )
