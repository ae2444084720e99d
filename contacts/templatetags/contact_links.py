"""Links to a contact's page and relay form (`{% load contact_links %}`), built without a query.

The pages of `exchange` (contact cards on municipality and content pages) name only these tags; where the
directory lives is known in `contacts.addresses` alone.
"""

from django import template

from contacts import addresses

register = template.Library()


@register.simple_tag
def contact_url(contact):
    """`{% contact_url contact %}`: the contact's page, `/kontakte/<slug>/`."""
    return addresses.contact_url(contact.slug)


@register.simple_tag
def question_url(contact):
    """`{% question_url contact %}`: the relay form „Frage an die Kommune“, `/kontakte/<slug>/frage/`."""
    return addresses.question_url(contact.slug)


@register.simple_tag
def contact_directory_url(**filters):
    """`{% contact_directory_url municipality=page.slug %}`: the directory, filtered; empty values left out."""
    return addresses.directory_url([(name, value) for name, value in filters.items() if value])
