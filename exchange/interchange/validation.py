"""Validate a whole exchange document before anything is written.

All problems are collected (not just the first) so one run shows everything to fix.
"""

import json
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from exchange.models import CaseStudyPage, Contact, ContentPage, MunicipalityPage, Topic

from .schema import (
    CONTACT_FIELDS,
    MUNICIPALITY_FIELDS,
    TOPIC_FIELDS,
    FieldError,
    clean_field,
    item_fields,
)

SECTIONS = ("topics", "municipalities", "contacts", "items")


class ImportFileError(Exception):
    """The file cannot be imported; `errors` lists every problem found."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class CleanDocument:
    """A validated document: lists of clean dicts, in the order of the file."""

    topics: list = field(default_factory=list)
    municipalities: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    items: list = field(default_factory=list)


def parse_json(text):
    """Parse the file's text, turning a syntax error into a message with line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            [
                _("Die Datei ist kein gültiges JSON: %(msg)s (Zeile %(line)d, Spalte %(col)d)")
                % {"msg": exc.msg, "line": exc.lineno, "col": exc.colno}
            ]
        ) from None


def validate_document(data):
    """Return a CleanDocument for `data` or raise ImportFileError with every problem found."""
    if not isinstance(data, dict):
        raise ImportFileError(
            [
                _("Die Datei muss ein JSON-Objekt mit den Abschnitten %(sections)s sein.")
                % {"sections": ", ".join(SECTIONS)}
            ]
        )
    errors = []
    doc = CleanDocument()
    for section in SECTIONS:
        raw = data.get(section, [])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            errors.append(_("Abschnitt „%(section)s“ muss eine Liste sein.") % {"section": section})
            continue
        entries = getattr(doc, section)
        seen = {}
        key = "name" if section == "topics" else "slug"
        for index, entry in enumerate(raw):
            label = _entry_label(section, index, entry)
            if not isinstance(entry, dict):
                errors.append(_("%(label)s: muss ein Objekt sein.") % {"label": label})
                continue
            fields = _fields_for(section, entry)
            if fields is None:
                errors.append(
                    _(
                        "%(label)s, Feld „type“: „%(value)s“ ist nicht erlaubt; erlaubt sind: case_study, lesson, article, event, strategy"
                    )
                    % {"label": label, "value": entry.get("type")}
                )
                continue
            clean, entry_errors = _clean_entry(fields, entry, label)
            errors.extend(entry_errors)
            if entry_errors:
                continue
            identity = clean[key].lower() if key == "name" else clean[key]
            if identity in seen:
                errors.append(
                    _("%(label)s, Feld „%(field)s“: „%(value)s“ kommt doppelt vor (schon bei %(section)s[%(other)d]).")
                    % {"label": label, "field": key, "value": clean[key], "section": section, "other": seen[identity]}
                )
                continue
            seen[identity] = index
            clean["_label"] = label
            clean["_provided"] = {f.name for f in fields if f.name in entry}
            entries.append(clean)
    errors.extend(_check_references(doc))
    if errors:
        raise ImportFileError(errors)
    return doc


def _entry_label(section, index, entry):
    slug = entry.get("slug") if isinstance(entry, dict) else None
    if section == "topics" and isinstance(entry, dict):
        return f"topics[{index}] (name „{entry.get('name')}“)"
    return f"{section}[{index}] (slug „{slug}“)" if slug else f"{section}[{index}]"


def _fields_for(section, entry):
    if section == "topics":
        return TOPIC_FIELDS
    if section == "municipalities":
        return MUNICIPALITY_FIELDS
    if section == "contacts":
        return CONTACT_FIELDS
    if entry.get("type") not in ("case_study", "lesson", "article", "event", "strategy"):
        return None
    return item_fields(entry["type"])


def _clean_entry(fields, entry, label):
    clean, errors = {}, []
    for f in fields:
        try:
            clean[f.name] = clean_field(f, entry.get(f.name))
        except FieldError as exc:
            errors.append(_("%(label)s, Feld „%(field)s“: %(error)s") % {"label": label, "field": f.name, "error": exc})
    if not errors and clean.get("type") == "event":
        if clean["end"] and clean["end"] < clean["start"]:
            errors.append(_("%(label)s, Feld „end“: liegt vor dem Beginn („start“).") % {"label": label})
        # An event without its own date is dated by its start day (as EventPage.save does).
        clean["date"] = clean["date"] or timezone.localtime(clean["start"]).date()
    return clean, errors


def _check_references(doc):
    """Municipalities, contacts and case studies referred to must be in the file or already in the database."""
    errors = []
    municipalities = {m["slug"] for m in doc.municipalities} | set(
        MunicipalityPage.objects.values_list("slug", flat=True)
    )
    contacts = {c["slug"] for c in doc.contacts} | set(Contact.objects.values_list("slug", flat=True))
    case_studies = {i["slug"] for i in doc.items if i["type"] == "case_study"}
    case_studies |= set(CaseStudyPage.objects.values_list("slug", flat=True))
    for entry in doc.contacts + doc.items:
        if entry["municipality"] not in municipalities:
            errors.append(
                _("%(label)s, Feld „municipality“: unbekannte Kommune „%(slug)s“.")
                % {"label": entry["_label"], "slug": entry["municipality"]}
            )
    for topic in doc.topics:
        taken_by = (
            Topic.objects.filter(slug=topic["slug"]).exclude(name__iexact=topic["name"]).first()
            if topic["slug"]
            else None
        )
        if taken_by:
            errors.append(
                _("%(label)s, Feld „slug“: „%(slug)s“ gehört schon zum Thema „%(other)s“.")
                % {"label": topic["_label"], "slug": topic["slug"], "other": taken_by.name}
            )
    existing_types = _existing_content_types([i["slug"] for i in doc.items])
    for item in doc.items:
        for slug in item["contacts"]:
            if slug not in contacts:
                errors.append(
                    _("%(label)s, Feld „contacts“: unbekannter Kontakt „%(slug)s“.")
                    % {"label": item["_label"], "slug": slug}
                )
        related = item.get("related_case_study")
        if related and related not in case_studies:
            errors.append(
                _("%(label)s, Feld „related_case_study“: unbekanntes Praxisbeispiel „%(slug)s“.")
                % {"label": item["_label"], "slug": related}
            )
        existing = existing_types.get(item["slug"])
        if existing and existing != item["type"]:
            errors.append(
                _(
                    "%(label)s, Feld „type“: den Inhalt gibt es schon als „%(existing)s“; der Typ lässt sich nicht ändern."
                )
                % {"label": item["_label"], "existing": existing}
            )
    return errors


def _existing_content_types(slugs):
    """Map slug → type key of content pages that already exist with one of `slugs`."""
    result = {}
    for page in ContentPage.objects.filter(slug__in=slugs).select_related("content_type"):
        result[page.slug] = page.content_type.model_class().type_key
    return result
