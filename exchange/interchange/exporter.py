"""Export the site in the exchange format; each serializer yields what the importer's validation yields.

Lists of names (topics, tags, contacts) come out sorted, since their order carries no meaning.

Because both sides agree value for value, the importer can tell an unchanged entry by comparing the two,
and export → import round-trips.
"""

import datetime as dt
import json

from django.db.models import Prefetch, Q
from django.utils import timezone

from exchange.models import Contact, ContentPage, ContentPageTag, MunicipalityPage, Topic
from exchange.models.body_text import html_to_text
from exchange.visibility import publicly_visible

from .schema import ITEM_TYPE_FIELDS

#: The page's relation to its tagged items; reading tags through it uses a prefetch of `<relation>__tag`.
TAGGED_ITEMS = ContentPageTag._meta.get_field("content_object").remote_field.get_accessor_name()


def serialize_topic(topic):
    return {"name": topic.name, "slug": topic.slug, "description": topic.description}


def serialize_municipality(page):
    return {
        "slug": page.slug,
        "name": page.title,
        "kind": page.kind,
        "state": page.state,
        "population": page.population,
        "funded": page.funded,
        "cohort": page.cohort,
        "motto": page.motto,
        "lat": _coordinate(page.latitude),
        "lon": _coordinate(page.longitude),
        "website": page.website,
        "summary": page.summary,
        "source": page.source,
    }


def serialize_contact(contact):
    return {
        "slug": contact.slug,
        "name": contact.name,
        "role": contact.role,
        "municipality": contact.municipality.slug if contact.municipality else "",
        "email": contact.email,
        "phone": contact.phone,
        "topics": sorted(t.name for t in contact.topics.all()),
    }


def serialize_item(page, municipality_slug=None):
    """One content page as an item; `page` must be the specific page."""
    item = {
        "type": page.type_key,
        "slug": page.slug,
        "municipality": municipality_slug or (page.municipality.slug if page.municipality else ""),
        "title": page.title,
        "summary": page.summary,
        "body": page.body_text(),
        "topics": sorted(t.name for t in page.topics.all()),
        "tags": sorted(tagged.tag.name for tagged in getattr(page, TAGGED_ITEMS).all()),
        "date": page.date,
        "contacts": sorted(c.slug for c in page.contacts.all()),
    }
    item.update(serialize_type_fields(page))
    return item


def serialize_type_fields(page):
    """The type-specific fields of a page, as `schema.type_fields` describes them."""
    return {f.name: _exported(page, f) for f in ITEM_TYPE_FIELDS[page.type_key]}


def _exported(obj, field):
    """The value of one derived field: a reference by its target's column, rows field by field, rich text as text."""
    value = getattr(obj, field.attribute)
    if field.kind == "measures":
        return [{part.name: _exported(row, part) for part in field.parts} for row in value.all()]
    if field.target is not None:
        return getattr(value, field.column.attname) if value is not None else ""
    if field.kind == "paragraphs":
        return html_to_text(value)
    return value


def export_document():
    """The whole site's publicly visible content (exchange.visibility) as a JSON-ready dict."""
    municipalities = list(publicly_visible(MunicipalityPage.objects.all()).order_by("path"))
    slug_by_path = {m.path: m.slug for m in municipalities}
    pages = (
        publicly_visible(ContentPage.objects.all())
        .order_by("path")
        .specific()
        .prefetch_related(
            "topics",
            f"{TAGGED_ITEMS}__tag",
            "contacts",
        )
    )
    items = []
    for page in pages:
        parent_slug = slug_by_path.get(page.path[: -page.steplen])
        if parent_slug is None:
            continue
        items.append(serialize_item(page, parent_slug))
    document = {
        "topics": [serialize_topic(t) for t in Topic.objects.order_by("name")],
        "municipalities": [serialize_municipality(m) for m in municipalities],
        "contacts": [
            serialize_contact(c)
            for c in Contact.objects.filter(Q(municipality__isnull=True) | Q(municipality__in=municipalities))
            .select_related("municipality")
            .prefetch_related(Prefetch("topics", queryset=Topic.objects.all()))
            .order_by("slug")
        ],
        "items": items,
    }
    return _jsonable(document)


def dump(document, fp):
    json.dump(document, fp, ensure_ascii=False, indent=2)
    fp.write("\n")


def _coordinate(value):
    return None if value is None else round(float(value), 6)


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
