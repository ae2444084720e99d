"""The 100,000-document corpus of the scale benchmark (scale.py): engine `Document`s made directly, no pages.

Deterministic for a seed. The text is German municipal prose recombined sentence by sentence from the demo
(exchange/demo/demo.json) and the independent corpus (scripts/bench/independent/corpus.json), each type
from its own type's sentences first; titles, topics, tags, roles and names come from there too, and invented
place names and extra tags from scale_vocabulary.json. So the corpus has many municipalities of every kind
in every state, a long tail of tags, every value of every facet the search offers, and body lengths from a
few sentences to a few pages (log-normal, median about the demo's).
"""

import json
import math
import random
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from exchange.choices import CaseStudyStatus, LessonCause, LessonKind, MunicipalityKind, ProjectPhase
from exchange.demo import DEMO_FILE
from search.documents import CONTENT_TYPES
from search.forms import TYPE_LABELS

BENCH = Path(__file__).resolve().parent
INDEPENDENT_FILE = BENCH / "independent" / "corpus.json"
VOCABULARY_FILE = BENCH / "scale_vocabulary.json"

SCALE_SIZE = 100_000
#: Invented municipalities besides the demo's (whose slugs the search form knows, so filters on them work).
MUNICIPALITIES = 1500
CONTACTS_PER_MUNICIPALITY = 2
#: Share of each content type among the content documents; types not named get DEFAULT_TYPE_WEIGHT.
TYPE_WEIGHTS = {"case_study": 30, "lesson": 35, "article": 15, "event": 12, "strategy": 5}
DEFAULT_TYPE_WEIGHT = 3
#: Sentences per body: log-normal with this median and spread, at least MIN_SENTENCES, at most MAX_SENTENCES.
MEDIAN_SENTENCES, SENTENCE_SPREAD, MIN_SENTENCES, MAX_SENTENCES = 8, 0.6, 2, 80
#: Share of a body's sentences taken from documents of its own type (the rest from any type).
OWN_TYPE_SHARE = 0.7
#: Share of content documents tagged with their municipality's own project ("Modellprojekt Lindenfeld").
LOCAL_TAG_SHARE = 0.3
FIRST_YEAR, LAST_YEAR = 2016, 2026
TRACKED_TYPES = ("case_study", "lesson")  # types with "Zuletzt geprüft" (tracks_freshness)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_KIND_LABELS = {key: str(label) for key, label in MunicipalityKind.choices}
#: The facets' vocabularies as plain lists (an enum's `.values` is rebuilt on every access).
_LESSON_KINDS, _PHASES, _CAUSES, _STATUSES = (
    list(choice.values) for choice in (LessonKind, ProjectPhase, LessonCause, CaseStudyStatus)
)


def _sentences(text):
    """Sentences of a body in the import format: headings and list markers dropped, at least 30 characters."""
    lines = [line.strip().lstrip("-* ").strip() for line in (text or "").splitlines()]
    prose = " ".join(line for line in lines if line and not line.startswith("#"))
    return [sentence for sentence in _SENTENCE_END.split(prose) if len(sentence) >= 30]


class Sources:
    """What the corpus is recombined from, read once from the demo, the independent corpus and the vocabulary."""

    def __init__(self):
        demo = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        independent = json.loads(INDEPENDENT_FILE.read_text(encoding="utf-8"))
        self.vocabulary = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
        items = demo["items"] + independent["items"]
        self.topics = sorted((topic["slug"], topic["name"]) for topic in demo["topics"])
        self.sentences = {kind: [] for kind in CONTENT_TYPES}
        self.titles = {kind: [] for kind in CONTENT_TYPES}
        for item in items:
            kind = item["type"] if item["type"] in self.sentences else CONTENT_TYPES[0]
            self.sentences[kind] += _sentences(item.get("body")) + _sentences(item.get("summary"))
            self.titles[kind].append(item["title"])
        self.all_sentences = [s for kind in CONTENT_TYPES for s in self.sentences[kind]]
        for kind in CONTENT_TYPES:  # a type without items of its own borrows from all
            self.sentences[kind] = self.sentences[kind] or self.all_sentences
            self.titles[kind] = self.titles[kind] or [title for titles in self.titles.values() for title in titles]
        tags = {tag for item in items for tag in item.get("tags", [])} | set(self.vocabulary["extra_tags"])
        self.tags = sorted(tags)
        self.demo_municipalities = demo["municipalities"]
        contacts = demo["contacts"]
        self.first_names = sorted({contact["name"].split()[0] for contact in contacts})
        self.last_names = sorted({contact["name"].split()[-1] for contact in contacts})
        self.roles = sorted({contact["role"] for contact in contacts})


