"""No contact's e-mail address appears anywhere the public can look: every live page of the demo and every
route below the listing pages and the directory, the search page, the JSON APIs and every feed. Readers reach
a contact through the relay form; the export (`manage.py export_exchange`, an editor's tool) keeps the
addresses and is no public address of the site."""

from urllib.parse import urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Page

from contacts.directory import visible_contacts
from exchange.models import Contact, EventPage, MunicipalityPage, Tag, Topic
from exchange.models.registry import listed_content_page_types
from exchange.visibility import publicly_visible


def forms_of(address):
    """An address as a page might still spell it: plain, as an HTML entity or percent-encoded."""
    local, domain = address.split("@")
    return {
        address,
        f"{local}&#64;{domain}",
        f"{local}&#x40;{domain}",
        f"{local}%40{domain}",
        f"{local}\\u0040{domain}",
    }


def public_addresses():
    """Every address the public can open on the demo site: pages, routes, search, APIs and feeds."""
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    contacts = list(visible_contacts())
    for contact in contacts:
        urls += [f"/kontakte/{contact.slug}/"]
        if contact.email:
            urls += [f"/kontakte/{contact.slug}/frage/", f"/kontakte/{contact.slug}/frage/gesendet/"]
        urls += [f"/suche/?{urlencode({'q': contact.name})}", f"/api/search/?{urlencode({'q': contact.name})}"]
        urls += [f"/api/search/suggest/?{urlencode({'q': contact.name[:4]})}"]
    municipalities = list(publicly_visible(MunicipalityPage.objects.all()))
    topics, tags = list(Topic.objects.all()), list(Tag.objects.all())
    urls += [
        f"/kontakte/?municipality={m.slug}" for m in municipalities if any(c.municipality_id == m.pk for c in contacts)
    ]
    urls += [f"/themen/{topic.slug}/" for topic in topics] + [f"/schlagworte/{tag.slug}/" for tag in tags]
    urls += ["/suche/?type=contact", "/api/search/?type=contact", "/abonnieren/", "/feeds/inhalte/"]
    for model in listed_content_page_types():
        urls += [f"/feeds/inhalte/{model.listing_slug}/"]
        urls += [f"/inhalte/{model.listing_slug}/?municipality={m.slug}" for m in municipalities]
    urls += [f"/feeds/themen/{topic.slug}/" for topic in topics] + [f"/feeds/schlagworte/{tag.slug}/" for tag in tags]
    urls += [f"/feeds/kommunen/{m.slug}/" for m in municipalities]
    urls += ["/feeds/veranstaltungen.ics"] + [
        f"/feeds/veranstaltungen/{pk}.ics" for pk in EventPage.objects.live().values_list("pk", flat=True)
    ]
    return urls


def test_no_contact_address_appears_on_any_public_address_of_the_demo(demo, client):
    addresses = [contact.email for contact in Contact.objects.exclude(email="")]
    assert len(addresses) >= 10  # the demo names its contacts' addresses: they must stay on the server
    forms = set().union(*(forms_of(address) for address in addresses))
    urls = public_addresses()
    assert len(urls) > 200
    leaks = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        leaks += [(url, form) for form in forms if form in body]
        if "mailto:" in body:
            leaks.append((url, "mailto:"))
    assert leaks == []


def test_a_refused_question_does_not_show_the_contacts_address_either(demo, client):
    contact = visible_contacts().exclude(email="").first()
    response = client.post(f"/kontakte/{contact.slug}/frage/", {"name": "Erika", "email": "kaputt"})
    assert response.status_code == 400
    assert contact.email not in response.content.decode()


def _views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            yield pattern.callback


@pytest.mark.parametrize("module", ["exchange.interchange", "exchange.management"])
def test_the_export_with_the_addresses_is_no_address_of_the_site(module):
    assert [view for view in _views(get_resolver().url_patterns) if view.__module__.startswith(module)] == []
