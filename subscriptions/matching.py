"""Which confirmed subscriptions a new page matches.

Topics, tags and municipalities are matched in the database (one query for all subscriptions), content
types in Python. A saved search (query text or further filters) matches when the page is among that
search's results: the configured engine is asked the same search, restricted to the page's document.
"""

from collections import defaultdict
from contextlib import suppress

from django.db.models import Exists, OuterRef, Q, prefetch_related_objects

from search.documents import page_doc_id
from search.engines import EngineUnavailable, SearchQuery, get_engine
from search.tasks import apply_all_pending

from .models import Frequency, Subscription

#: The columns matching reads (10,000 subscriptions load in one light query).
MATCH_FIELDS = (
    "subscriber_id",
    "types",
    "query",
    "filters",
    "frequency",
    "has_topics",
    "has_tags",
    "has_municipalities",
)


def page_facts(page):
    """What subscriptions are matched against: {type, topic_ids, tag_ids, municipality_id}."""
    municipality = page.municipality
    return {
        "type": page.type_key,
        "topic_ids": set(page.topics.values_list("pk", flat=True)),
        "tag_ids": set(page.tags.values_list("pk", flat=True)),
        "municipality_id": municipality.pk if municipality else None,
    }


def _chosen_and_matched(flag, relation, field, values):
    through = getattr(Subscription, relation).through
    matched = Exists(through.objects.filter(subscription_id=OuterRef("pk"), **{f"{field}__in": values}))
    return Q(**{flag: False}) | matched


def structured_candidates(facts):
    """Confirmed subscriptions whose topics, tags and municipalities (where chosen) the page meets."""
    municipality_ids = [facts["municipality_id"]] if facts["municipality_id"] else []
    return (
        Subscription.objects.filter(confirmed_at__isnull=False)
        .filter(_chosen_and_matched("has_topics", "topics", "topic_id", facts["topic_ids"]))
        .filter(_chosen_and_matched("has_tags", "tags", "tag_id", facts["tag_ids"]))
        .filter(_chosen_and_matched("has_municipalities", "municipalities", "municipalitypage_id", municipality_ids))
    )


def search_query_for(subscription):
    """The search a saved-search subscription stands for, with the subscription's choices as filters."""
    filters = {facet: list(values) for facet, values in (subscription.filters or {}).items() if values}
    if subscription.types:
        filters["type"] = list(subscription.types)
    if subscription.has_topics:
        filters["topic"] = [topic.slug for topic in subscription.topics.all()] or ["-"]
    if subscription.has_tags:
        filters["tag"] = [tag.name for tag in subscription.tags.all()] or ["-"]
    if subscription.has_municipalities:
        filters["municipality"] = [m.slug for m in subscription.municipalities.all()] or ["-"]
    return SearchQuery(text=subscription.query, filters=filters)


def _engine_matches(saved, doc_id):
    """The saved-search subscriptions among `saved` whose search finds `doc_id`; one search per distinct search."""
    by_search = defaultdict(list)
    for subscription in saved:
        query = search_query_for(subscription)
        key = (query.text, tuple(sorted((facet, tuple(sorted(v))) for facet, v in query.filters.items())))
        by_search[key].append((subscription, query))
    engine = get_engine()
    matched = []
    for entries in by_search.values():
        _, query = entries[0]
        query.within = (doc_id,)
        query.per_page = 1
        if engine.search(query).count:
            matched.extend(subscription for subscription, _ in entries)
    return matched


def prepare_engine():
    """Bring every engine up to date with the outbox, so a page that just went live can be found."""
    apply_all_pending()
    with suppress(EngineUnavailable):  # the database engine answers for it (FallbackEngine)
        get_engine().refresh()


def matching_subscriptions(page):
    """Every confirmed subscription `page` matches (a list)."""
    facts = page_facts(page)
    candidates = [
        subscription
        for subscription in structured_candidates(facts).only(*MATCH_FIELDS)
        if not subscription.types or facts["type"] in subscription.types
    ]
    plain = [subscription for subscription in candidates if not subscription.is_saved_search]
    saved = [subscription for subscription in candidates if subscription.is_saved_search]
    if saved:
        prefetch_related_objects(saved, "topics", "tags", "municipalities")
        plain.extend(_engine_matches(saved, page_doc_id(page.pk)))
    return plain


def recipients(subscriptions):
    """{subscriber_id: digest?} for matched subscriptions: an address with any immediate subscription among
    them gets the page at once, otherwise in its weekly digest."""
    result = {}
    for subscription in subscriptions:
        weekly = subscription.frequency == Frequency.WEEKLY
        result[subscription.subscriber_id] = result.get(subscription.subscriber_id, True) and weekly
    return result
