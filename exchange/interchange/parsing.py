"""Read the text of an exchange file as JSON, refusing what the parser would choke on with a clear message.

Python's JSON parser recurses once per nested list or object and converts integers of any length, so a
hostile file nested 100,000 deep or holding a number with thousands of digits would end in a traceback.
Both are bounded here, far above what the format needs (it nests five deep; its numbers have at most
ten digits), and the message names the line and column.
"""

import json
import re

from django.utils.translation import gettext as _

from .errors import ImportFileError

#: Lists and objects inside each other; the format itself needs five levels.
MAX_DEPTH = 100
#: Digits of an integer; the format's integers have at most ten.
MAX_INTEGER_DIGITS = 100

#: A JSON string, matched as a whole so that brackets and digits inside it do not count.
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
#: A JSON string or a bracket.
_BRACKETS = re.compile(_STRING + r"|[\[\]{}]")
#: A JSON string or an integer longer than allowed (with its sign), not part of a longer number.
_LONG_INTEGER = re.compile(_STRING + rf"|(?<![\d.eE+-])-?\d{{{MAX_INTEGER_DIGITS + 1},}}")


class _IntegerTooLong(ValueError):
    """An integer with more digits than MAX_INTEGER_DIGITS (raised from the parser's integer hook)."""


def parse_json(text):
    """Parse the file's text; a syntax error, too deep nesting or an overlong number becomes an ImportFileError."""
    too_deep = _first_too_deep(text)
    if too_deep is not None:
        line, column = _line_and_column(text, too_deep)
        raise ImportFileError(
            [
                _(
                    "Die Datei ist zu tief verschachtelt: In Zeile %(line)d, Spalte %(col)d beginnt die "
                    "%(depth)d. Ebene aus Listen und Objekten; erlaubt sind höchstens %(max)d."
                )
                % {"line": line, "col": column, "depth": MAX_DEPTH + 1, "max": MAX_DEPTH}
            ]
        )
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            [
                _("Die Datei ist kein gültiges JSON: %(msg)s (Zeile %(line)d, Spalte %(col)d)")
                % {"msg": exc.msg, "line": exc.lineno, "col": exc.colno}
            ]
        ) from None
    except _IntegerTooLong as exc:
        raise ImportFileError([_long_integer_message(text, str(exc))]) from None


def _parse_int(digits):
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _IntegerTooLong(digits)
    return int(digits)


def _first_too_deep(text):
    """The offset of the first bracket that opens level MAX_DEPTH + 1, or None."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def _long_integer_message(text, digits):
    """Name where the overlong integer `digits` stands, and how long it is."""
    position = next((m.start() for m in _LONG_INTEGER.finditer(text) if not m.group().startswith('"')), None)
    length = len(digits.lstrip("-"))
    if position is None:
        return _("Die Datei enthält eine Zahl mit %(length)d Ziffern; erlaubt sind höchstens %(max)d.") % {
            "length": length,
            "max": MAX_INTEGER_DIGITS,
        }
    line, column = _line_and_column(text, position)
    return _(
        "Die Datei enthält in Zeile %(line)d, Spalte %(col)d eine Zahl mit %(length)d Ziffern; "
        "erlaubt sind höchstens %(max)d."
    ) % {"line": line, "col": column, "length": length, "max": MAX_INTEGER_DIGITS}


def _line_and_column(text, offset):
    """1-based line and column of `offset`, counted like the JSON parser counts them."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - text.rfind("\n", 0, offset)
