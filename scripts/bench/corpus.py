"""The generated corpus of the latency and indexing benchmarks: the demo's sentences recombined."""

import random

from search.documents import CONTENT_TYPES, iter_all_documents

CORPUS_SIZE = 10_000


def generate_corpus(size=CORPUS_SIZE, seed=7, base=None):
    """`size` documents recombined from the demo's sentences: realistic German text, different per document.

    `base` is the demo's content documents (read from the current database when not given).
    """
    rng = random.Random(seed)
    base = [d for d in (base or iter_all_documents()) if d["type"] in CONTENT_TYPES]
    sentences = [s.strip() + "." for d in base for s in d["body"].split(".") if len(s.strip()) > 30]
    municipalities = sorted({(d["municipality"], d["municipality_name"]) for d in base})
    for i in range(size):
        source = base[i % len(base)]
        municipality, municipality_name = rng.choice(municipalities)
        year = rng.randint(2019, 2026)
        yield {
            **source,
            "id": f"bench-{i}",
            "slug": f"{source['slug']}-{i}",
            "title": f"{source['title']} ({municipality_name}, {year})",
            "body": " ".join(rng.sample(sentences, 8)),
            "municipality": municipality,
            "municipality_name": municipality_name,
            "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "year": year,
            "url": f"/bench/{i}/",
        }
