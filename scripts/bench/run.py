"""`make bench`: search relevance, API latency and index rebuild, printed and written to docs/benchmarks.md.

Runs on its own SQLite database under .bench/ with the demo content, against the database engine and,
when SEARCH_URL is set (the Makefile starts the local OpenSearch), the remote engine and a plain baseline
(the engine's default analyzer, no synonyms, no boosts) measured in the same run.
"""

import argparse
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(BENCH_DIR / "media")
os.environ["SEARCH_INDEX_NAME"] = "wissensnetz-bench"
CORPUS_INDEX = "wissensnetz-bench-corpus"
CORPUS_SIZE = 10_000
JUDGMENTS = json.loads((Path(__file__).parent / "judgments.json").read_text())["queries"]

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from search.documents import CONTENT_TYPES, count_all_documents, iter_all_documents  # noqa: E402
from search.engines import SearchQuery, engine_for_url  # noqa: E402
from search.engines.database import DatabaseEngine  # noqa: E402


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
        self.client.indices.create(index=self.index)
        actions = ({"_index": self.index, "_id": d["id"], "_source": d} for d in documents)
        helpers.bulk(self.client, actions, refresh=True)

    def search(self, text):
        query = {"multi_match": {"query": text, "fields": ["title", "summary", "body", "tags"]}}
        if self.flavour == "opensearch":
            response = self.client.search(index=self.index, body={"size": 10, "query": query})
        else:
            response = self.client.search(index=self.index, size=10, query=query)
        return [h["_source"]["slug"] for h in response["hits"]["hits"] if h["_source"]["type"] in CONTENT_TYPES]


def generate_corpus(size, seed=7):
    """`size` documents recombined from the demo's sentences: realistic German text, different per document."""
    rng = random.Random(seed)
    base = [d for d in iter_all_documents() if d["type"] in CONTENT_TYPES]
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


