"""Turn one raw JSON value into the clean value of a field of the format, or say in German why it cannot be.

Each field's limits come from the model field it is stored in (its `column`, see `schema`): the length
of a text column, the range of an integer column as the strictest supported database stores it, and
the column's own validators. Nothing is written before every value has passed.
"""

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils.translation import gettext as _

from exchange.models.body_text import split_paragraphs

SLUG_RE = re.compile(r"^[-a-z0-9_]+$")
#: Characters no database column here can hold: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

EMPTY = {
    "list": list,
    "measures": list,
    "bool": lambda: False,
    "str": str,
    "text": str,
    "paragraphs": str,
    "url": str,
    "email": str,
    "slug": str,
    "choice": str,
}


class FieldError(Exception):
    """A single field's value is not acceptable; the message says why, in German."""


def integer_range(column):
    """The values an integer column holds on every supported database (SQLite alone would take more)."""
    return BaseDatabaseOperations.integer_field_ranges[column.get_internal_type()]


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
    return CLEANERS[field.kind](field, value)


def check_text(value, column=None):
    """`value` stripped, if it is text that `column` (a model field, or None for no limit) can store."""
    if not isinstance(value, str):
        raise FieldError(_("muss Text sein, ist aber %(type)s") % {"type": _type_name(value)})
    value = value.strip()
    bad = UNSTORABLE.search(value)
    if bad:
        raise FieldError(
            _("enthält an Stelle %(position)d das Zeichen U+%(code)04X, das sich nicht speichern lässt")
            % {"position": bad.start() + 1, "code": ord(bad.group())}
        )
    max_length = getattr(column, "max_length", None)
    if max_length is not None and len(value) > max_length:
        raise FieldError(
            _("ist länger als %(max)d Zeichen (%(length)d Zeichen)") % {"max": max_length, "length": len(value)}
        )
    if column is not None:
        try:
            column.run_validators(value)
        except ValidationError as exc:
            raise FieldError(" ".join(exc.messages)) from None
    return value


def _clean_str(field, value):
    return check_text(value, field.column)


def _clean_slug(field, value):
    value = check_text(value)
    if not SLUG_RE.match(value):
        raise FieldError(
            _("„%(value)s“ ist kein gültiger Kurzname (nur a–z, 0–9, Bindestrich, Unterstrich)")
            % {"value": shortened(value)}
        )
    return _clean_str(field, value)


def _clean_choice(field, value):
    value = _clean_str(field, value)
    if value not in field.choices:
        raise FieldError(
            _("„%(value)s“ ist nicht erlaubt; erlaubt sind: %(choices)s")
            % {"value": shortened(value), "choices": ", ".join(field.choices)}
        )
    return value


def _clean_int(field, value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(_("muss eine ganze Zahl sein, ist aber %(type)s") % {"type": _type_name(value)})
    low, high = field.value_range
    if not low <= value <= high:
        raise FieldError(_("muss zwischen %(min)d und %(max)d liegen") % {"min": low, "max": high})
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
    value = check_text(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(_("„%(value)s“ ist kein gültiges Datum (JJJJ-MM-TT)") % {"value": shortened(value)}) from None


def _clean_datetime(field, value):
    value = check_text(value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(
            _("„%(value)s“ ist kein gültiger Zeitpunkt (ISO 8601, z. B. 2027-03-18T10:00:00+01:00)")
            % {"value": shortened(value)}
        ) from None
    if parsed.tzinfo is None:
        raise FieldError(_("„%(value)s“ braucht eine Zeitzone (z. B. +01:00)") % {"value": value})
    return parsed


def _clean_validated(validator, message):
    def clean(field, value):
        value = check_text(value)
        try:
            validator(value)
        except ValidationError:
            raise FieldError(message % {"value": shortened(value)}) from None
        return _clean_str(field, value)

    return clean


def _clean_paragraphs(field, value):
    """Text stored as paragraphs: normalised the way it comes back out, so re-imports compare equal."""
    return "\n\n".join(split_paragraphs(_clean_str(field, value)))


def _clean_list(field, value):
    """A list of names, each checked against the column it is stored in; repeated names count once."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FieldError(_("muss eine Liste von Texten sein"))
    cleaned, seen = [], set()
    for position, element in enumerate(value, start=1):
        try:
            element = check_text(element, field.column)
        except FieldError as exc:
            raise FieldError(
                _("Eintrag %(position)d („%(value)s“): %(error)s")
                % {"position": position, "value": shortened(element), "error": exc}
            ) from None
        if element.lower() not in seen:
            seen.add(element.lower())
            cleaned.append(element)
    return cleaned


def _clean_measures(field, value):
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FieldError(_("muss eine Liste von Objekten sein"))
    cleaned = []
    for index, measure in enumerate(value):
        row = {}
        for sub in field.parts:
            try:
                row[sub.name] = clean_field(sub, measure.get(sub.name))
            except FieldError as exc:
                raise FieldError(
                    _("Maßnahme %(index)d, Feld „%(field)s“: %(error)s")
                    % {"index": index, "field": sub.name, "error": exc}
                ) from None
        cleaned.append(row)
    return cleaned


def shortened(value, limit=40):
    """A value short enough to quote in a message (a 300-character tag is shown by its start)."""
    text = str(value).strip()
    return text if len(text) <= limit else f"{text[:limit]}…"


def _type_name(value):
    names = {
        str: "Text",
        int: "Zahl",
        float: "Kommazahl",
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
