"""What a valid exchange file looks like, and the checks that turn raw JSON into clean values.

Every message names the section, the item's index and slug, and the field, so an editor can find
the line to fix. Nothing here touches the database except the look-ups for references.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _

from exchange.choices import (
    CaseStudyStatus,
    EventKind,
    LessonCause,
    LessonKind,
    MeasureStatus,
    MunicipalityKind,
    ProjectPhase,
)

from .text import split_paragraphs

SLUG_RE = re.compile(r"^[-a-z0-9_]+$")


@dataclass(frozen=True)
class Field:
    """One field of the format: its JSON name, kind of value, and whether it must be present."""

    name: str
    kind: str = "str"
    required: bool = False
    choices: tuple = ()
    max_length: int = 255
    default: object = None
    max_value: int = 2**31 - 1
    min_value: int = 0


EMPTY = {
    "list": list,
    "bool": lambda: False,
    "str": str,
    "text": str,
    "paragraphs": str,
    "url": str,
    "email": str,
    "slug": str,
    "choice": str,
}

TOPIC_FIELDS = (
    Field("name", required=True, max_length=100),
    Field("slug", "slug", max_length=100),
    Field("description", "text"),
)

MUNICIPALITY_FIELDS = (
    Field("slug", "slug", required=True),
    Field("name", required=True),
    Field("kind", "choice", choices=tuple(MunicipalityKind.values)),
    Field("state", max_length=50),
    Field("population", "int"),
    Field("funded", "bool"),
    Field("cohort", "int", min_value=1900, max_value=2100),
    Field("motto"),
    Field("lat", "latitude"),
    Field("lon", "longitude"),
    Field("website", "url", max_length=200),
    Field("summary", "text"),
    Field("source", "text"),
)

CONTACT_FIELDS = (
    Field("slug", "slug", required=True, max_length=100),
    Field("name", required=True, max_length=200),
    Field("role", max_length=200),
    Field("municipality", "slug", required=True),
    Field("email", "email", max_length=254),
    Field("phone", max_length=50),
    Field("topics", "list"),
)

ITEM_COMMON_FIELDS = (
    Field("type", "choice", required=True, choices=("case_study", "lesson", "article", "event", "strategy")),
    Field("slug", "slug", required=True),
    Field("municipality", "slug", required=True),
    Field("title", required=True),
    Field("summary", "text"),
    Field("body", "paragraphs"),
    Field("topics", "list"),
    Field("tags", "list"),
    Field("date", "date"),
    Field("contacts", "list"),
)

ITEM_TYPE_FIELDS = {
    "case_study": (
        Field("status", "choice", choices=tuple(CaseStudyStatus.values), default=CaseStudyStatus.PLANNING.value),
        Field("start_year", "int", min_value=1900, max_value=2100),
        Field("costs", "text"),
        Field("funding", "text"),
        Field("partners", "text"),
        Field("outcomes", "text"),
        Field("transferability", "text"),
    ),
    "lesson": (
        Field("lesson_kind", "choice", required=True, choices=tuple(LessonKind.values)),
        Field("phase", "choice", choices=tuple(ProjectPhase.values)),
        Field("cause", "choice", choices=tuple(LessonCause.values)),
        Field("recommendation", "text"),
        Field("related_case_study", "slug"),
        Field("source", "url", max_length=500),
    ),
    "article": (Field("author", max_length=200),),
    "event": (
        Field("start", "datetime", required=True),
        Field("end", "datetime"),
        Field("location"),
        Field("online", "bool"),
        Field("capacity", "int"),
        Field("event_kind", "choice", choices=tuple(EventKind.values)),
    ),
    "strategy": (
        Field("starting_situation", "paragraphs"),
        Field("challenges", "paragraphs"),
        Field("vision", "paragraphs"),
        Field("fields_of_action", "paragraphs"),
        Field("measures", "measures"),
    ),
}

MEASURE_FIELDS = (
    Field("title", required=True),
    Field("field_of_action"),
    Field("status", "choice", choices=tuple(MeasureStatus.values), default=MeasureStatus.PLANNED.value),
    Field("start_year", "int", min_value=1900, max_value=2100),
    Field("end_year", "int", min_value=1900, max_value=2100),
    Field("description", "text"),
)


def item_fields(item_type):
    """All fields of an item of `item_type` (common ones first)."""
    return ITEM_COMMON_FIELDS + ITEM_TYPE_FIELDS.get(item_type, ())


class FieldError(Exception):
    """A single field's value is not acceptable; the message says why, in German."""


def _is_empty(value):
    return value is None or value == "" or value == []


