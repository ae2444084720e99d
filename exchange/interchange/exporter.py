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
from exchange.visibility import publicly_visible

from .text import html_to_text, stream_to_text

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
        "body": stream_to_text(page.body),
        "topics": sorted(t.name for t in page.topics.all()),
        "tags": sorted(tagged.tag.name for tagged in getattr(page, TAGGED_ITEMS).all()),
        "date": page.date,
        "contacts": sorted(c.slug for c in page.contacts.all()),
    }
    item.update(TYPE_SERIALIZERS[page.type_key](page))
    return item


def _case_study(page):
    return {
        name: getattr(page, name)
        for name in ("status", "start_year", "costs", "funding", "partners", "outcomes", "transferability")
    }


def _lesson(page):
    return {
        "lesson_kind": page.lesson_kind,
        "phase": page.phase,
        "cause": page.cause,
        "recommendation": page.recommendation,
        "related_case_study": page.related_case_study.slug if page.related_case_study_id else "",
        "source": page.source_url,
    }


def _article(page):
    return {"author": page.author}


def _event(page):
    return {
        "start": page.start,
        "end": page.end,
        "location": page.location,
        "online": page.online,
        "capacity": page.capacity,
        "event_kind": page.event_kind,
    }


def _strategy(page):
    return {
        "starting_situation": html_to_text(page.starting_situation),
        "challenges": html_to_text(page.challenges),
        "vision": html_to_text(page.vision),
        "fields_of_action": html_to_text(page.fields_of_action),
        "measures": [
            {
                "title": m.title,
                "field_of_action": m.field_of_action.name if m.field_of_action else "",
                "status": m.status,
                "start_year": m.start_year,
                "end_year": m.end_year,
                "description": m.description,
            }
            for m in page.measures.all()
        ],
    }


TYPE_SERIALIZERS = {
    "case_study": _case_study,
    "lesson": _lesson,
    "article": _article,
    "event": _event,
    "strategy": _strategy,
}


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
