"""What a valid exchange file looks like: the fields of each section and the model field each is stored in.

A field's limits are read from that model field (its `column`): the length of a text, the range of a
number, the allowed choices and the column's own validators. Years are narrowed to what makes sense
(1900–2100). The fields of each item type are derived from the model fields its page class names in
`exchange_fields` (see `type_fields`). `cleaners` applies all of it.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField
from wagtail.models import Page

from exchange.models import Contact, ContentPage, ContentPageTag, MunicipalityPage, StrategyMeasure, Topic
from exchange.models.registry import content_page_types

from .cleaners import integer_range

#: The content page model of each item type (the type key is the model's `type_key`), from the registry.
CONTENT_MODELS = {model.type_key: model for model in content_page_types()}
#: The tag model, as content pages reach it (the model may be swapped; this follows it).
TAG_MODEL = ContentPageTag._meta.get_field("tag").related_model


def column(model, name):
    """The model field `name` of `model`, whose limits a field of the format inherits."""
    return model._meta.get_field(name)


@dataclass(frozen=True)
class Field:
    """One field of the format: its JSON name, kind of value, whether it must be present, where it is stored.

    For a list of names, `column` is where each name is stored (e.g. a topic's name). `min_value` and
    `max_value` narrow an integer column's range; `parts` are the fields of each object of a list of objects.
    Derived fields also know the model `attribute` they are stored in and, for a reference, the `target`
    model whose `column` the value names (a case study by its slug, a topic by its name); for a list of
    objects, `target` is the model of each row.
    """

    name: str
    kind: str = "str"
    required: bool = False
    column: object = None
    min_value: int | None = None
    max_value: int | None = None
    parts: tuple = ()
    allowed: tuple = ()
    attribute: str = ""
    target: object = None

    @property
    def choices(self):
        """The allowed values: given explicitly, or the column's choices."""
        if self.allowed or self.column is None:
            return self.allowed
        return tuple(str(value) for value, _label in self.column.flatchoices)

    @property
    def default(self):
        """The value of an optional field left empty, when the column has a default of its own."""
        if self.required or self.column is None or not self.column.has_default():
            return None
        return self.column.get_default()

    @property
    def value_range(self):
        """(lowest, highest) integer allowed: the column's range, narrowed by the field's own limits."""
        low, high = integer_range(self.column)
        if self.min_value is not None:
            low = max(low, self.min_value)
        if self.max_value is not None:
            high = min(high, self.max_value)
        return low, high


TOPIC_NAME = column(Topic, "name")
YEARS = {"min_value": 1900, "max_value": 2100}

TOPIC_FIELDS = (
    Field("name", required=True, column=TOPIC_NAME),
    Field("slug", "slug", column=column(Topic, "slug")),
    Field("description", "text", column=column(Topic, "description")),
)

MUNICIPALITY_FIELDS = (
    Field("slug", "slug", required=True, column=column(Page, "slug")),
    Field("name", required=True, column=column(Page, "title")),
    Field("kind", "choice", column=column(MunicipalityPage, "kind")),
    Field("state", column=column(MunicipalityPage, "state")),
    Field("population", "int", column=column(MunicipalityPage, "population")),
    Field("funded", "bool", column=column(MunicipalityPage, "funded")),
    Field("cohort", "int", column=column(MunicipalityPage, "cohort"), **YEARS),
    Field("motto", column=column(MunicipalityPage, "motto")),
    Field("lat", "latitude"),
    Field("lon", "longitude"),
    Field("website", "url", column=column(MunicipalityPage, "website")),
    Field("summary", "text", column=column(MunicipalityPage, "summary")),
    Field("source", "text", column=column(MunicipalityPage, "source")),
)

CONTACT_FIELDS = (
    Field("slug", "slug", required=True, column=column(Contact, "slug")),
    Field("name", required=True, column=column(Contact, "name")),
    Field("role", column=column(Contact, "role")),
    Field("municipality", "slug", required=True, column=column(Page, "slug")),
    Field("email", "email", column=column(Contact, "email")),
    Field("phone", column=column(Contact, "phone")),
    Field("topics", "list", column=TOPIC_NAME),
)

ITEM_COMMON_FIELDS = (
    Field("type", "choice", required=True, allowed=tuple(CONTENT_MODELS)),
    Field("slug", "slug", required=True, column=column(Page, "slug")),
    Field("municipality", "slug", required=True, column=column(Page, "slug")),
    Field("title", required=True, column=column(Page, "title")),
    Field("summary", "text", column=column(ContentPage, "summary")),
    Field("body", "paragraphs"),
    Field("topics", "list", column=TOPIC_NAME),
    Field("tags", "list", column=column(TAG_MODEL, "name")),
    Field("date", "date"),
    Field("contacts", "list", column=column(Contact, "slug")),
)

#: Kinds of plain model fields, most specific class first (a URLField is a CharField, too).
KINDS = (
    (RichTextField, "paragraphs"),
    (models.URLField, "url"),
    (models.TextField, "text"),
    (models.CharField, "str"),
    (models.BooleanField, "bool"),
    (models.DateTimeField, "datetime"),
    (models.DateField, "date"),
    (models.IntegerField, "int"),
)
#: Columns of a row that the file does not carry: the row's own key and its position (the list's order).
ROW_BOOKKEEPING = ("id", "sort_order")


def row_fields(rows):
    """The fields of each object of a list of objects stored as rows of `rows` (e.g. a strategy's measures)."""
    return tuple(
        derived_field(rows, f.name)
        for f in rows._meta.concrete_fields
        if f.name not in ROW_BOOKKEEPING and not isinstance(f, ParentalKey)
    )


def derived_field(model, entry):
    """The format field for one entry of a page class's `exchange_fields` (a name or a pair, see ContentPage)."""
    name, attribute = entry if isinstance(entry, tuple) else (entry, entry)
    model_field = column(model, attribute)
    if model_field.one_to_many:
        rows = model_field.related_model
        return Field(name, "measures", parts=row_fields(rows), attribute=attribute, target=rows)
    required = not model_field.blank and not model_field.has_default()
    if model_field.many_to_one:
        target = model_field.related_model
        if issubclass(target, Page):
            return Field(name, "slug", required, column(Page, "slug"), attribute=attribute, target=target)
        if target is Topic:
            return Field(name, "str", required, TOPIC_NAME, attribute=attribute, target=Topic)
        raise ImproperlyConfigured(f"{model.__name__}.{attribute}: the format refers to pages and topics only")
    kind = "choice" if model_field.choices else next(k for cls, k in KINDS if isinstance(model_field, cls))
    limits = YEARS if kind == "int" and attribute.endswith("_year") else {}
    return Field(name, kind, required, model_field, attribute=attribute, **limits)


def type_fields(model):
    """The type-specific fields of an item of `model`, in the order its class names them."""
    return tuple(derived_field(model, entry) for entry in model.exchange_fields)


MEASURE_FIELDS = row_fields(StrategyMeasure)
#: The type-specific fields of each item type.
ITEM_TYPE_FIELDS = {type_key: type_fields(model) for type_key, model in CONTENT_MODELS.items()}
#: Page types that items refer to by slug (case studies, from lessons); the importer writes them first.
REFERENCED_MODELS = tuple(
    {f.target: None for fields in ITEM_TYPE_FIELDS.values() for f in fields if f.kind == "slug" and f.target}
)


def item_fields(item_type):
    """All fields of an item of `item_type` (common ones first)."""
    return ITEM_COMMON_FIELDS + ITEM_TYPE_FIELDS.get(item_type, ())


def related_lookups(model):
    """What to prefetch for the type-specific fields of pages of `model` (references, rows and their topics)."""
    lookups = []
    for f in ITEM_TYPE_FIELDS.get(model.type_key, ()):
        if f.kind == "measures":
            lookups += [f.attribute] + [f"{f.attribute}__{p.attribute}" for p in f.parts if p.target]
        elif f.target:
            lookups.append(f.attribute)
    return lookups
