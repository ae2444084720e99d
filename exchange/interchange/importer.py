"""Write a validated exchange document: create or update (matched by slug) and publish, in one transaction.

An entry whose stored values already equal the file's is left alone, so importing the same file
again changes nothing (no new revisions, no new publish dates).
"""

import copy
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from tqdm import tqdm

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    Contact,
    EventPage,
    LessonPage,
    MunicipalityPage,
    StrategyMeasure,
    StrategyPage,
    Topic,
)
from exchange.site_structure import ensure_site_structure
from exchange.text import german_slugify

from . import exporter
from .text import text_to_html, text_to_stream
from .validation import ImportFileError, validate_document

PAGE_MODELS = {
    "case_study": CaseStudyPage,
    "lesson": LessonPage,
    "article": ArticlePage,
    "event": EventPage,
    "strategy": StrategyPage,
}

#: Fields copied one to one from an item onto its page, per type.
DIRECT_FIELDS = {
    "case_study": ("status", "start_year", "costs", "funding", "partners", "outcomes", "transferability"),
    "lesson": ("lesson_kind", "phase", "cause", "recommendation"),
    "article": ("author",),
    "event": ("start", "end", "location", "online", "capacity", "event_kind"),
    "strategy": (),
}
RICH_TEXT_FIELDS = ("starting_situation", "challenges", "vision", "fields_of_action")


@dataclass
class ImportReport:
    """How many entries were created, updated or left unchanged, per section."""

    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)
    unchanged: dict = field(default_factory=dict)

    def count(self, outcome, section):
        bucket = getattr(self, outcome)
        bucket[section] = bucket.get(section, 0) + 1

    def summary(self):
        sections = sorted(set(self.created) | set(self.updated) | set(self.unchanged))
        return ", ".join(
            f"{s}: {self.created.get(s, 0)} neu, {self.updated.get(s, 0)} geändert, {self.unchanged.get(s, 0)} unverändert"
            for s in sections
        )


def import_document(data, progress=False):
    """Validate `data` (raises ImportFileError) and write it in one transaction; return an ImportReport."""
    doc = validate_document(data)
    report = ImportReport()
    total = len(doc.topics) + len(doc.municipalities) + len(doc.contacts) + len(doc.items)
    with transaction.atomic(), tqdm(total=total, disable=not progress, unit=" Einträge") as bar:
        _Writer(report, bar).write(doc)
    return report


