"""Validate a whole exchange document before anything is written.

All problems are collected (not just the first) so one run shows everything to fix.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from exchange.models import Contact, ContentPage, MunicipalityPage, Topic

from .cleaners import FieldError, clean_field, shortened
from .errors import ImportFileError
from .schema import (
    CONTACT_FIELDS,
    CONTENT_MODELS,
    ITEM_TYPE_FIELDS,
    MUNICIPALITY_FIELDS,
    REFERENCED_MODELS,
    TOPIC_FIELDS,
    item_fields,
)

SECTIONS = ("topics", "municipalities", "contacts", "items")
#: Slugs per query when looking up existing pages (well below every database's parameter limit).
LOOKUP_CHUNK = 500


@dataclass
class CleanDocument:
    """A validated document: lists of clean dicts, in the order of the file."""

    topics: list = field(default_factory=list)
    municipalities: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    items: list = field(default_factory=list)
    #: Per section, the slugs of entries refused for their own faults: referring to them is no further fault.
    refused: dict = field(default_factory=lambda: {section: set() for section in SECTIONS})


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
            if fields is None and entry.get("type") in (None, ""):
                errors.append(_("%(label)s, Feld „type“: fehlt, ist aber Pflicht") % {"label": label})
                continue
            if fields is None:
                errors.append(
                    _("%(label)s, Feld „type“: „%(value)s“ ist nicht erlaubt; erlaubt sind: %(types)s")
                    % {"label": label, "value": shortened(entry.get("type")), "types": ", ".join(CONTENT_MODELS)}
                )
                continue
            clean, entry_errors = _clean_entry(fields, entry, label)
            errors.extend(entry_errors)
            if entry_errors:
                if isinstance(entry.get("slug"), str):
                    doc.refused[section].add(entry["slug"].strip())
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
    """How messages name an entry: section, index and slug (a topic: its name), shortened if need be."""
    if not isinstance(entry, dict):
        return f"{section}[{index}]"
    if section == "topics":
        return f"topics[{index}] (name „{shortened(entry.get('name'))}“)"
    slug = entry.get("slug")
    return f"{section}[{index}] (slug „{shortened(slug)}“)" if slug else f"{section}[{index}]"


def _fields_for(section, entry):
    if section == "topics":
        return TOPIC_FIELDS
    if section == "municipalities":
        return MUNICIPALITY_FIELDS
    if section == "contacts":
        return CONTACT_FIELDS
    if not isinstance(entry.get("type"), str) or entry["type"] not in CONTENT_MODELS:
        return None
    return item_fields(entry["type"])


def _clean_entry(fields, entry, label):
    clean, errors = {}, []
    for f in fields:
        try:
            clean[f.name] = clean_field(f, entry.get(f.name))
        except FieldError as exc:
            errors.append(_("%(label)s, Feld „%(field)s“: %(error)s") % {"label": label, "field": f.name, "error": exc})
    if not errors and clean.get("type") in CONTENT_MODELS:
        # Checks across fields are the type's own (e.g. an event must not end before it starts).
        for name, error in CONTENT_MODELS[clean["type"]].clean_exchange_entry(clean).items():
            errors.append(_("%(label)s, Feld „%(field)s“: %(error)s") % {"label": label, "field": name, "error": error})
    return clean, errors


def _check_references(doc):
    """Municipalities, contacts and pages (e.g. case studies) referred to must be in the file or already stored."""
    errors = []
    municipalities = {m["slug"] for m in doc.municipalities} | doc.refused["municipalities"]
    municipalities |= set(MunicipalityPage.objects.values_list("slug", flat=True))
    contacts = {c["slug"] for c in doc.contacts} | doc.refused["contacts"]
    contacts |= set(Contact.objects.values_list("slug", flat=True))
    referable = {
        model: {i["slug"] for i in doc.items if i["type"] == model.type_key}
        | doc.refused["items"]
        | set(model.objects.values_list("slug", flat=True))
        for model in REFERENCED_MODELS
    }
    for entry in doc.contacts + doc.items:
        if entry["municipality"] not in municipalities:
            errors.append(
                _("%(label)s, Feld „municipality“: unbekannte Kommune „%(slug)s“.")
                % {"label": entry["_label"], "slug": entry["municipality"]}
            )
    slugs_in_file = {}
    for topic in doc.topics:
        if topic["slug"] and topic["slug"] in slugs_in_file:
            errors.append(
                _("%(label)s, Feld „slug“: „%(slug)s“ hat schon das Thema „%(other)s“ in dieser Datei.")
                % {"label": topic["_label"], "slug": topic["slug"], "other": slugs_in_file[topic["slug"]]}
            )
        slugs_in_file.setdefault(topic["slug"], topic["name"])
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
        for f in ITEM_TYPE_FIELDS[item["type"]]:
            related = item[f.name] if f.kind == "slug" and f.target else None
            if related and related not in referable[f.target]:
                errors.append(
                    _("%(label)s, Feld „%(field)s“: unbekanntes %(type)s „%(slug)s“.")
                    % {"label": item["_label"], "field": f.name, "type": f.target._meta.verbose_name, "slug": related}
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
    for start in range(0, len(slugs), LOOKUP_CHUNK):
        found = ContentPage.objects.filter(slug__in=slugs[start : start + LOOKUP_CHUNK])
        for slug, content_type_id in found.values_list("slug", "content_type"):
            result[slug] = ContentType.objects.get_for_id(content_type_id).model_class().type_key
    return result
