"""Check an exchange file without writing: the parsing and validation an import runs before it writes."""

from django.utils.translation import ngettext

from .parsing import parse_json
from .validation import validate_document


def check_text(text):
    """Parse and validate the file's `text`; return the CleanDocument or raise ImportFileError.

    Reads the database, for references to what is already on the site; writes nothing.
    """
    return validate_document(parse_json(text))


def contents(doc):
    """What a valid document holds, in one German phrase: "11 Themen, 23 Kommunen, 14 Kontakte, 55 Inhalte"."""
    counts = (
        (len(doc.topics), ngettext("%(n)d Thema", "%(n)d Themen", len(doc.topics))),
        (len(doc.municipalities), ngettext("%(n)d Kommune", "%(n)d Kommunen", len(doc.municipalities))),
        (len(doc.contacts), ngettext("%(n)d Kontakt", "%(n)d Kontakte", len(doc.contacts))),
        (len(doc.items), ngettext("%(n)d Inhalt", "%(n)d Inhalte", len(doc.items))),
    )
    return ", ".join(phrase % {"n": n} for n, phrase in counts)
