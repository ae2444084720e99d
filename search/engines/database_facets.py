"""Facet filters and counts for the database engine, expressed as SQL on `SearchDocument`.

Counts follow the usual rule for faceted search: the counts of one facet apply the filters of all
*other* facets, so a reader sees how many results each additional value of the same facet would add.
Single-valued facets are counted with one GROUP BY each; topics and tags (stored as "|a|b|") with one
conditional aggregate each over the values that occur in the matching documents.
"""

from functools import reduce
from operator import and_, or_

from django.db.models import Count, Q

from .base import FACET_FIELDS, FACETS

PIPE_FACETS = ("topic", "tag")


def _normalise(facet, value):
    """A filter value as stored: tags in lower case, funded as a boolean, years as integers."""
    value = str(value).strip()
    if facet == "tag":
        return value.lower()
    if facet == "funded":
        return value.lower() in ("true", "ja", "1")
    if facet == "year":
        return int(value)
    return value


def facet_q(facet, values):
    """OR of the values of one facet, or None when the facet is not filtered."""
    values = [value for value in values or () if str(value).strip()]
    if not values:
        return None
    column = FACET_FIELDS[facet]
    try:
        values = [_normalise(facet, value) for value in values]
    except ValueError:
        return Q(pk__in=[])
    if facet in PIPE_FACETS:
        return reduce(or_, (Q(**{f"{column}__icontains": f"|{value}|"}) for value in values))
    return Q(**{f"{column}__in": values})


def filters_q(filters, skip=None):
    """AND across facets (all except `skip`)."""
    parts = [facet_q(facet, filters.get(facet)) for facet in FACETS if facet != skip]
    parts = [part for part in parts if part is not None]
    return reduce(and_, parts) if parts else Q()


def _key(facet, value):
    if facet == "funded":
        return "true" if value else "false"
    return str(value)


def facet_counts(base, filters, tag_limit=40):
    """{facet: {value: count}} for documents in `base`, most frequent values first."""
    counts = {}
    for facet in FACETS:
        queryset = base.filter(filters_q(filters, skip=facet)).order_by()
        column = FACET_FIELDS[facet]
        if facet in PIPE_FACETS:
            counts[facet] = _pipe_counts(queryset, column, limit=tag_limit if facet == "tag" else None)
            continue
        rows = queryset.exclude(**{f"{column}__isnull": True}).values(column).annotate(n=Count("pk"))
        found = {_key(facet, row[column]): row["n"] for row in rows if row[column] not in ("", None)}
        counts[facet] = dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))
    return counts


def _pipe_counts(queryset, column, limit=None):
    """Counts of the values in a "|a|b|" column, aggregated in the database."""
    stored = queryset.exclude(**{column: ""}).values_list(column, flat=True).distinct()
    values = sorted({value for text in stored for value in text.strip("|").split("|") if value})
    if not values:
        return {}
    aggregates = {
        f"v{index}": Count("pk", filter=Q(**{f"{column}__icontains": f"|{value}|"}))
        for index, value in enumerate(values)
    }
    totals = queryset.aggregate(**aggregates)
    found = {value: totals[f"v{index}"] for index, value in enumerate(values) if totals[f"v{index}"]}
    ordered = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return dict(ordered[:limit] if limit else ordered)