@lru_cache(maxsize=10_000)
def _slug(name):
    folded = name.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _place_name(rng, vocabulary):
    prefix = rng.choice(vocabulary["place_prefixes"]) + " " if rng.random() < 0.15 else ""
    return prefix + rng.choice(vocabulary["place_stems"]) + rng.choice(vocabulary["place_suffixes"])


def _municipalities(rng, sources, count):
    """The demo's municipalities, then `count` invented ones; kinds cycle, so every kind occurs."""
    result = [
        {
            "slug": m["slug"],
            "name": m["name"],
            "kind": m["kind"],
            "state": m["state"],
            "funded": bool(m.get("funded")),
            "cohort": m.get("cohort"),
            "place": m["name"].split()[-1],
        }
        for m in sources.demo_municipalities
    ]
    taken = {m["slug"] for m in result}
    kinds = list(MunicipalityKind.values)
    for i in range(count):
        kind = kinds[i % len(kinds)]
        place = _place_name(rng, sources.vocabulary)
        name = f"{_KIND_LABELS[kind]} {place}" if kind not in ("stadt", "gemeinde") else place
        slug = _slug(name)
        if slug in taken:
            slug = f"{slug}-{i}"
        taken.add(slug)
        funded = rng.random() < 0.3
        result.append(
            {
                "slug": slug,
                "name": name,
                "kind": kind,
                "state": rng.choice(sources.vocabulary["states"]),
                "funded": funded,
                "cohort": rng.choice((2019, 2020, 2021)) if funded else None,
                "place": place,
            }
        )
    return result


def _body(rng, sources, kind):
    count = round(rng.lognormvariate(math.log(MEDIAN_SENTENCES), SENTENCE_SPREAD))
    count = min(max(count, MIN_SENTENCES), MAX_SENTENCES)
    own = sources.sentences[kind]
    picked = [
        rng.choice(own) if rng.random() < OWN_TYPE_SHARE else rng.choice(sources.all_sentences) for _ in range(count)
    ]
    paragraphs = [" ".join(picked[start : start + 4]) for start in range(0, len(picked), 4)]
    return "\n\n".join(paragraphs)


def _empty_fields():
    return {"lesson_kind": "", "phase": "", "cause": "", "status": "", "last_reviewed": None}


def _place_fields(municipality):
    return {
        "municipality": municipality["slug"],
        "municipality_name": municipality["name"],
        "municipality_kind": municipality["kind"],
        "state": municipality["state"],
        "funded": municipality["funded"],
    }


def _tags(rng, tags, municipality):
    """One to six tags, frequent ones more often; some name the municipality's project (a long tail)."""
    chosen = set(rng.choices(tags[0], cum_weights=tags[1], k=rng.randint(1, 6)))
    if rng.random() < LOCAL_TAG_SHARE:
        chosen.add(f"Modellprojekt {municipality['place']}")
    return sorted(chosen)


def _content_document(rng, sources, number, kind, municipality, tags):
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    topics = sorted(rng.sample(sources.topics, rng.choice((1, 1, 2, 2, 3))))
    title = rng.choice(sources.titles[kind])
    if rng.random() < 0.5:
        title = f"{title} in {municipality['name']}"
    document = {
        "id": f"scale-{number}",
        "type": kind,
        "slug": f"{_slug(title)[:60]}-{number}",
        "title": title,
        "summary": rng.choice(sources.sentences[kind]),
        "body": _body(rng, sources, kind),
        "topics": [slug for slug, _ in topics],
        "topic_names": [name for _, name in topics],
        "tags": _tags(rng, tags, municipality),
        **_place_fields(municipality),
        **_empty_fields(),
        "date": date,
        "year": year,
        "url": f"/skalierung/{number}/",
    }
    if kind == "lesson":
        document["lesson_kind"] = rng.choice(_LESSON_KINDS)
        document["phase"] = rng.choice(_PHASES)
        document["cause"] = rng.choice(_CAUSES)
    if kind == "case_study":
        document["status"] = rng.choice(_STATUSES)
    if kind in TRACKED_TYPES:
        document["last_reviewed"] = f"{min(year + rng.randint(0, 2), LAST_YEAR)}-{rng.randint(1, 12):02d}-01"
    return document


