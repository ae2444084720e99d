"""What the public listings (topics, tags, type listings, home page) show, on top of the content queries.

The queries themselves belong to the pages (`ContentPage.objects`, exchange.models.content_queries);
this module adds pagination, topic and tag counts, the home page's selection, the `municipality` parameter and the
400 page that the listings and feeds share. The listing pages
(exchange.models.listing_pages) use it, so it imports the model modules it needs, not the package.
"""

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from exchange.feeds import links
from exchange.models.content import ContentPage
from exchange.models.events import EventPage
from exchange.models.municipalities import MunicipalityPage
from exchange.models.registry import content_page_types
from exchange.models.tags import Tag
from exchange.models.topics import Topic
from exchange.params import InvalidParameter, invalid, slug
from exchange.visibility import publicly_visible

PAGE_SIZE = 12


def published_content():
    """All content the public may see (exchange.visibility), newest first."""
    return ContentPage.objects.publicly_visible().newest_first()


def published_municipality(slug):
    """The live, public municipality with this slug, or None (slugs are unique below the one index)."""
    return publicly_visible(MunicipalityPage.objects.filter(slug=slug)).first()


def requested_municipality(request):
    """The live municipality named by the `municipality` parameter, None without one; unknown is refused."""
    raw = request.GET.get("municipality")
    if raw is None or not raw.strip():
        return None
    municipality = published_municipality(slug(raw, "municipality"))
    if municipality is None:
        raise invalid("municipality", raw)
    return municipality


def invalid_parameter_response(request, error: InvalidParameter):
    """The 400 page naming the refused parameter, as every listing and feed answers it."""
    context = {"message": error.message, "parameter": error.parameter}
    return render(request, "exchange/invalid_parameter.html", context, status=400)


def paginate(queryset, page_number, per_page=PAGE_SIZE):
    """Paginate and prepare a content queryset; a page number out of range is a 404.

    `page_number` must already be a positive integer (views check the raw parameter first).
    """
    paginator = Paginator(queryset, per_page)
    try:
        page_obj = paginator.page(page_number)
    except EmptyPage as exc:
        raise Http404(str(exc)) from exc
    page_obj.object_list = page_obj.object_list.for_listing()
    return page_obj


def topics_with_counts():
    """Topics with the number of publicly visible pages filed under each, for navigation."""
    visible = publicly_visible(ContentPage.objects.all()).values("pk")
    return Topic.objects.annotate(page_count=Count("pages", filter=Q(pages__in=visible), distinct=True)).order_by(
        "name"
    )


def tags_with_counts():
    """Tags carried by publicly visible pages, with how many pages carry each, by name."""
    visible = publicly_visible(ContentPage.objects.all()).values("pk")
    items = "exchange_contentpagetag_items"
    count = Count(items, filter=Q(**{f"{items}__content_object__in": visible}), distinct=True)
    return Tag.objects.annotate(page_count=count).filter(page_count__gt=0).order_by("name")


def home_page_context():
    """What the home page shows besides its own fields."""
    return {
        "feed_links": [links.content_feed(), links.events_calendar()],
        "latest_content": published_content().not_type(EventPage)[:6].for_listing(),
        "upcoming_events": upcoming_events()[:3],
        "topics": [topic for topic in topics_with_counts() if topic.page_count],
        "municipalities": publicly_visible(MunicipalityPage.objects.all()).order_by("title"),
        "type_listings": [
            {"heading": model._meta.verbose_name_plural, "url": model.listing_url()}
            for model in content_page_types()
            if model.linked_from_home
        ],
    }


def upcoming_events():
    """Live events that have not ended yet, soonest first."""
    now = timezone.now()
    return (
        publicly_visible(EventPage.objects.all())
        .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
        .order_by("start")
    )
