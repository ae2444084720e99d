"""Listing views: content by topic, by tag and by type. Thin: the queries live with the pages and in `exchange.listings`.

Parameters are parsed by `exchange.params`; a value it refuses is a 400 page that names the parameter.
"""

from functools import wraps
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from exchange import listings, params
from exchange.models import Tag, Topic
from exchange.models.registry import content_page_type_for_listing


def refuses_invalid_parameters(view):
    """Answer an `InvalidParameter` raised by the view with a 400 page naming the parameter."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except params.InvalidParameter as error:
            context = {"message": error.message, "parameter": error.parameter}
            return render(request, "exchange/invalid_parameter.html", context, status=400)

    return wrapper


def topic_list(request):
    """All topics with how much content each holds."""
    return render(request, "exchange/topic_list.html", {"topics": listings.topics_with_counts()})


def _listing(request, queryset, link_parameters=(), **context):
    """Render one page of `queryset` as a content listing; pagination links keep `link_parameters`."""
    page_number = params.page_number(request.GET.get("page"))
    context["page_obj"] = listings.paginate(queryset, page_number)
    context["link_query"] = urlencode(link_parameters)
    return render(request, "exchange/content_listing.html", context)


@refuses_invalid_parameters
def topic_detail(request, slug):
    """All content of one topic, newest first."""
    topic = get_object_or_404(Topic, slug=slug)
    queryset = listings.published_content().filter(topics=topic)
    return _listing(request, queryset, heading=topic.name, description=topic.description, topic=topic)


@refuses_invalid_parameters
def tag_detail(request, slug):
    """All content carrying one free tag, newest first."""
    if not params.printable(slug):
        raise Http404(_("Dieses Schlagwort gibt es nicht."))
    tag = get_object_or_404(Tag, slug=slug)
    queryset = listings.published_content().filter(tagged_items__tag=tag)
    return _listing(request, queryset, heading=_("Schlagwort: %(tag)s") % {"tag": tag.name})


def _municipality(request):
    """The live municipality named by the `municipality` parameter, None without one; unknown is refused."""
    raw = request.GET.get("municipality")
    if raw is None or not raw.strip():
        return None
    municipality = listings.published_municipality(params.slug(raw, "municipality"))
    if municipality is None:
        raise params.invalid("municipality", raw)
    return municipality


@refuses_invalid_parameters
def type_listing(request, type_slug):
    """All content of one type (e.g. all Praxisbeispiele), newest first, optionally of one municipality."""
    model = content_page_type_for_listing(type_slug)
    if model is None:
        raise Http404(type_slug)
    heading = model._meta.verbose_name_plural
    queryset = listings.published_content().type(model)
    municipality = _municipality(request)
    if municipality is None:
        return _listing(request, queryset, heading=heading)
    return _listing(
        request,
        queryset.child_of(municipality),
        link_parameters=[("municipality", municipality.slug)],
        heading=_("%(type)s aus %(municipality)s") % {"type": heading, "municipality": municipality.title},
        municipality=municipality,
    )