def _municipality_document(rng, sources, number, municipality):
    return {
        "id": f"scale-{number}",
        "type": "municipality",
        "slug": municipality["slug"],
        "title": municipality["name"],
        "summary": " ".join(rng.sample(sources.all_sentences, 2)),
        "body": "\n\n".join([municipality["state"], _KIND_LABELS[municipality["kind"]]]),
        "topics": [],
        "topic_names": [],
        "tags": [],
        **_place_fields(municipality),
        **_empty_fields(),
        "date": None,
        "year": municipality["cohort"],
        "url": f"/kommunen/{municipality['slug']}/",
    }


def _contact_document(rng, sources, number, municipality):
    name = f"{rng.choice(sources.first_names)} {rng.choice(sources.last_names)}"
    topics = sorted(rng.sample(sources.topics, 2))
    return {
        "id": f"scale-{number}",
        "type": "contact",
        "slug": f"{_slug(name)}-{number}",
        "title": name,
        "summary": rng.choice(sources.roles),
        "body": " ".join(topic_name for _, topic_name in topics),
        "topics": [slug for slug, _ in topics],
        "topic_names": [topic_name for _, topic_name in topics],
        "tags": [],
        **_place_fields(municipality),
        **_empty_fields(),
        "date": None,
        "year": None,
        "url": f"/kontakte/{_slug(name)}-{number}/",
    }


def generate_scale_corpus(size=SCALE_SIZE, seed=11, municipalities=MUNICIPALITIES, sources=None):
    """`size` search documents: one per municipality, CONTACTS_PER_MUNICIPALITY contacts each, the rest content.

    A generator, so 100,000 documents never sit in memory at once. Content is spread over the municipalities
    by a Zipf-like law (a few very active ones, a long tail), tags likewise.
    """
    rng = random.Random(seed)
    sources = sources or Sources()
    places = _municipalities(rng, sources, municipalities)
    place_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(places))))
    tags = list(sources.tags)
    rng.shuffle(tags)  # which tags are frequent is random too, not the alphabet
    tags = (tags, list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(tags)))))
    kinds = list(CONTENT_TYPES)
    kind_weights = list(accumulate(TYPE_WEIGHTS.get(kind, DEFAULT_TYPE_WEIGHT) for kind in kinds))
    number = 0
    for municipality in places:
        if number >= size:
            return
        yield _municipality_document(rng, sources, number, municipality)
        number += 1
        for _ in range(CONTACTS_PER_MUNICIPALITY):
            if number >= size:
                return
            yield _contact_document(rng, sources, number, municipality)
            number += 1
    for content in range(size - number):
        # Every type once before chance decides, so even a small corpus has them all.
        kind = kinds[content] if content < len(kinds) else rng.choices(kinds, cum_weights=kind_weights)[0]
        municipality = rng.choices(places, cum_weights=place_weights)[0]
        yield _content_document(rng, sources, number, kind, municipality, tags)
        number += 1


def facet_values(sources=None):
    """Every value each fixed-vocabulary facet offers (forms.SearchForm), for checking that the corpus has all."""
    sources = sources or Sources()
    return {
        "type": set(TYPE_LABELS),
        "topic": {slug for slug, _ in sources.topics},
        "kind": set(MunicipalityKind.values),
        "funded": {True, False},
        "lesson_kind": set(LessonKind.values),
        "phase": set(ProjectPhase.values),
        "cause": set(LessonCause.values),
        "status": set(CaseStudyStatus.values),
    }
