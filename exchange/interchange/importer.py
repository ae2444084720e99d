"""Write a validated exchange document: create or update (matched by slug) and publish, in one transaction.

An entry whose stored values already equal the file's is left alone, so importing the same file
again changes nothing (no new revisions, no new publish dates). Items are read and written in chunks:
one look-up of the stored pages per chunk, and new pages published in bulk (see `publishing`).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from tqdm import tqdm

from exchange.models import Contact, ContentPageTag, MunicipalityIndexPage, MunicipalityPage, Topic
from exchange.models.body_text import text_to_html, text_to_stream
from exchange.text import german_slugify

from . import exporter
from .exporter import TAGGED_ITEMS
from .indexing import deferred_indexing
from .publishing import PagePublisher
from .schema import CONTENT_MODELS, ITEM_TYPE_FIELDS, REFERENCED_MODELS, TAG_MODEL
from .signals import pages_imported
from .stored import merge, pick, same, stored_items
from .validation import ImportFileError, validate_document

#: The fixed tree lacks the municipality index (a database that was never migrated, or the page was deleted).
MISSING_INDEX = _(
    "Die Seite „Kommunen“ fehlt im Seitenbaum, unter ihr legt der Import die Kommunen an. "
    "„python manage.py migrate“ legt sie an."
)

#: Every model the importer saves; their per-save indexing waits for the publisher's batch.
WRITTEN_MODELS = (*CONTENT_MODELS.values(), MunicipalityPage, Topic, Contact)
#: Items looked up and written per round; bounds the stored pages held in memory.
CHUNK_SIZE = 500
#: Item types that other items refer to (case studies, from lessons): written first, so that a
#: reference to an item of the same file finds it.
REFERENCED_TYPES = {model.type_key for model in REFERENCED_MODELS}
MUNICIPALITY_FIELDS = ("kind", "state", "population", "funded", "cohort", "motto", "website", "summary", "source")


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
        writer = _Writer(report, bar)
        with deferred_indexing(WRITTEN_MODELS):
            writer.write(doc)
        if writer.publisher.published_ids:
            pages_imported.send(sender=ImportReport, page_ids=writer.publisher.published_ids)
    return report


class _Writer:
    """Writes one document; keeps look-ups (topics, tags, municipalities, contacts) in memory while it runs."""

    def __init__(self, report, bar):
        self.report = report
        self.bar = bar
        # `migrate` builds the fixed tree (home.signals); a database without it cannot take municipalities.
        self.municipality_index = MunicipalityIndexPage.objects.first()
        if self.municipality_index is None:
            raise ImportFileError([str(MISSING_INDEX)])
        self.publisher = PagePublisher()
        self.topics = {t.name.lower(): t for t in Topic.objects.all()}
        # Tags match case-insensitively (TAGGIT_CASE_INSENSITIVE); of two spellings the older tag wins.
        self.tags = {t.name.lower(): t for t in TAG_MODEL.objects.order_by("-pk")}

    def write(self, doc):
        for entry in doc.topics:
            self.write_topic(entry)
        self.municipalities = {m.slug: m for m in MunicipalityPage.objects.all()}
        for entry in doc.municipalities:
            self.write_checked(self.write_municipality, entry)
        self.municipalities = {m.slug: m for m in MunicipalityPage.objects.all()}
        self.municipality_slugs = {m.path: m.slug for m in self.municipalities.values()}
        self.contacts = {c.slug: c for c in Contact.objects.select_related("municipality").prefetch_related("topics")}
        for entry in doc.contacts:
            self.write_checked(self.write_contact, entry)
        # slug → pk of the pages items may refer to; of two pages with one slug the newest wins.
        self.referable = {
            model: dict(model.objects.order_by("-pk").values_list("slug", "pk")) for model in REFERENCED_MODELS
        }
        items = sorted(doc.items, key=lambda i: i["type"] not in REFERENCED_TYPES)
        for start in range(0, len(items), CHUNK_SIZE):
            chunk = items[start : start + CHUNK_SIZE]
            stored = stored_items([entry["slug"] for entry in chunk])
            for entry in chunk:
                self.write_checked(self.write_item, entry, stored)
        self.publisher.close()

    def write_checked(self, write, entry, *args):
        """Run `write(entry)`; a model validation error becomes an import error naming the entry and field."""
        try:
            write(entry, *args)
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
            self.publisher.saved(topic)
            self.topics[name.lower()] = topic
        return topic

    def tag(self, name):
        """The tag called `name` (case-insensitive), created (with the tag model's own slug) if unknown."""
        tag = self.tags.get(name.lower())
        if tag is None:
            tag = self.tags[name.lower()] = TAG_MODEL.objects.create(name=name)
        return tag

    def write_topic(self, entry):
        existing = self.topics.get(entry["name"].lower())
        if existing is None:
            self.topic(entry["name"], entry["description"], entry["slug"])
            return self._done("created", "topics")
        stored = exporter.serialize_topic(existing)
        wanted = merge(stored, entry)
        wanted["slug"] = wanted["slug"] or existing.slug
        if same(stored, wanted):
            return self._done("unchanged", "topics")
        for name in ("name", "slug", "description"):
            setattr(existing, name, wanted[name])
        existing.save()
        self.publisher.saved(existing)
        self._done("updated", "topics")

    def write_municipality(self, entry):
        page = self.municipalities.get(entry["slug"])
        if page:
            stored = exporter.serialize_municipality(page)
            entry = merge(stored, entry)
            if same(stored, entry):
                return self._done("unchanged", "municipalities")
        is_new = page is None
        page = page or MunicipalityPage(slug=entry["slug"])
        page.title = entry["name"]
        for name in MUNICIPALITY_FIELDS:
            setattr(page, name, entry[name])
        page.latitude, page.longitude = _decimal(entry["lat"]), _decimal(entry["lon"])
        if is_new:
            self.publisher.create(page, self.municipality_index)
        else:
            self.publisher.republish(page)
        self._done("created" if is_new else "updated", "municipalities")

    def write_contact(self, entry):
        contact = self.contacts.get(entry["slug"])
        if contact:
            stored = exporter.serialize_contact(contact)
            entry = merge(stored, entry)
            if same(stored, entry):
                return self._done("unchanged", "contacts")
        is_new = contact is None
        contact = contact or Contact(slug=entry["slug"])
        for name in ("name", "role", "email", "phone"):
            setattr(contact, name, entry[name])
        contact.municipality = self.municipalities[entry["municipality"]]
        contact.topics.set([self.topic(name) for name in entry["topics"]])
        contact.save()
        self.contacts[contact.slug] = contact
        self.publisher.saved(contact)
        self._done("created" if is_new else "updated", "contacts")

    def write_item(self, entry, stored_pages):
        model = CONTENT_MODELS[entry["type"]]
        municipality = self.municipalities[entry["municipality"]]
        page = pick(stored_pages.get(entry["slug"], []), model, municipality)
        stored = exporter.serialize_item(page, self.municipality_slugs.get(page.path[: -page.steplen])) if page else {}
        if page:
            entry = merge(stored, entry)
            if same(stored, entry):
                return self._done("unchanged", "items")
        is_new = page is None
        if is_new:
            page = model(slug=entry["slug"])
        elif not page.path.startswith(municipality.path):
            self.publisher.move(page, municipality)
            page = model.objects.get(pk=page.pk)
        self._fill_item(page, entry, stored)
        # Tags the page keeps keep their rows, so their references and history stay as they were.
        kept = {tagged.tag_id: tagged for tagged in getattr(page, TAGGED_ITEMS).all()} if not is_new else {}
        tags = [self.tag(name) for name in entry["tags"]]
        relations = {TAGGED_ITEMS: [kept.get(tag.pk) or ContentPageTag(tag=tag) for tag in tags]}
        for f in ITEM_TYPE_FIELDS[entry["type"]]:
            if f.kind == "measures":
                relations[f.attribute] = [self._row(f, row) for row in entry[f.name]]
        many_to_many = {
            "topics": [self.topic(name) for name in entry["topics"]],
            "contacts": [self.contacts[slug] for slug in entry["contacts"]],
        }
        if is_new:
            self.publisher.create(page, municipality, relations, many_to_many)
            if model in self.referable:
                self.referable[model][page.slug] = page.pk
        else:
            for name, objects in {**relations, **many_to_many}.items():
                setattr(page, name, objects)
            self.publisher.republish(page)
        self._done("created" if is_new else "updated", "items")

    def _fill_item(self, page, entry, stored):
        """Copy the entry's own fields onto `page` (relations are set by the caller)."""
        page.title = entry["title"]
        page.summary = entry["summary"]
        page.date = entry["date"]
        # Bodies and rich text are only rewritten when their text changed, so images, documents and
        # formatting that the text format cannot carry survive an import.
        if entry["body"] != stored.get("body"):
            page.body = text_to_stream(entry["body"])
        for f in ITEM_TYPE_FIELDS[entry["type"]]:
            value = entry[f.name]
            if f.kind == "measures":
                continue
            if f.target is not None:
                setattr(page, f"{f.attribute}_id", self._referred_pk(f.target, value))
            elif f.kind == "paragraphs":
                if value != stored.get(f.name):
                    setattr(page, f.attribute, text_to_html(value))
            else:
                setattr(page, f.attribute, value)

    def _row(self, field, row):
        """One row of a list of objects (e.g. a strategy's measure); topics are named, and created if unknown."""
        values = {}
        for part in field.parts:
            value = row[part.name]
            if part.target is not None:
                values[f"{part.attribute}_id"] = self._referred_pk(part.target, value)
            else:
                values[part.attribute] = value
        return field.target(**values)

    def _referred_pk(self, target, value):
        """The pk a reference names: a topic by its name (created if unknown), or a page written before."""
        if not value:
            return None
        if target is Topic:
            return self.topic(value).pk
        return self.referable[target].get(value)


def _decimal(value):
    return None if value is None else Decimal(f"{value:.6f}")


def _unique_topic_slug(name):
    base = german_slugify(name)[:90] or "thema"
    slug, n = base, 2
    while Topic.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
