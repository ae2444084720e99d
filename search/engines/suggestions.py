"""Suggestions while typing, in one order whichever engine found them.

Each engine finds candidates its own way (the database engine in its completion column, the remote engine
with search_as_you_type); `suggestions()` turns them into the answer both give:

- titles first, then tags: a title leads straight to a page, a tag to a listing;
- titles that start with the word being typed before those that only contain it, then alphabetically
  (folded, so "Ärger" sorts with "Arger");
- tags alphabetically (folded), at most `max(2, limit // 3)`, each linking to its listing
  (`/schlagworte/<slug>/`); titles fill the rest of `limit`.
"""

from exchange.models import Tag

from ..folding import fold_for_search
from ..german import words
from .base import Answer, Suggestion

#: Fewer letters than this (of the word being typed) complete nothing: one letter matches half the site.
MIN_PREFIX = 2
#: Titles each engine reads before ordering them; the same number, so both order the same candidates.
CANDIDATES = 50


def typed_word(prefix):
    """(as written, folded): the word a reader is typing (the last one of `prefix`), or ("", "") when it is
    too short to complete anything."""
    last = words(prefix)[-1:]
    folded = fold_for_search(last[0]) if last else ""
    return (last[0], folded) if len(folded) >= MIN_PREFIX else ("", "")


def tag_limit(limit):
    return max(2, limit // 3)


def _alphabetical(label):
    return (fold_for_search(label), label)


def tag_links(names):
    """{tag name: URL of its listing} for the tags that exist and have a slug."""
    if not names:
        return {}
    tags = Tag.objects.filter(name__in=set(names)).exclude(slug="").only("name", "slug")
    return {tag.name: tag.get_absolute_url() for tag in tags}


def suggestions(typed, titles, tag_names, limit):
    """The answer to a suggest request: `titles` are (title, url) pairs, `tag_names` names of tags in use.

    `typed` is the folded word being typed. Titles without a URL and tags without a listing are left out.
    """
    tag_names = sorted(set(tag_names), key=_alphabetical)
    links = tag_links(tag_names)
    tags = [Suggestion(label=name, kind="tag", url=links[name]) for name in tag_names if name in links]
    tags = tags[: tag_limit(limit)]
    ranked = sorted(
        dict.fromkeys((title, url) for title, url in titles if title and url),
        key=lambda item: (not fold_for_search(item[0]).startswith(typed), *_alphabetical(item[0]), item[1]),
    )
    titled = [Suggestion(label=title, kind="title", url=url) for title, url in ranked[: limit - len(tags)]]
    return Answer(titled + tags)
