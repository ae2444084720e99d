"""Facet values, filters and counts of the database engine, on `SearchFacetTerm` and `SearchDocumentFacet`.

Counts follow the usual rule for faceted search: the counts of one facet apply the filters of all *other*
facets, so a reader sees how many results each additional value of the same facet would add. Facets that
share the same set of applicable filters share one GROUP BY over integer term ids: with no filter that is
one query for every facet, and each filtered facet adds one.
"""

from functools import reduce
from operator import and_

from django.db.models import Count, Q

from ..german import fold
from ..models import SearchDocumentFacet, SearchFacetTerm
from .base import FACET_FIELDS, FACETS


def facet_key(facet, value):
    """The form of a value that filters compare: tags folded (case and umlaut spelling don't matter)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    value = str(value).strip()
    return fold(value)[:255] if facet == "tag" else value[:255]


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


def facet_counts(base, terms, selected=None, tag_limit=40):
    """{facet: {value: count}} over the documents of `base` (a SearchDocument queryset), most frequent first.

    `selected`, when given, is `base` with every filter applied, as the caller already has it.
    """
    groups = {None: [facet for facet in FACETS if facet not in terms]}
    groups.update({facet: [facet] for facet in terms})
    counted = []
    for skip, facets in groups.items():
        if not facets:
            continue
        if skip is None and selected is not None:
            documents = selected.values("id")
        else:
            documents = base.filter(filters_q(terms, skip=skip)).values("id")
        rows = SearchDocumentFacet.objects.filter(document__in=documents)
        if skip is not None:
            rows = rows.filter(term__facet=skip)
        grouped = rows.values_list("term_id").annotate(n=Count("document_id")).order_by()
        counted += [(facets, term_id, count) for term_id, count in grouped]
    names = SearchFacetTerm.objects.in_bulk({term_id for _facets, term_id, _count in counted})
    counts = {facet: {} for facet in FACETS}
    for facets, term_id, count in counted:
        term = names.get(term_id)
        if term is not None and term.facet in facets:
            counts[term.facet][term.value] = count
    for facet, found in counts.items():
        ordered = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        counts[facet] = dict(ordered[:tag_limit] if facet == "tag" else ordered)
    return counts
