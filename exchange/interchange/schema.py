"""What a valid exchange file looks like: the fields of each section and the model field each is stored in.

A field's limits are read from that model field (its `column`): the length of a text, the range of a
number, the allowed choices and the column's own validators. A few fields narrow the column's range
to what makes sense (years 1900–2100). `cleaners` applies all of it.
"""

from dataclasses import dataclass

from wagtail.models import Page

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    Contact,
    ContentPage,
    ContentPageTag,
    EventPage,
    LessonPage,
    MunicipalityPage,
    StrategyMeasure,
    StrategyPage,
    Topic,
)

from .cleaners import integer_range

#: The content page model of each item type (the type key is the model's `type_key`).
CONTENT_MODELS = {model.type_key: model for model in (CaseStudyPage, LessonPage, ArticlePage, EventPage, StrategyPage)}
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
    """

    name: str
    kind: str = "str"
    required: bool = False
    column: object = None
    min_value: int | None = None
    max_value: int | None = None
    parts: tuple = ()
    allowed: tuple = ()

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

MEASURE_FIELDS = (
    Field("title", required=True, column=column(StrategyMeasure, "title")),
    Field("field_of_action", column=TOPIC_NAME),
    Field("status", "choice", column=column(StrategyMeasure, "status")),
    Field("start_year", "int", column=column(StrategyMeasure, "start_year"), **YEARS),
    Field("end_year", "int", column=column(StrategyMeasure, "end_year"), **YEARS),
    Field("description", "text", column=column(StrategyMeasure, "description")),
)

ITEM_TYPE_FIELDS = {
    "case_study": (
        Field("status", "choice", column=column(CaseStudyPage, "status")),
        Field("start_year", "int", column=column(CaseStudyPage, "start_year"), **YEARS),
        *(
            Field(name, "text", column=column(CaseStudyPage, name))
            for name in ("costs", "funding", "partners", "outcomes", "transferability")
        ),
    ),
    "lesson": (
        Field("lesson_kind", "choice", required=True, column=column(LessonPage, "lesson_kind")),
        Field("phase", "choice", column=column(LessonPage, "phase")),
        Field("cause", "choice", column=column(LessonPage, "cause")),
        Field("recommendation", "text", column=column(LessonPage, "recommendation")),
        Field("related_case_study", "slug", column=column(Page, "slug")),
        Field("source", "url", column=column(LessonPage, "source_url")),
    ),
    "article": (Field("author", column=column(ArticlePage, "author")),),
    "event": (
        Field("start", "datetime", required=True),
        Field("end", "datetime"),
        Field("location", column=column(EventPage, "location")),
        Field("online", "bool", column=column(EventPage, "online")),
        Field("capacity", "int", column=column(EventPage, "capacity")),
        Field("event_kind", "choice", column=column(EventPage, "event_kind")),
    ),
    "strategy": (
        *(
            Field(name, "paragraphs", column=column(StrategyPage, name))
            for name in ("starting_situation", "challenges", "vision", "fields_of_action")
        ),
        Field("measures", "measures", parts=MEASURE_FIELDS),
    ),
}


def item_fields(item_type):
    """All fields of an item of `item_type` (common ones first)."""
    return ITEM_COMMON_FIELDS + ITEM_TYPE_FIELDS.get(item_type, ())
