"""Template tags of the network exchange, used by the domain's page templates.

The map, the strategy timeline and the peers are presentation across municipalities, so they live here and
the page models in `exchange` know nothing of them (as related content lives in `search`).
"""

from django import template
from django.conf import settings

from exchange.choices import MunicipalityKind
from exchange.models import StrategyMeasure

from ..peers import peer_municipalities
from ..timeline import STATUSES, build_timeline, group_measures

register = template.Library()


@register.inclusion_tag("network/municipality_map.html")
def municipality_map(municipalities):
    """The map of the „Kommunen“ page with its filters, whose choices are those the listed municipalities have.

    `municipalities` is the page's own list (evaluated once here and reused by the table it shows).
    """
    municipalities = list(municipalities)
    kinds = {m.kind for m in municipalities if m.kind}
    return {
        "states": sorted({m.state for m in municipalities if m.state}),
        "kinds": [(value, label) for value, label in MunicipalityKind.choices if value in kinds],
        "cohorts": sorted({m.cohort for m in municipalities if m.cohort}),
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "unmapped": [m for m in municipalities if m.latitude is None or m.longitude is None],
    }


@register.inclusion_tag("network/strategy_timeline.html")
def strategy_timeline(strategy):
    """A strategy's measures as an SVG timeline and, grouped the same way, as a table (two queries)."""
    measures = list(
        StrategyMeasure.objects.filter(page=strategy).select_related("field_of_action").order_by("sort_order", "pk")
    )
    return {
        "timeline": build_timeline(measures),
        "groups": group_measures(measures),
        "statuses": STATUSES,
    }


@register.inclusion_tag("components/peers.html", takes_context=True)
def peers(context, page):
    """„Kommunen wie wir“ for a case study or lesson (see network.peers)."""
    return {"peers": peer_municipalities(page), "request": context.get("request"), "page": page}
