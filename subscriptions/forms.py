"""The subscribe form (the public contract of `POST /abonnieren/`) and the form to change one subscription.

Form contract: `email`, `topics` (topic slugs), `tags` (tag slugs or names), `municipalities` (slugs),
`types` (content type keys), each repeatable; `query` (saved-search text), `frequency` (`immediate` or
`weekly`), `consent` (required). A saved search may carry the search page's further filters under their
search parameter names (`kind`, `funded`, `lesson_kind`, `phase`, `cause`, `status`, `year`). `website` is a honeypot.
Errors are German and name the field; nothing is stored until the whole form is valid.
"""

import hashlib
import json

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from exchange import params
from exchange.models import MunicipalityPage, Tag, Topic
from exchange.models.registry import content_page_types
from exchange.visibility import publicly_visible
from search.forms import SearchForm

from .models import Frequency

MAX_QUERY_LENGTH = 200
#: Search filters a saved search may carry besides the choices of its own fields.
SEARCH_FILTERS = ("kind", "funded", "lesson_kind", "phase", "cause", "status", "year")
UNKNOWN = _("„%(value)s“ gibt es hier nicht als %(what)s.")


class ValuesChoiceField(forms.Field):
    """A repeated field whose values name existing objects; `lookup(values)` -> {value: object}."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, lookup, what, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.lookup = lookup
        self.what = what

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        values = [str(raw).strip() for raw in values if str(raw).strip()]
        if len(values) > params.MAX_VALUES:
            raise forms.ValidationError(
                _("Zu viele Werte: höchstens %(max)s sind erlaubt."), params={"max": params.MAX_VALUES}
            )
        found = self.lookup(values)
        for raw in values:
            if raw not in found:
                raise forms.ValidationError(
                    UNKNOWN, code="unknown", params={"value": params.shown(raw), "what": self.what}
                )
        objects = []
        for raw in values:
            if found[raw] not in objects:
                objects.append(found[raw])
        return objects


def _topics(values):
    return {topic.slug: topic for topic in Topic.objects.filter(slug__in=values)}


def _municipalities(values):
    return {m.slug: m for m in publicly_visible(MunicipalityPage.objects.filter(slug__in=values))}


def find_tags(values):
    """Tags by slug or by name (any case)."""
    by_name = Q()
    for value in values:
        by_name |= Q(name__iexact=value)
    known = {}
    for tag in Tag.objects.filter(Q(slug__in=values) | by_name):
        known[tag.slug] = tag
        known[tag.name.lower()] = tag
    found = {value: known.get(value) or known.get(value.lower()) for value in values}
    return {value: tag for value, tag in found.items() if tag}


def _types(values):
    keys = {model.type_key for model in content_page_types()}
    return {value: value for value in values if value in keys}


class AddressField(forms.EmailField):
    """An e-mail address as subscriptions store it: at most 254 characters, the domain in lower case."""

    default_error_messages = {
        "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
        "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("E-Mail-Adresse"))
        super().__init__(max_length=254, **kwargs)
        self.error_messages["max_length"] = _("Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).")

    def clean(self, value):
        local, _at, domain = super().clean(value).rpartition("@")
        return f"{local}@{domain.lower()}"


class SubscribeForm(forms.Form):
    email = AddressField()
    topics = ValuesChoiceField(lookup=_topics, what=_("Thema"), label=_("Themen"))
    tags = ValuesChoiceField(lookup=find_tags, what=_("Schlagwort"), label=_("Schlagworte"))
    municipalities = ValuesChoiceField(lookup=_municipalities, what=_("Kommune"), label=_("Kommunen"))
    types = ValuesChoiceField(lookup=_types, what=_("Inhaltsart"), label=_("Inhaltsarten"))
    query = forms.CharField(
        label=_("Suchbegriff"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Der Suchbegriff ist zu lang (höchstens %(limit_value)d Zeichen).")},
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft möchten Sie benachrichtigt werden?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie, wie oft Sie benachrichtigt werden möchten."),
            "invalid_choice": _("Bitte wählen Sie „sofort“ oder „wöchentlich“."),
        },
    )
    consent = forms.BooleanField(
        label=_("Ich habe die Hinweise zum Datenschutz gelesen und möchte diese E-Mails erhalten."),
        error_messages={"required": _("Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.")},
    )
    #: Honeypot: hidden from people, filled in by bots. A filled-in form is answered as usual and dropped.
    website = forms.CharField(required=False, label=_("Bitte leer lassen"))

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for name in SEARCH_FILTERS:
            self.fields[name] = forms.Field(required=False, widget=forms.MultipleHiddenInput, label=name)

    def clean_query(self):
        return " ".join(self.cleaned_data["query"].split())

    def clean(self):
        """The search filters of a saved search, checked by the search page's own form."""
        data = super().clean()
        raw = {name: data[name] for name in SEARCH_FILTERS if data.get(name)}
        filters = {}
        if raw:
            search = SearchForm(_multi(raw))
            if not search.is_valid():
                for name, errors in search.errors.items():
                    self.add_error(name if name in self.fields else None, errors)
                return data
            filters = {name: [str(value) for value in search.cleaned_data[name]] for name in raw}
        data["filters"] = filters
        return data

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    def choices(self):
        """The cleaned choices, as the subscription stores them."""
        data = self.cleaned_data
        return {
            "topics": data.get("topics") or [],
            "tags": data.get("tags") or [],
            "municipalities": data.get("municipalities") or [],
            "types": data.get("types") or [],
            "query": data.get("query") or "",
            "filters": data.get("filters") or {},
        }


def _multi(raw):
    query = QueryDict(mutable=True)
    for name, values in raw.items():
        query.setlist(name, values)
    return query


def fingerprint(choices):
    """The same hash for the same choices, whatever their order."""
    canonical = {
        "topics": sorted(topic.pk for topic in choices["topics"]),
        "tags": sorted(tag.pk for tag in choices["tags"]),
        "municipalities": sorted(m.pk for m in choices["municipalities"]),
        "types": sorted(choices["types"]),
        "query": choices["query"].lower(),
        "filters": {name: sorted(values) for name, values in sorted(choices["filters"].items())},
    }
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


class FrequencyForm(forms.Form):
    """Changing how often one subscription is delivered (manage page)."""

    frequency = forms.ChoiceField(choices=Frequency.choices, label=_("Häufigkeit"))
