"""Strict parsing of the parameters of public URLs, shared by the listing views and the search form.

Raw input never reaches `int()`: `str.isdigit()` accepts digits of other scripts ("²") that `int()`
refuses, and `int()` refuses 5,000 digits. Numbers are ASCII digits within documented bounds, and a
repeated parameter carries at most `MAX_VALUES` values; anything else is an `InvalidParameter`, which
views answer with HTTP 400 naming the parameter.
"""

import re

from django.utils.translation import gettext_lazy as _

#: Highest page number any listing or the search accepts; deeper pages are refused, not computed.
MAX_PAGE = 1000
#: Most values one repeated parameter (`?tag=a&tag=b…`) may carry.
MAX_VALUES = 50
#: Years a filter may name.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: How much of a refused value an error message repeats.
SHOWN_LENGTH = 50

INVALID = _("Ungültiger Wert „%(value)s“ für den Parameter „%(parameter)s“.")
INVALID_PAGE = _(
    "Ungültiger Wert „%(value)s“ für den Parameter „page“: erwartet wird eine ganze Zahl von 1 bis %(max)s."
)
TOO_MANY_VALUES = _("Zu viele Werte für den Parameter „%(parameter)s“: höchstens %(max)s sind erlaubt.")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DIGITS = re.compile(r"[0-9]+")
_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,255}")
#: Surrounding ASCII space is forgiven (a pasted link); any other character is part of the value.
_SPACE = " \t\r\n"


class InvalidParameter(ValueError):
    """A parameter value the site refuses; `message` is the German text for the 400 answer."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = str(message)


def shown(value):
    """The start of a refused value, printable, for an error message (templates escape it)."""
    return _CONTROL.sub(" ", str(value))[:SHOWN_LENGTH]


def invalid(parameter, value):
    """The error for a value that is not one the parameter allows."""
    return InvalidParameter(parameter, INVALID % {"value": shown(value), "parameter": parameter})


def bounded_integer(raw, minimum, maximum):
    """`raw` as an int when it is ASCII digits (surrounding space allowed) within the bounds, else None.

    The length is checked before conversion, so no input makes `int()` itself fail or work hard.
    """
    text = str(raw).strip(_SPACE)
    if len(text) > len(str(maximum)) or not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None


def page_number(raw):
    """The `page` parameter: 1 when absent or empty, else an integer from 1 to MAX_PAGE."""
    if raw is None or not str(raw).strip(_SPACE):
        return 1
    number = bounded_integer(raw, 1, MAX_PAGE)
    if number is None:
        raise InvalidParameter("page", INVALID_PAGE % {"value": shown(raw), "max": MAX_PAGE})
    return number


def year(raw):
    """A year from MIN_YEAR to MAX_YEAR, or None when `raw` is not one."""
    return bounded_integer(raw, MIN_YEAR, MAX_YEAR)


def slug(raw, parameter):
    """A slug as Django's `slug` path converter accepts it, at most 255 characters; else InvalidParameter."""
    text = str(raw).strip(_SPACE)
    if not _SLUG.fullmatch(text):
        raise invalid(parameter, raw)
    return text


def printable(raw, max_length=255):
    """Whether `raw` is at most `max_length` characters without control characters (PostgreSQL refuses NUL)."""
    return len(raw) <= max_length and not _CONTROL.search(raw)


def limited(values, parameter):
    """The values of a repeated parameter, refused when there are more than MAX_VALUES of them."""
    values = list(values)
    if len(values) > MAX_VALUES:
        raise InvalidParameter(parameter, TOO_MANY_VALUES % {"parameter": parameter, "max": MAX_VALUES})
    return values