class _Writer:
    """Writes one document; keeps look-ups (topics, municipalities, contacts) in memory while it runs."""

    def __init__(self, report, bar):
        self.report = report
        self.bar = bar
        self.topics = {t.name.lower(): t for t in Topic.objects.all()}
        self.home, self.municipality_index = ensure_site_structure()

    def write(self, doc):
        for entry in doc.topics:
            self.write_topic(entry)
        for entry in doc.municipalities:
            self.write_checked(self.write_municipality, entry)
        self.municipalities = {m.slug: m for m in MunicipalityPage.objects.all()}
        for entry in doc.contacts:
            self.write_checked(self.write_contact, entry)
        self.contacts = {c.slug: c for c in Contact.objects.all()}
        # Case studies first, so lessons can point at case studies from the same file.
        for entry in sorted(doc.items, key=lambda i: i["type"] != "case_study"):
            self.write_checked(self.write_item, entry)

    def write_checked(self, write, entry):
        """Run `write(entry)`; a model validation error becomes an import error naming the entry and field."""
        try:
            write(entry)
        except ValidationError as exc:
            details = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
            raise ImportFileError(
                [
                    f"{entry['_label']}, Feld „{name}“: {' '.join(messages)}"
                    if name
                    else f"{entry['_label']}: {' '.join(messages)}"
                    for name, messages in details.items()
                ]
            ) from None

    def _done(self, outcome, section):
        self.report.count(outcome, section)
        self.bar.update(1)

    def topic(self, name, description=None, slug=None):
        """The topic called `name` (case-insensitive), created if unknown."""
        topic = self.topics.get(name.lower())
        if topic is None:
            topic = Topic.objects.create(
                name=name, slug=slug or _unique_topic_slug(name), description=description or ""
            )
            self.topics[name.lower()] = topic
        return topic

    def write_topic(self, entry):
        existing = self.topics.get(entry["name"].lower())
        if existing is None:
            self.topic(entry["name"], entry["description"], entry["slug"])
            return self._done("created", "topics")
        stored = exporter.serialize_topic(existing)
        wanted = _merge(stored, entry)
        wanted["slug"] = wanted["slug"] or existing.slug
        if _same(stored, wanted):
            return self._done("unchanged", "topics")
        for name in ("name", "slug", "description"):
            setattr(existing, name, wanted[name])
        existing.save()
        self._done("updated", "topics")

    def write_municipality(self, entry):
        page = MunicipalityPage.objects.filter(slug=entry["slug"]).first()
        if page:
            stored = exporter.serialize_municipality(page)
            entry = _merge(stored, entry)
            if _same(stored, entry):
                return self._done("unchanged", "municipalities")
        is_new = page is None
        page = page or MunicipalityPage(slug=entry["slug"])
        page.title = entry["name"]
        for name in ("kind", "state", "population", "funded", "cohort", "motto", "website", "summary", "source"):
            setattr(page, name, entry[name])
        page.latitude, page.longitude = _decimal(entry["lat"]), _decimal(entry["lon"])
        _publish(page, self.municipality_index if is_new else None)
        self._done("created" if is_new else "updated", "municipalities")

    def write_contact(self, entry):
        contact = Contact.objects.filter(slug=entry["slug"]).first()
        if contact:
            stored = exporter.serialize_contact(contact)
            entry = _merge(stored, entry)
            if _same(stored, entry):
                return self._done("unchanged", "contacts")
        is_new = contact is None
        contact = contact or Contact(slug=entry["slug"])
        for name in ("name", "role", "email", "phone"):
            setattr(contact, name, entry[name])
        contact.municipality = self.municipalities[entry["municipality"]]
        contact.topics.set([self.topic(name) for name in entry["topics"]])
        contact.save()
        self._done("created" if is_new else "updated", "contacts")

    def write_item(self, entry):
        model = PAGE_MODELS[entry["type"]]
        municipality = self.municipalities[entry["municipality"]]
        page = _find_content_page(model, entry["slug"], municipality)
        stored = exporter.serialize_item(page) if page else {}
        if page:
            entry = _merge(stored, entry)
            if _same(stored, entry):
                return self._done("unchanged", "items")
        is_new = page is None
        if is_new:
            page = model(slug=entry["slug"])
        elif page.get_parent().pk != municipality.pk:
            page.move(municipality, pos="last-child")
            page = model.objects.get(pk=page.pk)
        page.title = entry["title"]
        page.summary = entry["summary"]
        page.date = entry["date"]
        # Bodies and rich text are only rewritten when their text changed, so images, documents and
        # formatting that the text format cannot carry survive an import.
        if entry["body"] != stored.get("body"):
            page.body = text_to_stream(entry["body"])
        for name in DIRECT_FIELDS[entry["type"]]:
            setattr(page, name, entry[name])
        if entry["type"] == "lesson":
            page.source_url = entry["source"]
            related = entry["related_case_study"]
            page.related_case_study = CaseStudyPage.objects.filter(slug=related).first() if related else None
        if entry["type"] == "strategy":
            for name in RICH_TEXT_FIELDS:
                if entry[name] != stored.get(name):
                    setattr(page, name, text_to_html(entry[name]))
            page.measures = [
                StrategyMeasure(
                    title=m["title"],
                    field_of_action=self.topic(m["field_of_action"]) if m["field_of_action"] else None,
                    status=m["status"],
                    start_year=m["start_year"],
                    end_year=m["end_year"],
                    description=m["description"],
                )
                for m in entry["measures"]
            ]
        page.topics = [self.topic(name) for name in entry["topics"]]
        page.tags.set(entry["tags"], clear=True)
        page.contacts = [self.contacts[slug] for slug in entry["contacts"]]
        _publish(page, municipality if is_new else None)
        self._done("created" if is_new else "updated", "items")


UNORDERED_LISTS = ("topics", "tags", "contacts")
CASELESS_LISTS = ("topics", "tags")


def _public(entry):
    """The entry as the exporter would write it: no bookkeeping keys, unordered lists sorted."""
    return {k: sorted(v) if k in UNORDERED_LISTS else v for k, v in entry.items() if not k.startswith("_")}


def _merge(stored, entry):
    """An entry for an existing object: fields the file leaves out keep their stored value."""
    merged = {key: entry[key] if key in entry["_provided"] else value for key, value in stored.items()}
    merged["_label"] = entry["_label"]
    return merged


def _same(stored, entry):
    """Whether a stored entry (from the exporter) equals a file entry; topic and tag names ignore case."""

    def comparable(value):
        value = copy.deepcopy(_public(value))
        for key in CASELESS_LISTS:
            if key in value:
                value[key] = sorted(name.lower() for name in value[key])
        for measure in value.get("measures", []):
            measure["field_of_action"] = measure["field_of_action"].lower()
        return value

    return comparable(stored) == comparable(entry)


def _find_content_page(model, slug, municipality):
    """The existing page for `slug`, preferring one below `municipality` if the slug occurs twice."""
    candidates = list(model.objects.filter(slug=slug))
    for page in candidates:
        if page.path.startswith(municipality.path):
            return page
    return candidates[0] if candidates else None


def _publish(page, parent):
    """Add `page` below `parent` when it is new, then save a revision and publish it."""
    if parent is not None:
        parent.add_child(instance=page)
    page.save_revision(log_action=True).publish()


def _decimal(value):
    return None if value is None else Decimal(f"{value:.6f}")


def _unique_topic_slug(name):
    base = german_slugify(name)[:90] or "thema"
    slug, n = base, 2
    while Topic.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