def index_corpus(search_url):
    """Child process: rebuild the 10,000-document index; prints seconds, count and peak memory as JSON."""
    from search.engines.remote import RemoteEngine

    flavour, _, url = search_url.partition("+")
    engine = RemoteEngine(flavour=flavour, url=url, index_name=CORPUS_INDEX)
    started = time.perf_counter()
    stats = engine.rebuild(generate_corpus(CORPUS_SIZE), CORPUS_SIZE)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "count": stats.get("count", CORPUS_SIZE), "peak_mb": peak_mb}))


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def latency(search_url, requests_per_level=200):
    """p50/p95 of /api/search/ under gunicorn at 1 and 8 clients, next to the engine's own `took`."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SEARCH_URL": search_url,
        "SEARCH_INDEX_NAME": CORPUS_INDEX,
    }
    port = 8765
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "config.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            os.environ.get("BENCH_WORKERS", "8"),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    queries = [entry["q"] for entry in JUDGMENTS]
    base = f"http://127.0.0.1:{port}/api/search/?q="
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "test", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        results = {}
        for clients in (1, 8):

            def one(i):
                url = base + urllib.parse.quote(queries[i % len(queries)])
                started = time.perf_counter()
                body = json.loads(urllib.request.urlopen(url, timeout=10).read())
                return (time.perf_counter() - started) * 1000, body.get("took_ms")

            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(one, range(20)))  # warm-up
                samples = list(pool.map(one, range(requests_per_level)))
            wall = [s[0] for s in samples]
            took = [s[1] for s in samples if s[1] is not None]
            results[clients] = {
                "p50": percentile(wall, 50),
                "p95": percentile(wall, 95),
                "took_p50": percentile(took, 50) if took else None,
                "took_p95": percentile(took, 95) if took else None,
            }
        return results
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-corpus", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--relevance-only", action="store_true", help="skip indexing and latency (quick tuning runs)")
    args = parser.parse_args()
    search_url = os.environ.get("SEARCH_URL", "")
    if args.index_corpus:
        return index_corpus(search_url)

    BENCH_DIR.mkdir(exist_ok=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-progress", verbosity=0)
    documents = list(iter_all_documents())
    rows = []
    database = DatabaseEngine()
    database.rebuild(iter(documents), count_all_documents())
    ndcg, mrr, _ = relevance(engine_ranking(database))
    rows.append(("database", ndcg, mrr))
    report = {"relevance": rows, "latency": None, "indexing": None}
    if search_url:
        remote = engine_for_url(search_url)
        remote.rebuild(iter(documents), len(documents))
        ndcg, mrr, per_query = relevance(engine_ranking(remote))
        rows.append((remote.name, ndcg, mrr))
        baseline = Baseline(remote)
        baseline.build(documents)
        b_ndcg, b_mrr, _ = relevance(baseline.search)
        rows.append((f"{remote.name} baseline", b_ndcg, b_mrr))
        report["weakest"] = sorted(per_query.items(), key=lambda kv: kv[1])[:5]
        if args.relevance_only:
            print(json.dumps({"relevance": rows, "per_query": per_query}, indent=1, ensure_ascii=False))
            return
        child = subprocess.run(
            [sys.executable, __file__, "--index-corpus"], capture_output=True, text=True, check=True, env=os.environ
        )
        report["indexing"] = json.loads(child.stdout.strip().splitlines()[-1])
        report["latency"] = latency(search_url)
    write_report(report, search_url)


def write_report(report, search_url):
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d')} on this project's 2-core, 24 GiB machine"
        f" ({'SEARCH_URL ' + search_url.split('+')[0] if search_url else 'database engine only'}).",
        "",
        "## Search relevance",
        "",
        f"{len(JUDGMENTS)} German queries with graded judgments over the demo content "
        "(scripts/bench/judgments.json; see docs/search-quality.md). Target: nDCG@10 ≥ 0.85 on the remote engine, "
        "clearly above the baseline.",
        "",
        "| engine | nDCG@10 | MRR |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {name} | {ndcg:.3f} | {mrr:.3f} |" for name, ndcg, mrr in report["relevance"]]
    if report.get("weakest"):
        lines += [
            "",
            "Weakest queries on the remote engine (nDCG@10): "
            + "; ".join(f"„{q}“ {v:.2f}" for q, v in report["weakest"]),
        ]
    if report["indexing"]:
        ix = report["indexing"]
        lines += [
            "",
            "## Index rebuild",
            "",
            f"Full rebuild of {ix['count']:,} generated documents (bulk requests into a new index, alias swap): "
            f"**{ix['seconds']:.1f} s**, peak memory of the command **{ix['peak_mb']:.0f} MB**. Target: ≤ 60 s. "
            "The documents are generated from the demo's sentences, so this measures the engine side of "
            "`search_index rebuild`; turning pages into documents costs a fixed number of queries per batch of 500.",
        ]
    if report["latency"]:
        lines += [
            "",
            "## JSON API latency",
            "",
            f"`/api/search/` under gunicorn ({os.environ.get('BENCH_WORKERS', '8')} workers) over the {CORPUS_SIZE:,}-document corpus, judged queries in turn. "
            "Target: p95 ≤ 2 × the engine's own p95 + 20 ms. One sync worker per client: a request waits on the "
            "engine, not in gunicorn's queue, so the difference to `took` is this application's own overhead.",
            "",
            "| clients | p50 (ms) | p95 (ms) | engine took p50 (ms) | engine took p95 (ms) | target p95 (ms) |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for clients, row in report["latency"].items():
            target = f"{2 * row['took_p95'] + 20:.0f}" if row["took_p95"] is not None else "n/a"
            took50 = f"{row['took_p50']:.1f}" if row["took_p50"] is not None else "n/a"
            took95 = f"{row['took_p95']:.1f}" if row["took_p95"] is not None else "n/a"
            lines.append(f"| {clients} | {row['p50']:.1f} | {row['p95']:.1f} | {took50} | {took95} | {target} |")
    text = "\n".join(lines) + "\n"
    (ROOT / "docs" / "benchmarks.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
