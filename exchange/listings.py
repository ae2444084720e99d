"""Queries behind every list of content, built so a listing costs a fixed number of queries.

Content of several types is fetched as `ContentPage` rows (one query), turned into specific pages
(one query per type present), and their municipality, topics and image renditions are attached in bulk.
"""

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
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

PAGE_SIZE = 12

#: URL slug of each type listing → (page model, German heading).
TYPE_LISTINGS = {
    "praxisbeispiele": (CaseStudyPage, _("Praxisbeispiele")),
    "stolpersteine-und-booster": (LessonPage, _("Stolpersteine und Booster")),
    "artikel": (ArticlePage, _("Artikel")),
    "veranstaltungen": (EventPage, _("Veranstaltungen")),
    "strategien": (StrategyPage, _("Strategien")),
}


def published_content():
    """All content a visitor may see, newest first."""
    return ContentPage.objects.live().public().order_by("-date", "-first_published_at", "-pk")


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
    """Topics with the number of live pages filed under each, for navigation."""
    return Topic.objects.annotate(page_count=Count("pages", filter=Q(pages__live=True), distinct=True)).order_by("name")


def home_page_context():
    """What the home page shows besides its own fields."""
    return {
        "latest_content": prepare_for_listing(published_content().not_type(EventPage)[:6]),
        "upcoming_events": upcoming_events()[:3],
        "topics": [topic for topic in topics_with_counts() if topic.page_count],
        "municipalities": MunicipalityPage.objects.live().public().order_by("title"),
    }


def content_for_municipality(municipality):
    """The live content below a municipality grouped by type, plus its contacts and strategy."""
    pages = prepare_for_listing(published_content().child_of(municipality))
    for page in pages:
        page.municipality = municipality
    groups = []
    for model, heading in TYPE_LISTINGS.values():
        items = [page for page in pages if isinstance(page, model)]
        if items and model is not StrategyPage:
            groups.append({"heading": heading, "items": items, "type_key": model.type_key})
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
        EventPage.objects.live()
        .public()
        .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
        .order_by("start")
    )
