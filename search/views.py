"""The search page, its JSON API and the suggestions endpoint.

The views only check parameters (search.forms), ask the configured engine, and present the answer.
When the configured engine is down, the database engine answers for it (search.engines.fallback) and the
page says so. Results are
never cached and never indexed by search engines; each first-page query is counted for editors.
Every failing answer below /api/ is JSON `{"error": {"message", "parameter"?}}` (`api_error`).
"""

import dataclasses
import logging
from functools import wraps

from django.db import DatabaseError, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from wagtail.models import Page

from exchange.listings import topics_with_counts
from exchange.visibility import publicly_visible

from . import presentation
from .documents import page_doc_id
from .engines import get_engine
from .forms import SearchForm, clean_query_text
from .statistics import count_query

logger = logging.getLogger(__name__)

MAX_SUGGEST_LENGTH = 100


def private_results(view):
    """No caching anywhere and no indexing: results depend on the query and change with the content."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapper)


def api_error(status, message, parameter=None):
    """The JSON answer of every failing /api/ request, so clients never have to parse an HTML page."""
    error = {"message": str(message)}
    if parameter:
        error["parameter"] = parameter
    return JsonResponse({"error": error}, status=status, json_dumps_params={"ensure_ascii": False})


def api_endpoint(view):
    """A read-only JSON endpoint: GET only (otherwise a JSON 405), private results, no CSRF token needed.

    CSRF protection is for requests that change something; these refuse every such request themselves,
    and without the exemption a POST would get the CSRF failure page instead of the 405.
    """
    view = private_results(view)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET":
            response = api_error(
                405, _("Die Methode „%(method)s“ ist hier nicht erlaubt, nur GET.") % {"method": request.method[:20]}
            )
            response["Allow"] = "GET"
            return response
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)


@csrf_exempt
def api_not_found(request, exception=None):
    """JSON 404 for any address below /api/ that names no endpoint."""
    return api_error(404, _("Diese Adresse gibt es in der Schnittstelle nicht."))


def promotions(query, found):
    """Editors' picks for the query text (first page only), and count the query for the statistics (and whether
    it `found` anything)."""
    if not query.text or query.page != 1:
        return []
    try:
        with transaction.atomic():
            record = count_query(query.text, found)
            picks = list(record.editors_picks.select_related("page"))
    except DatabaseError:  # statistics must not break searching, e.g. on a read-only replica
        logger.exception("Could not record search query statistics")
        return []
    visible = set(
        publicly_visible(Page.objects.filter(pk__in=[pick.page_id for pick in picks])).values_list("pk", flat=True)
    )
    return [pick for pick in picks if pick.page_id is None or pick.page_id in visible]


@require_GET
@private_results
def search(request):
    """The search page: query box, filters, sorting, hits, promotions; works without JavaScript."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        context = {"error": form.first_error(), "query": clean_query_text(request.GET.get("q", ""))}
        return render(request, "search/search.html", context, status=400)
    query = form.search_query()
    result = get_engine().search(query)
    picks = promotions(query, found=bool(result.count))
    promoted_ids = {page_doc_id(pick.page_id) for pick in picks if pick.page_id}
    hits = [hit for hit in result.hits if hit.id not in promoted_ids]
    labels = presentation.value_labels(form)
    context = {
        "query": query.text,
        "search_query": query,
        "result": result,
        "hits": hits,
        "degraded": result.degraded,
        "promotions": picks,
        "facet_groups": presentation.facet_groups(query, result.facets, labels),
        "active_filters": presentation.active_filters(query, labels),
        "clear_filters_url": presentation.link([("q", query.text)] if query.text else []),
        "sort_options": presentation.sort_options(query),
        "facet_hidden": presentation.hidden_fields(query, exclude=presentation.FACET_LEGENDS),
        "sort_hidden": presentation.hidden_fields(query, exclude=("sort",)),
        "pagination": presentation.pagination(query, result.count),
        "suggestion_url": presentation.link([("q", result.suggestion)]) if result.suggestion else None,
    }
    if not result.count:
        topics = [topic for topic in topics_with_counts() if topic.page_count]
        context["popular_topics"] = sorted(topics, key=lambda topic: -topic.page_count)[:12]
    return render(request, "search/search.html", context)


def _hit_json(hit):
    return {
        "slug": hit.slug,
        "type": hit.type,
        "title": hit.title,
        "url": hit.url,
        "municipality": hit.municipality,
        "date": hit.date,
        "last_reviewed": hit.last_reviewed,
        "snippet": hit.snippet,
    }


@api_endpoint
def api_search(request):
    """JSON: the same search as the page; 400 with {"error": {"parameter", "message"}} for bad parameters."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        error = form.first_error()
        return api_error(400, error["message"], error["parameter"])
    query = form.search_query()
    result = get_engine().search(query)
    data = {
        "query": query.text,
        "engine": result.engine,
        "count": result.count,
        "page": query.page,
        "results": [_hit_json(hit) for hit in result.hits],
        "facets": result.facets,
        "took_ms": result.took_ms,
    }
    if result.degraded:
        data["degraded"] = True
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@api_endpoint
def api_suggest(request):
    """JSON completions for what a reader is typing: titles and tags, umlaut-aware."""
    prefix = clean_query_text(request.GET.get("q", ""))[:MAX_SUGGEST_LENGTH]
    suggestions = get_engine().suggest(prefix) if prefix else []
    data = {"query": prefix, "suggestions": [dataclasses.asdict(suggestion) for suggestion in suggestions]}
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
