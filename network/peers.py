"""„Kommunen wie wir“: municipalities like the one behind a page that have content on the page's topics.

A small Verbandsgemeinde should find Verbandsgemeinden of its size, not the big cities that publish most.
So the candidates (other public municipalities with public content on at least one of the page's topics)
are ordered by likeness first and by how much they have to offer last:

1. the same kind (Verbandsgemeinde, Landkreis, …);
2. a similar population, in steps: within a factor of two, within a factor of five, farther, unknown;
3. the same Bundesland;
4. the closer population (the ratio), then more content on the shared topics, then the name.
"""

import math
from dataclasses import dataclass, field

from exchange.models import ContentPage, MunicipalityPage
from exchange.visibility import publicly_visible

#: How many peers a page lists at most.
PEER_LIMIT = 5
#: Population ratios that still count as „similar“ (step 0) and as „comparable“ (step 1).
SIMILAR_RATIO = 2
COMPARABLE_RATIO = 5


@dataclass
class Peer:
    """A municipality like the page's, with the page's topics it has content on and how many pages."""

    municipality: MunicipalityPage
    page_count: int
    topics: list = field(default_factory=list)


def population_distance(population, other):
    """|log(population / other)|: 0 for the same size, the same for ×2 and ÷2; None when either is unknown."""
    if not population or not other:
        return None
    return abs(math.log(population / other))


def population_step(distance):
    """0 similar, 1 comparable, 2 farther, 3 unknown (see the module's docstring)."""
    if distance is None:
        return 3
    if distance <= math.log(SIMILAR_RATIO):
        return 0
    return 1 if distance <= math.log(COMPARABLE_RATIO) else 2


def likeness(municipality, candidate, page_count):
    """The sort key of a candidate: smaller is more alike."""
    distance = population_distance(municipality.population, candidate.population)
    return (
        not municipality.kind or candidate.kind != municipality.kind,
        population_step(distance),
        not municipality.state or candidate.state != municipality.state,
        math.inf if distance is None else distance,
        -page_count,
        candidate.title,
        candidate.pk,
    )


def peer_municipalities(page, limit=PEER_LIMIT):
    """Up to `limit` peers of the page's municipality for the page's topics, most alike first.

    Six queries however many municipalities and pages there are: the page's municipality (none when it is
    attached already), its topics, the (path, topic) pairs of other public content on them and the candidates,
    each of the two after the view restrictions that decide what is public (Wagtail's `public()`).
    """
    municipality = page.municipality
    topics = {topic.pk: topic for topic in page.topics.all()}
    if municipality is None or not topics:
        return []
    pairs = (
        publicly_visible(ContentPage.objects.filter(topics__in=list(topics)))
        .exclude(path__startswith=municipality.path)
        .values_list("path", "topics")
        .distinct()
    )
    steplen = page.steplen
    pages_of, topics_of = {}, {}
    for path, topic_pk in pairs:
        parent = path[:-steplen]
        pages_of.setdefault(parent, set()).add(path)
        topics_of.setdefault(parent, set()).add(topic_pk)
    if not pages_of:
        return []
    candidates = publicly_visible(MunicipalityPage.objects.filter(path__in=list(pages_of))).only(
        "title", "slug", "url_path", "path", "depth", "kind", "state", "population", "funded"
    )
    peers = sorted(candidates, key=lambda c: likeness(municipality, c, len(pages_of[c.path])))[:limit]
    return [
        Peer(
            municipality=peer,
            page_count=len(pages_of[peer.path]),
            topics=sorted((topics[pk] for pk in topics_of[peer.path]), key=lambda topic: topic.name),
        )
        for peer in peers
    ]
