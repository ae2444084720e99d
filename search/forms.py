"""The search parameters a reader may send, whitelisted and checked before any engine sees them.

Unknown parameters are ignored; a known parameter with a bad value is an error that names the
parameter (HTTP 400), except an over-long or odd query text, which is cleaned instead: nobody should
get an error page for what they typed into a search box. Numbers and the number of values per facet
are checked by `exchange.params`, the same rules as the listings.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from exchange import params
from exchange.choices import CaseStudyStatus, LessonCause, LessonKind, MunicipalityKind, ProjectPhase
from exchange.models import Contact, MunicipalityPage, Topic
from exchange.models.registry import content_page_types
from exchange.visibility import publicly_visible

from .engines.base import FACETS, SORTS, SearchQuery

MAX_QUERY_LENGTH = 1000
PER_PAGE = 10

#: German name of each document type: the content types' verbose names, then municipalities and contacts.
TYPE_LABELS = {
    **{model.type_key: model._meta.verbose_name for model in content_page_types()},
    "municipality": MunicipalityPage._meta.verbose_name,
    "contact": Contact._meta.verbose_name,
}
FUNDED_VALUES = {"true": "true", "ja": "true", "false": "false", "nein": "false"}
SORT_LABELS = {"relevance": _("Relevanz"), "newest": _("Neueste zuerst")}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_query_text(value):
    """Strip control characters and surrounding space; cut to MAX_QUERY_LENGTH characters."""
    return " ".join(_CONTROL.sub(" ", value or "").split())[:MAX_QUERY_LENGTH]


class QueryTextField(forms.Field):
    """Free text that never fails validation (CharField would reject NUL characters)."""

    def to_python(self, value):
        return clean_query_text(value if isinstance(value, str) else "")


class ValuesField(forms.Field):
    """A repeated parameter (`?type=a&type=b`) of at most `params.MAX_VALUES` values, each mapped or rejected."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, lookup=None, max_length=100, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.lookup = lookup
        self.max_length = max_length

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        try:
            values = params.limited(filter(None, map(clean_query_text, values)), self.label)
        except params.InvalidParameter as error:
            raise forms.ValidationError(error.message, code="too_many") from error
        cleaned = []
        for raw in values:
            mapped = self.lookup(raw) if self.lookup else (raw if len(raw) <= self.max_length else None)
            if mapped is None:
                raise forms.ValidationError(params.invalid(self.label, raw).message, code="invalid")
            if mapped not in cleaned:
                cleaned.append(mapped)
        return cleaned


def _choice_lookup(choices):
    allowed = {str(key) for key in choices}
    return lambda raw: raw if raw in allowed else None


class SearchForm(forms.Form):
    """All parameters of /suche/ and /api/search/. Topics and municipalities are checked against the database."""

    q = QueryTextField(required=False)
    # Raw values: they are checked below, and CharField would refuse NUL before naming the parameter.
    sort = forms.Field(required=False)
    page = forms.Field(required=False)

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.topics = dict(Topic.objects.order_by("name").values_list("slug", "name"))
        self.municipalities = dict(
            publicly_visible(MunicipalityPage.objects.order_by("title")).values_list("slug", "title")
        )
        topic_by_name = {name.lower(): slug for slug, name in self.topics.items()}
        lookups = {
            "type": _choice_lookup(TYPE_LABELS),
            "topic": lambda raw: raw if raw in self.topics else topic_by_name.get(raw.lower()),
            "tag": None,
            "municipality": _choice_lookup(self.municipalities),
            "kind": _choice_lookup(MunicipalityKind.values),
            "funded": lambda raw: FUNDED_VALUES.get(raw.lower()),
            "lesson_kind": _choice_lookup(LessonKind.values),
            "phase": _choice_lookup(ProjectPhase.values),
            "cause": _choice_lookup(LessonCause.values),
            "status": _choice_lookup(CaseStudyStatus.values),
            "year": params.year,
        }
        for facet in FACETS:
            self.fields[facet] = ValuesField(lookup=lookups[facet], label=facet)

    def clean_sort(self):
        value = (self.cleaned_data.get("sort") or "").strip() or "relevance"
        if value not in SORTS:
            raise forms.ValidationError(params.invalid("sort", value).message, code="invalid")
        return value

    def clean_page(self):
        try:
            return params.page_number(self.cleaned_data.get("page"))
        except params.InvalidParameter as error:
            raise forms.ValidationError(error.message, code="invalid") from error

    def first_error(self):
        """{"parameter", "message"} of the first invalid parameter, for the 400 answer."""
        for name, errors in self.errors.items():
            return {"parameter": name, "message": str(errors[0])}
        return None

    def search_query(self):
        data = self.cleaned_data
        filters = {facet: data[facet] for facet in FACETS if data.get(facet)}
        return SearchQuery(text=data["q"], filters=filters, sort=data["sort"], page=data["page"], per_page=PER_PAGE)
