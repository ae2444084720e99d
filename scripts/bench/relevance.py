"""Relevance of a ranking against graded judgments: nDCG@10 and MRR, on the demo and the independent set.

Every set is measured for the same four rankings: the database engine, the remote engine (the call
/api/search/ makes), the plain baseline (engine default analyzer) and the engine's stock `german` analyzer
(both with a plain multi_match). See docs/search-quality.md.
"""

import json
import math
import os
import statistics
from pathlib import Path

from search.documents import CONTENT_TYPES
from search.engines import SearchQuery

HERE = Path(__file__).parent
#: Index names start with this, so parallel runs (or other people's indices) are never touched.
INDEX_PREFIX = os.environ.get("BENCH_INDEX_PREFIX", "wissensnetz-bench")
INDEPENDENT_CORPUS = HERE / "independent" / "corpus.json"


def load_judgments(path):
    return json.loads(Path(path).read_text())["queries"]


#: The demo's judged queries (grades 0–3) and the independent set's (grades 0–2, invented corpus).
JUDGMENTS = load_judgments(HERE / "judgments.json")
INDEPENDENT_JUDGMENTS = load_judgments(HERE / "independent" / "judgments.json")


def ndcg_at_10(ranked_slugs, judgments):
    gains = [judgments.get(slug, 0) for slug in ranked_slugs[:10]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judgments.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def reciprocal_rank(ranked_slugs, judgments, answers=2):
    """1/rank of the first result graded `answers` or better in the first ten, else 0."""
    for i, slug in enumerate(ranked_slugs[:10]):
        if judgments.get(slug, 0) >= answers:
            return 1 / (i + 1)
    return 0.0


def relevance(search, judgments=JUDGMENTS):
    """Mean nDCG@10 and MRR of `search(text) -> [slugs]` over the judged queries, plus per-query nDCG.

    MRR counts the first result graded 2 or better; on both sets that is an item a reader would want
    (the demo's 3 and 2, the independent set's 2).
    """
    per_query = {}
    rr = []
    for entry in judgments:
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
    """The same documents in an index of its own searched with a plain multi_match, no synonyms, no boosts.

    `analyzer=None` keeps the engine's default analyzer (the plain baseline); `analyzer="german"` puts the
    engine's stock German analyzer on the text fields, the peer the project's own analysis must beat.
    """

    FIELDS = ["title", "summary", "body", "tags"]

    def __init__(self, remote, index, analyzer=None):
        self.client = remote.client
        self.flavour = remote.name
        self.index = index
        self.analyzer = analyzer

    def build(self, documents):
        if self.flavour == "opensearch":
            from opensearchpy import helpers
        else:
            from elasticsearch import helpers
        if self.client.indices.exists(index=self.index):
            self.client.indices.delete(index=self.index)
        settings = {"index": {"number_of_replicas": 0}}  # one node: a replica would never be assigned
        mappings = {}
        if self.analyzer:
            mappings = {"properties": {f: {"type": "text", "analyzer": self.analyzer} for f in self.FIELDS}}
        if self.flavour == "opensearch":
            self.client.indices.create(index=self.index, body={"settings": settings, "mappings": mappings})
        else:
            self.client.indices.create(index=self.index, settings=settings, mappings=mappings)
        actions = ({"_index": self.index, "_id": d["id"], "_source": d} for d in documents)
        helpers.bulk(self.client, actions, refresh=True)

    def search(self, text):
        query = {"multi_match": {"query": text, "fields": self.FIELDS}}
        if self.flavour == "opensearch":
            response = self.client.search(index=self.index, body={"size": 10, "query": query})
        else:
            response = self.client.search(index=self.index, size=10, query=query)
        return [h["_source"]["slug"] for h in response["hits"]["hits"] if h["_source"]["type"] in CONTENT_TYPES]


def measure_set(documents, judgments, search_url, index_name):
    """All rankings on one set: {"rows": [(ranking, nDCG@10, MRR)], "per_query": {ranking: {query: nDCG}}}.

    `documents` are the set's search documents, `index_name` the remote engine's alias for the set; the
    baseline and the German peer get `<index_name>-baseline` and `<index_name>-german`.
    """
    from search.engines import engine_for_url
    from search.engines.database import DatabaseEngine

    database = DatabaseEngine()
    database.rebuild(iter(documents), len(documents))
    rankings = [("database", engine_ranking(database))]
    if search_url:
        remote = engine_for_url(search_url, index_name)
        remote.rebuild(iter(documents), len(documents))
        rankings.append((remote.name, engine_ranking(remote)))
        for label, analyzer in (("baseline", None), ("stock german", "german")):
            peer = Baseline(remote, f"{index_name}-{label.split()[-1]}", analyzer)
            peer.build(documents)
            rankings.append((f"{remote.name} {label}", peer.search))
    result = {"rows": [], "per_query": {}}
    for name, search in rankings:
        ndcg, mrr, per_query = relevance(search, judgments)
        result["rows"].append((name, ndcg, mrr))
        result["per_query"][name] = per_query
    return result
