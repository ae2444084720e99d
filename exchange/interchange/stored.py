"""What is stored versus what the file says: stored items looked up in bulk, merged with and compared to entries.

The importer compares an entry with the exporter's serialization of the stored object; when the two
agree value for value, nothing is written, which makes re-importing a file a no-op.
"""

import copy
from collections import defaultdict

from django.db.models import prefetch_related_objects

from exchange.models import ContentPage, LessonPage, StrategyPage

from .exporter import TAGGED_ITEMS

UNORDERED_LISTS = ("topics", "tags", "contacts")
CASELESS_LISTS = ("topics", "tags")


def stored_items(slugs):
    """Map slug → the stored content pages with that slug, specific, with everything the exporter reads."""
    pages = list(
        ContentPage.objects.filter(slug__in=slugs)
        .specific()
        .prefetch_related("topics", f"{TAGGED_ITEMS}__tag", "contacts")
    )
    prefetch_related_objects([p for p in pages if isinstance(p, StrategyPage)], "measures__field_of_action")
    prefetch_related_objects([p for p in pages if isinstance(p, LessonPage)], "related_case_study")
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
    for measure in value.get("measures", []):
        measure["field_of_action"] = measure["field_of_action"].lower()
    return value
