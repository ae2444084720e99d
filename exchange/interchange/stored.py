"""What is stored versus what the file says: stored items looked up in bulk, merged with and compared to entries.

The importer compares an entry with the exporter's serialization of the stored object; when the two
agree value for value, nothing is written, which makes re-importing a file a no-op.
"""

import copy
from collections import defaultdict

from django.db.models import prefetch_related_objects

from exchange.models import ContentPage, Topic

from .exporter import TAGGED_ITEMS
from .schema import CONTENT_MODELS, ITEM_TYPE_FIELDS, related_lookups

UNORDERED_LISTS = ("topics", "tags", "contacts")
CASELESS_LISTS = ("topics", "tags")
#: Per list of objects (e.g. "measures"), the parts that name a topic, compared ignoring case like topics.
CASELESS_PARTS = {
    f.name: [p.name for p in f.parts if p.target is Topic]
    for fields in ITEM_TYPE_FIELDS.values()
    for f in fields
    if f.kind == "measures"
}


def stored_items(slugs):
    """Map slug → the stored content pages with that slug, specific, with everything the exporter reads."""
    pages = list(
        ContentPage.objects.filter(slug__in=slugs)
        .specific()
        .prefetch_related("topics", f"{TAGGED_ITEMS}__tag", "contacts")
    )
    for model in CONTENT_MODELS.values():
        lookups = related_lookups(model)
        if lookups:
            prefetch_related_objects([p for p in pages if type(p) is model], *lookups)
    found = defaultdict(list)
    for page in pages:
        found[page.slug].append(page)
    return found


def pick(candidates, model, municipality):
    """The stored page of `model` for a slug, preferring one below `municipality` if the slug occurs twice."""
    candidates = [page for page in candidates if isinstance(page, model)]
    for page in candidates:
        if page.path.startswith(municipality.path):
            return page
    return candidates[0] if candidates else None


def merge(stored, entry):
    """An entry for an existing object: fields the file leaves out keep their stored value."""
    merged = {key: entry[key] if key in entry["_provided"] else value for key, value in stored.items()}
    merged["_label"] = entry["_label"]
    return merged


def same(stored, entry):
    """Whether a stored entry (from the exporter) equals a file entry; topic and tag names ignore case."""
    return _comparable(stored) == _comparable(entry)


def _comparable(entry):
    """The entry as the exporter would write it, without bookkeeping keys, lists sorted, names in lower case."""
    value = copy.deepcopy({k: v for k, v in entry.items() if not k.startswith("_")})
    for key in UNORDERED_LISTS:
        if key in value:
            value[key] = sorted(name.lower() if key in CASELESS_LISTS else name for name in value[key])
    for key, parts in CASELESS_PARTS.items():
        for row in value.get(key, []):
            for part in parts:
                row[part] = row[part].lower()
    return value
