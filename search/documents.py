"""What a search document looks like, and how live content becomes one.

One flat dict per live content page, municipality and contact. Ids are "page-<pk>" and "contact-<pk>".
Building many documents costs a fixed number of queries (see `build_documents`).
"""

from typing import TYPE_CHECKING

from contacts.addresses import contact_url
from contacts.directory import visible_contacts
from exchange.models import ContentPage, MunicipalityPage
from exchange.models.content_queries import attach_municipalities
from exchange.models.registry import content_page_types
from exchange.visibility import publicly_visible

if TYPE_CHECKING:  # the engines import this module, so the type is only imported for type checkers
    from .engines.base import Document

#: The `type` of content documents: the type keys of the registry, in display order.
CONTENT_TYPES = tuple(model.type_key for model in content_page_types())
DOCUMENT_TYPES = (*CONTENT_TYPES, "municipality", "contact")


def page_doc_id(pk):
    return f"page-{pk}"


def contact_doc_id(pk):
    return f"contact-{pk}"


def _municipality_fields(municipality):
    if municipality is None:
        return {"municipality": "", "municipality_name": "", "municipality_kind": "", "state": "", "funded": None}
    return {
        "municipality": municipality.slug,
        "municipality_name": municipality.title,
        "municipality_kind": municipality.kind,
        "state": municipality.state,
        "funded": municipality.funded,
    }


def content_document(page) -> "Document":
    """The document of a specific content page whose `municipality` is attached."""
    date = page.date
    return {
        "id": page_doc_id(page.pk),
        "type": page.type_key,
        "slug": page.slug,
        "title": page.title,
        "summary": page.summary,
        # Text only some types carry (their `type_specific_text`) is searchable with the body.
        "body": "\n\n".join(text for text in [page.body_text(), *page.type_specific_text()] if text),
        "topics": sorted(t.slug for t in page.topics.all()),
        "topic_names": sorted(t.name for t in page.topics.all()),
        "tags": sorted(t.name for t in page.tags.all()),
        **_municipality_fields(page.municipality),
        "lesson_kind": getattr(page, "lesson_kind", "") or "",
        "phase": getattr(page, "phase", "") or "",
        "cause": getattr(page, "cause", "") or "",
        "status": getattr(page, "status", "") or "",
        "date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "last_reviewed": _iso(page.freshness_date) if page.tracks_freshness else None,
        "url": page.get_url(),
    }


def _iso(date):
    return date.isoformat() if date else None


def municipality_document(page) -> "Document":
    return {
        "id": page_doc_id(page.pk),
        "type": "municipality",
        "slug": page.slug,
        "title": page.title,
        "summary": page.summary,
        "body": "\n\n".join(text for text in (page.motto, page.state, page.get_kind_display()) if text),
        "topics": [],
        "topic_names": [],
        "tags": [],
        **_municipality_fields(page),
        "lesson_kind": "",
        "phase": "",
        "cause": "",
        "status": "",
        "date": None,
        "year": page.cohort,
        "last_reviewed": None,
        "url": page.get_url(),
    }


def contact_document(contact) -> "Document":
    municipality = contact.municipality
    return {
        "id": contact_doc_id(contact.pk),
        "type": "contact",
        "slug": contact.slug,
        "title": contact.name,
        "summary": contact.role,
        "body": " ".join(t.name for t in contact.topics.all()),
        "topics": sorted(t.slug for t in contact.topics.all()),
        "topic_names": sorted(t.name for t in contact.topics.all()),
        "tags": [],
        **_municipality_fields(municipality),
        "lesson_kind": "",
        "phase": "",
        "cause": "",
        "status": "",
        "date": None,
        "year": None,
        "last_reviewed": None,
        "url": contact_url(contact.slug),
    }


def content_pages(pks=None):
    """Publicly visible content pages (specific, with what documents need prefetched)."""
    queryset = publicly_visible(ContentPage.objects.all())
    if pks is not None:
        queryset = queryset.filter(pk__in=pks)
    pages = list(queryset.specific().prefetch_related("topics", "tagged_items__tag"))
    attach_municipalities(pages)
    return pages


def build_documents(page_pks=None, contact_pks=None) -> "tuple[list[Document], list[str]]":
    """Documents for all publicly visible content, municipalities and contacts, or for the given keys only.

    Returns (documents, ids_to_delete): objects that are asked for but not visible (unpublished, deleted,
    expired, restricted) come back as ids to remove from the index.
    """
    documents = [content_document(page) for page in content_pages(page_pks)]
    municipalities = publicly_visible(MunicipalityPage.objects.all())
    contacts = visible_contacts().select_related("municipality").prefetch_related("topics")
    if page_pks is not None:
        municipalities = municipalities.filter(pk__in=page_pks)
    if contact_pks is not None:
        contacts = contacts.filter(pk__in=contact_pks)
    elif page_pks is not None:
        contacts = contacts.none()
    documents += [municipality_document(page) for page in municipalities]
    documents += [contact_document(contact) for contact in contacts]
    found = {doc["id"] for doc in documents}
    missing = []
    if page_pks is not None:
        missing += [page_doc_id(pk) for pk in page_pks if page_doc_id(pk) not in found]
    if contact_pks is not None:
        missing += [contact_doc_id(pk) for pk in contact_pks if contact_doc_id(pk) not in found]
    return documents, missing


def iter_all_documents(batch_size=500):
    """All documents, built batch by batch so a rebuild of a large site keeps memory flat."""
    pks = list(publicly_visible(ContentPage.objects.all()).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        documents, _ = build_documents(page_pks=pks[start : start + batch_size], contact_pks=[])
        yield from documents
    municipality_pks = list(publicly_visible(MunicipalityPage.objects.all()).values_list("pk", flat=True))
    documents, _ = build_documents(page_pks=municipality_pks, contact_pks=[])
    yield from documents
    documents, _ = build_documents(page_pks=[], contact_pks=list(visible_contacts().values_list("pk", flat=True)))
    yield from documents


def count_all_documents():
    return (
        publicly_visible(ContentPage.objects.all()).count()
        + publicly_visible(MunicipalityPage.objects.all()).count()
        + visible_contacts().count()
    )
