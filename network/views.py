"""The network's own addresses: the municipalities as GeoJSON and the comparison of strategies."""

import json

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from search.views import api_endpoint

from .comparison import compare_fields
from .geojson import feature_collection

#: RFC 7946's media type.
GEOJSON = "application/geo+json"


@api_endpoint
def municipalities_geojson(request):
    """GET /api/municipalities.geojson: every public municipality with coordinates, one Point feature each.

    Any query string is ignored. An /api/ endpoint like the search's: GET only, JSON errors.
    """
    body = json.dumps(feature_collection(request), ensure_ascii=False, separators=(",", ":"))
    return HttpResponse(body, content_type=f"{GEOJSON}; charset=utf-8")


@require_safe
def strategy_comparison(request):
    """/strategien/vergleich/: per Handlungsfeld, who has a measure on it and how far it is."""
    return render(request, "network/strategy_comparison.html", {"fields": compare_fields()})