def clean_field(field, value):
    """Return the clean Python value of `field`, or raise FieldError naming what is wrong."""
    if _is_empty(value):
        if field.required:
            raise FieldError(_("fehlt, ist aber Pflicht"))
        if field.default is not None:
            return field.default
        return EMPTY.get(field.kind, lambda: None)()
    cleaner = CLEANERS[field.kind]
    return cleaner(field, value)


def _clean_str(field, value):
    if not isinstance(value, str):
        raise FieldError(_("muss Text sein, ist aber %(type)s") % {"type": _type_name(value)})
    value = value.strip()
    if field.kind in ("str", "slug", "url", "email") and len(value) > field.max_length:
        raise FieldError(_("ist länger als %(max)d Zeichen") % {"max": field.max_length})
    return value


def _clean_slug(field, value):
    value = _clean_str(field, value)
    if not SLUG_RE.match(value):
        raise FieldError(
            _("„%(value)s“ ist kein gültiger Kurzname (nur a–z, 0–9, Bindestrich, Unterstrich)") % {"value": value}
        )
    return value


def _clean_choice(field, value):
    value = _clean_str(field, value)
    if value not in field.choices:
        raise FieldError(
            _("„%(value)s“ ist nicht erlaubt; erlaubt sind: %(choices)s")
            % {"value": value, "choices": ", ".join(field.choices)}
        )
    return value


def _clean_int(field, value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(_("muss eine ganze Zahl sein, ist aber %(type)s") % {"type": _type_name(value)})
    if not field.min_value <= value <= field.max_value:
        raise FieldError(
            _("muss zwischen %(min)d und %(max)d liegen") % {"min": field.min_value, "max": field.max_value}
        )
    return value


def _clean_bool(field, value):
    if not isinstance(value, bool):
        raise FieldError(_("muss true oder false sein, ist aber %(type)s") % {"type": _type_name(value)})
    return value


def _clean_coordinate(limit):
    def clean(field, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise FieldError(_("muss eine Zahl sein, ist aber %(type)s") % {"type": _type_name(value)})
        if not -limit <= value <= limit:
            raise FieldError(_("muss zwischen -%(limit)d und %(limit)d liegen") % {"limit": limit})
        return round(float(value), 6)

    return clean


def _clean_date(field, value):
    value = _clean_str(field, value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(_("„%(value)s“ ist kein gültiges Datum (JJJJ-MM-TT)") % {"value": value}) from None


def _clean_datetime(field, value):
    value = _clean_str(field, value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(
            _("„%(value)s“ ist kein gültiger Zeitpunkt (ISO 8601, z. B. 2027-03-18T10:00:00+01:00)") % {"value": value}
        ) from None
    if parsed.tzinfo is None:
        raise FieldError(_("„%(value)s“ braucht eine Zeitzone (z. B. +01:00)") % {"value": value})
    return parsed


def _clean_validated(validator, message):
    def clean(field, value):
        value = _clean_str(field, value)
        try:
            validator(value)
        except ValidationError:
            raise FieldError(message % {"value": value}) from None
        return value

    return clean


def _clean_paragraphs(field, value):
    """Text stored as paragraphs: normalised the way it comes back out, so re-imports compare equal."""
    return "\n\n".join(split_paragraphs(_clean_str(field, value)))


def _clean_list(field, value):
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FieldError(_("muss eine Liste von Texten sein"))
    return [v.strip() for v in value]


def _clean_measures(field, value):
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FieldError(_("muss eine Liste von Objekten sein"))
    cleaned = []
    for index, measure in enumerate(value):
        row = {}
        for sub in MEASURE_FIELDS:
            try:
                row[sub.name] = clean_field(sub, measure.get(sub.name))
            except FieldError as exc:
                raise FieldError(
                    _("Maßnahme %(index)d, Feld „%(field)s“: %(error)s")
                    % {"index": index, "field": sub.name, "error": exc}
                ) from None
        cleaned.append(row)
    return cleaned


def _type_name(value):
    names = {
        str: "Text",
        int: "Zahl",
        float: "Zahl",
        bool: "Wahrheitswert",
        list: "Liste",
        dict: "Objekt",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


CLEANERS = {
    "str": _clean_str,
    "text": _clean_str,
    "paragraphs": _clean_paragraphs,
    "slug": _clean_slug,
    "choice": _clean_choice,
    "int": _clean_int,
    "bool": _clean_bool,
    "latitude": _clean_coordinate(90),
    "longitude": _clean_coordinate(180),
    "date": _clean_date,
    "datetime": _clean_datetime,
    "url": _clean_validated(URLValidator(), _("„%(value)s“ ist keine gültige Adresse (URL)")),
    "email": _clean_validated(EmailValidator(), _("„%(value)s“ ist keine gültige E-Mail-Adresse")),
    "list": _clean_list,
    "measures": _clean_measures,
}
