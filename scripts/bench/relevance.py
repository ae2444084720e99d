"""Relevance of a ranking against the graded judgments: nDCG@10 and MRR, and the plain baseline engine."""

import json
import math
import statistics
from pathlib import Path

from search.documents import CONTENT_TYPES
from search.engines import SearchQuery

JUDGMENTS = json.loads((Path(__file__).parent / "judgments.json").read_text())["queries"]


def ndcg_at_10(ranked_slugs, judgments):
    gains = [judgments.get(slug, 0) for slug in ranked_slugs[:10]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judgments.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def reciprocal_rank(ranked_slugs, judgments):
    for i, slug in enumerate(ranked_slugs[:10]):
        if judgments.get(slug, 0) >= 2:
            return 1 / (i + 1)
    return 0.0


def relevance(search):
    """Mean nDCG@10 and MRR of `search(text) -> [slugs]` over the judged queries, plus per-query nDCG."""
    per_query = {}
    rr = []
    for entry in JUDGMENTS:
        slugs = search(entry["q"])
        per_query[entry["q"]] = ndcg_at_10(slugs, entry["judgments"])
        rr.append(reciprocal_rank(slugs, entry["judgments"]))
    return statistics.mean(per_query.values()), statistics.mean(rr), per_query


def engine_ranking(engine):
    def search(text):
        result = engine.search(SearchQuery(text=text, per_page=10))
        return [hit.slug for hit in result.hits if hit.type in CONTENT_TYPES]

    return search


class Baseline:
    """The same documents in an index with the engine's default analyzer; a plain multi_match, no synonyms."""

    def __init__(self, remote):
        self.client = remote.client
        self.flavour = remote.name
        self.index = "wissensnetz-bench-baseline"

    def build(self, documents):
        if self.flavour == "opensearch":
            from opensearchpy import helpers
        else:
            from elasticsearch import helpers
        if self.client.indices.exists(index=self.index):
            self.client.indices.delete(index=self.index)
        settings = {"index": {"number_of_replicas": 0}}  # one node: a replica would never be assigned
        if self.flavour == "opensearch":
            self.client.indices.create(index=self.index, body={"settings": settings})
        else:
            self.client.indices.create(index=self.index, settings=settings)
        actions = ({"_index": self.index, "_id": d["id"], "_source": d} for d in documents)
        helpers.bulk(self.client, actions, refresh=True)

    def search(self, text):
        query = {"multi_match": {"query": text, "fields": ["title", "summary", "body", "tags"]}}
        if self.flavour == "opensearch":
            response = self.client.search(index=self.index, body={"size": 10, "query": query})
        else:
            response = self.client.search(index=self.index, size=10, query=query)
        return [h["_source"]["slug"] for h in response["hits"]["hits"] if h["_source"]["type"] in CONTENT_TYPES]
