"""Links to the subscribe form, pre-filled with what a page shows (`{% load subscribe_links %}`).

The pages of `exchange` and `search` name only the URL `subscriptions:subscribe`; the names of the form's
parameters (`subscriptions.forms`) are known here alone.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from exchange.models.registry import content_page_types
from search.presentation import parameters

from ..forms import SEARCH_FILTERS, find_tags

register = template.Library()

#: Search parameter -> subscribe form field; the other search filters keep their names.
SEARCH_TO_FORM = {"q": "query", "type": "types", "topic": "topics", "tag": "tags", "municipality": "municipalities"}


def _values(value):
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item not in (None, "")]
    return [str(value)]


def subscribe_url_for(pairs):
    """The subscribe form's address with (name, value) pairs as its query (no query when there are none)."""
    url = reverse("subscriptions:subscribe")
    return f"{url}?{urlencode(pairs)}" if pairs else url


@register.simple_tag
def subscribe_url(**choices):
    """`{% subscribe_url topics=topic.slug municipalities=municipality.slug %}`: empty values are left out."""
    return subscribe_url_for([(name, value) for name, given in choices.items() for value in _values(given)])


def _tag_slugs(values):
    """The search page's tag values (names in any case) as the slugs of existing tags, found as the subscribe
    form finds them. Values naming no tag are left out: the subscribe form accepts existing tags only."""
    found = find_tags(values)
    return list(dict.fromkeys(found[value].slug for value in values if value in found))


def search_subscription_pairs(search_query):
    """The subscribe form's parameters for a search: its text and filters, without sorting and page.

    Search types that are no content (municipalities, contacts) are left out: new ones are never announced.
    """
    content_types = {model.type_key for model in content_page_types()}
    pairs, tags = [], []
    for name, value in parameters(search_query):
        if name == "tag":
            tags.append(value)
        elif name == "type":
            if value in content_types:
                pairs.append(("types", value))
        elif name in SEARCH_TO_FORM:
            pairs.append((SEARCH_TO_FORM[name], value))
        elif name in SEARCH_FILTERS:
            pairs.append((name, value))
    pairs += [("tags", slug) for slug in _tag_slugs(tags)] if tags else []
    return pairs


@register.simple_tag
def search_subscribe_url(search_query):
    """`{% search_subscribe_url search_query %}`: the subscribe form pre-filled with this search."""
    return subscribe_url_for(search_subscription_pairs(search_query))


@register.inclusion_tag("components/subscribe_link.html")
def subscribe_link(label, url, detail=""):
    """`{% subscribe_link _("Thema abonnieren") url detail=topic.name %}`: the link beside the feed links."""
    return {"label": label, "url": url, "detail": detail}
