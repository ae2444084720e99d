"""Listing views: content by topic, by tag and by type. Thin: the queries live in `exchange.listings`."""

from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from taggit.models import Tag

from exchange import listings
from exchange.models import Topic


def _page_number(request):
    """The `page` parameter as a positive integer, or None when it is malformed."""
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)


def _bad_page():
    return HttpResponseBadRequest(
        _("Ungültiger Parameter „page“: erwartet wird eine positive ganze Zahl."),
        content_type="text/plain; charset=utf-8",
    )


def topic_list(request):
    """All topics with how much content each holds."""
    return render(request, "exchange/topic_list.html", {"topics": listings.topics_with_counts()})


def _listing(request, queryset, **context):
    """Render one page of `queryset` as a content listing; a malformed `page` parameter is a 400."""
    page_number = _page_number(request)
    if page_number is None:
        return _bad_page()
    context["page_obj"] = listings.paginate(queryset, page_number)
    return render(request, "exchange/content_listing.html", context)


def topic_detail(request, slug):
    """All content of one topic, newest first."""
    topic = get_object_or_404(Topic, slug=slug)
    queryset = listings.published_content().filter(topics=topic)
    return _listing(request, queryset, heading=topic.name, description=topic.description, topic=topic)


def tag_detail(request, slug):
    """All content carrying one free tag, newest first."""
    tag = get_object_or_404(Tag, slug=slug)
    queryset = listings.published_content().filter(tagged_items__tag=tag)
    return _listing(request, queryset, heading=_("Schlagwort: %(tag)s") % {"tag": tag.name})


def type_listing(request, type_slug):
    """All content of one type (e.g. all Praxisbeispiele), newest first."""
    if type_slug not in listings.TYPE_LISTINGS:
        raise Http404(type_slug)
    model, heading = listings.TYPE_LISTINGS[type_slug]
    return _listing(request, listings.published_content().type(model), heading=heading)
