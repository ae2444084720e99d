"""Addresses of the contacts directory, built without a query: `/kontakte/`, `/kontakte/<slug>/`, `…/frage/`.

The directory (`ContactIndexPage`) sits at a fixed slug right below the home page, like the listing pages
of `exchange`, so a contact card links its person's page and relay form without loading a page.
"""

from exchange.models.listing_urls import site_url

#: Slug of the contacts directory below the home page: its public address, fixed.
CONTACT_INDEX_SLUG = "kontakte"
#: Route below a contact's page: the relay form, and the page thanking for a message.
QUESTION_SEGMENT = "frage"
SENT_SEGMENT = "gesendet"


def directory_url(query=()):
    """The directory (`/kontakte/`), filtered by `query` pairs when given."""
    return site_url(CONTACT_INDEX_SLUG, query=query)


def contact_url(slug):
    """One contact's page (`/kontakte/<slug>/`)."""
    return site_url(CONTACT_INDEX_SLUG, slug)


def question_url(slug):
    """The relay form „Frage an die Kommune“ for one contact (`/kontakte/<slug>/frage/`)."""
    return site_url(CONTACT_INDEX_SLUG, slug, QUESTION_SEGMENT)


def sent_url(slug):
    """Where a sent question lands (`/kontakte/<slug>/frage/gesendet/`)."""
    return site_url(CONTACT_INDEX_SLUG, slug, QUESTION_SEGMENT, SENT_SEGMENT)
