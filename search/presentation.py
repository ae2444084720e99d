"""What the search page shows besides hits: German labels of facet values, active filters, page links.

Kept apart from the view so the view stays a sequence of steps, and from the engines, which return keys.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from exchange.choices import CaseStudyStatus, LessonCause, LessonKind, MunicipalityKind, ProjectPhase
from exchange.models import Tag

from .engines.base import FACETS
from .forms import SORT_LABELS, TYPE_LABELS

FACET_LEGENDS = {
    "type": _("Art des Inhalts"),
    "topic": _("Thema"),
    "tag": _("Schlagwort"),
    "municipality": _("Kommune"),
    "kind": _("Art der Kommune"),
    "funded": _("Gefördertes Modellprojekt"),
    "lesson_kind": _("Stolperstein oder Booster"),
    "phase": _("Projektphase"),
    "cause": _("Ursache"),
    "status": _("Projektstatus"),
    "year": _("Jahr"),
}
FUNDED_LABELS = {"true": _("ja"), "false": _("nein")}


def fixed_value_labels():
    """{facet: {value: German label}} for the facets whose values are fixed choices (no database needed)."""
    return {
        "type": TYPE_LABELS,
        "kind": dict(MunicipalityKind.choices),
        "funded": FUNDED_LABELS,
        "lesson_kind": dict(LessonKind.choices),
        "phase": dict(ProjectPhase.choices),
        "cause": dict(LessonCause.choices),
        "status": dict(CaseStudyStatus.choices),
        "year": {},
    }


def value_labels(form):
    """{facet: {value: German label}} for facet values whose key is not readable on its own."""
    tags = {name.lower(): name for name in Tag.objects.values_list("name", flat=True)}
    return {**fixed_value_labels(), "topic": form.topics, "tag": tags, "municipality": form.municipalities}


def parameters(query):
    """The query as (name, value) pairs, in a stable order, for links and hidden form fields."""
    pairs = [("q", query.text)] if query.text else []
    for facet in FACETS:
        pairs += [(facet, str(value)) for value in query.filters.get(facet, ())]
    if query.sort != "relevance":
        pairs.append(("sort", query.sort))
    return pairs


def link(pairs, **extra):
    pairs = list(pairs) + [(name, value) for name, value in extra.items() if value]
    return "?" + urlencode(pairs) if pairs else "?"


def facet_groups(query, facets, labels):
    """Fieldsets for the filter form: legend and options (value, label, count, checked) per facet.

    Selected values stay visible even when the other filters leave them no hits, so they can be unticked.
    """
    groups = []
    for facet in FACETS:
        counts = dict(facets.get(facet) or {})
        selected = [str(value) for value in query.filters.get(facet, ())]
        for value in selected:
            counts.setdefault(value, 0)
        if facet == "year":
            counts = dict(sorted(counts.items(), reverse=True))
        options = [
            {
                "value": value,
                "label": labels[facet].get(value, value),
                "count": count,
                "checked": value in selected,
                "id": f"facet-{facet}-{index}",
            }
            for index, (value, count) in enumerate(counts.items())
        ]
        if options:
            groups.append({"name": facet, "legend": FACET_LEGENDS[facet], "options": options})
    return groups


def active_filters(query, labels):
    """Each selected filter value with a link that drops just that value (and the page number)."""
    pairs = parameters(query)
    active = []
    for facet in FACETS:
        for value in query.filters.get(facet, ()):
            value = str(value)
            remaining = [pair for pair in pairs if pair != (facet, value)]
            active.append(
                {
                    "facet": FACET_LEGENDS[facet],
                    "label": labels[facet].get(value, value),
                    "remove_url": link(remaining),
                }
            )
    return active


def pagination(query, count):
    """Previous/next links that keep every parameter."""
    pages = max(1, -(-count // query.per_page))
    pairs = parameters(query)
    return {
        "number": query.page,
        "pages": pages,
        "previous_url": link(pairs, page=query.page - 1 if query.page > 2 else None) if query.page > 1 else None,
        "next_url": link(pairs, page=query.page + 1) if query.page < pages else None,
    }


def sort_options(query):
    return [{"value": value, "label": label, "selected": value == query.sort} for value, label in SORT_LABELS.items()]


def hidden_fields(query, exclude=()):
    """Hidden inputs that carry the rest of the query through a form that changes one part of it."""
    return [(name, value) for name, value in parameters(query) if name not in exclude]
