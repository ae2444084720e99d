"""The search page. For now it searches live content with the configured Wagtail backend."""

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from exchange.listings import attach_municipalities, published_content

MAX_QUERY_LENGTH = 500


def search(request):
    """Full-text search over all live content; `q` is the query, `page` the result page."""
    query = request.GET.get("q", "").strip()
    raw_page = request.GET.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        return HttpResponseBadRequest(
            _("Ungültiger Parameter „page“: erwartet wird eine positive ganze Zahl."),
            content_type="text/plain; charset=utf-8",
        )
    query = query[:MAX_QUERY_LENGTH]
    page_obj = None
    if query:
        results = published_content().specific().search(query, operator="and")
        paginator = Paginator(results, 10)
        try:
            page_obj = paginator.page(int(raw_page))
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        page_obj.object_list = list(page_obj.object_list)
        attach_municipalities(page_obj.object_list)
    response = render(request, "search/search.html", {"query": query, "page_obj": page_obj})
    response["X-Robots-Tag"] = "noindex"
    return response
