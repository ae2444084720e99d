"""Facet values, filters and counts of the database engine, on `SearchFacetTerm` and `SearchDocumentFacet`.

Counts follow the usual rule for faceted search: the counts of one facet apply the filters of all *other*
facets, so a reader sees how many results each additional value of the same facet would add. All of it is
one GROUP BY over integer term ids, with one conditional count per filtered facet.
"""

from functools import reduce
from operator import and_

from django.db.models import Count, Q

from ..folding import fold_for_search
from ..models import SearchDocumentFacet, SearchFacetTerm
from .base import FACET_FIELDS, FACETS


def facet_key(facet, value):
    """The form of a value that filters compare: tags folded (case and umlaut spelling don't matter)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    value = str(value).strip()
    return fold_for_search(value)[:255] if facet == "tag" else value[:255]


def document_facets(doc):
    """{(facet, key): value} of every facet value of a search document dict."""
    found = {}
    for facet in FACETS:
        raw = doc.get(FACET_FIELDS[facet])
        for value in raw if isinstance(raw, list | tuple) else [raw]:
            if value is None or value == "":
                continue
            shown = facet_key(facet, value) if isinstance(value, bool) else str(value)[:255]
            found.setdefault((facet, facet_key(facet, value)), shown)
    return found


def filter_terms(filters):
    """{facet: [term ids]} of the filtered facets; a facet whose values are all unknown maps to []."""
    wanted = {facet: {facet_key(facet, value) for value in filters.get(facet) or ()} - {""} for facet in FACETS}
    wanted = {facet: keys for facet, keys in wanted.items() if keys}
    if not wanted:
        return {}
    rows = SearchFacetTerm.objects.filter(key__in=set().union(*wanted.values())).values_list("id", "facet", "key")
    terms = {facet: [] for facet in wanted}
    for pk, facet, key in rows:
        if key in wanted.get(facet, ()):
            terms[facet].append(pk)
    return terms


def filters_q(terms, skip=None):
    """AND across the filtered facets (all except `skip`), OR within each; `terms` from `filter_terms`."""
    parts = [
        Q(id__in=SearchDocumentFacet.objects.filter(term_id__in=ids).values("document_id"))
        for facet, ids in terms.items()
        if facet != skip
    ]
    return reduce(and_, parts) if parts else Q()


def _carries(ids):
    """The facet rows whose document carries one of the term `ids` (a filter of one facet)."""
    return Q(document_id__in=SearchDocumentFacet.objects.filter(term_id__in=ids).values("document_id"))


def facet_counts(base, terms, tag_limit=40):
    """{facet: {value: count}} over the documents of `base` (a SearchDocument queryset, None for all of them).

    One pass over the facet rows of `base`: each term is counted once under all filters and once more
    without each filtered facet's own filter (conditional counts), and a term keeps the count of its group.
    """
    skips = [None, *terms]
    counters = {
        f"n{index}": Count(
            "id", filter=reduce(and_, [_carries(ids) for facet, ids in terms.items() if facet != skip], Q())
        )
        for index, skip in enumerate(skips)
    }
    rows = SearchDocumentFacet.objects.all()
    if base is not None:
        rows = rows.filter(document__in=base.values("id"))
    rows = rows.values("term_id").annotate(**counters).order_by()
    found = {row["term_id"]: row for row in rows}
    names = SearchFacetTerm.objects.in_bulk(list(found))
    counts = {facet: {} for facet in FACETS}
    for term_id, row in found.items():
        term = names.get(term_id)
        if term is None:
            continue
        count = row[f"n{skips.index(term.facet)}" if term.facet in terms else "n0"]
        if count:
            counts[term.facet][term.value] = count
    for facet, values in counts.items():
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        counts[facet] = dict(ordered[:tag_limit] if facet == "tag" else ordered)
    return counts
