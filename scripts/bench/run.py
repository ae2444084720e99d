"""`make bench`: search relevance and latency, index rebuild, import at scale and image renditions.

Writes docs/benchmarks.md. Runs on its own SQLite database under .bench/ with the demo content. Measured:
- relevance on two judged sets, the demo's and the independent invented one (independent_relevance.py, its
  own database): the database engine and, when SEARCH_URL is set (the Makefile starts the local OpenSearch),
  the remote engine, a plain baseline (the engine's default analyzer, no synonyms, no boosts) and the
  engine's stock `german` analyzer with the same plain query;
- the database engine with 10,000 documents on SQLite, and on PostgreSQL when DATABASE_URL points at one
  (a database of its own beside it), through /api/search/ under gunicorn;
- the remote engine's rebuild of and latency over the same 10,000 documents;
- `import_exchange` with 10,000 items (import_scale.py) and one rendition of a maximum-size image (images.py);
- 10,000 immediate notifications of one page and 10,000 weekly digests over SMTP (subscriptions.py).

- the remote engine with 100,000 documents on a node of the bench's own (scale.py): rebuild and latency;

`--only subscriptions` (or `--only relevance`, `make bench-relevance`, or `--only scale`, `make bench-scale`)
measures that part alone and replaces just its section of docs/benchmarks.md. BENCH_INDEX_PREFIX (default wissensnetz-bench) names the indices.
"""

import argparse
import json
import os
import subprocess
import sys
import time

from common import BENCH_DIR, ROOT, django_environment, fresh_postgres, fresh_sqlite, is_postgres, peak_rss_mb

SERVER_DATABASE_URL = os.environ.get("DATABASE_URL", "")
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(BENCH_DIR / "media")
BENCH_INDEX_PREFIX = os.environ.get("BENCH_INDEX_PREFIX", "wissensnetz-bench")
os.environ["SEARCH_INDEX_NAME"] = BENCH_INDEX_PREFIX
CORPUS_INDEX = f"{BENCH_INDEX_PREFIX}-corpus"

import django  # noqa: E402

django.setup()

from corpus import CORPUS_SIZE, generate_corpus  # noqa: E402
from django.core.management import call_command  # noqa: E402
from relevance import JUDGMENTS, measure_set  # noqa: E402
from report import (  # noqa: E402
    update_relevance_section,
    update_scale_section,
    update_subscriptions_section,
    write_report,
)
from scale import SCALE_DOCUMENTS  # noqa: E402
from scale import measure as measure_scale  # noqa: E402
from serving import latency  # noqa: E402

from search.documents import iter_all_documents  # noqa: E402

#: Filters added to every judged query in the filtered run: three facets at once.
FILTERED = "&type=case_study&type=lesson&funded=true"


def index_corpus(search_url):
    """Child process: rebuild the 10,000-document index; prints seconds, count and peak memory as JSON."""
    from search.engines.remote import RemoteEngine

    flavour, _, url = search_url.partition("+")
    engine = RemoteEngine(flavour=flavour, url=url, index_name=CORPUS_INDEX)
    started = time.perf_counter()
    stats = engine.rebuild(generate_corpus(CORPUS_SIZE), CORPUS_SIZE)
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "count": stats.get("count", CORPUS_SIZE), "peak_mb": peak_rss_mb()}))


def _child(command, env=None):
    """Run a benchmark script in a process of its own and return the JSON of its last line."""
    result = subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def database_engine_runs():
    """The database engine with the corpus on SQLite (and PostgreSQL): rebuild, then latency per query set."""
    databases = [("SQLite", fresh_sqlite("database_search"))]
    if is_postgres(SERVER_DATABASE_URL):
        databases.append(("PostgreSQL", fresh_postgres(SERVER_DATABASE_URL, "bench_search")))
    queries = [entry["q"] for entry in JUDGMENTS]
    runs = []
    for label, url in databases:
        env = django_environment(url, SEARCH_URL="")
        build = _child([sys.executable, str(ROOT / "scripts/bench/database_search.py")], env)
        serving_env = {"DATABASE_URL": url, "SEARCH_URL": "", "MEDIA_ROOT": env["MEDIA_ROOT"]}
        runs.append(
            {
                "database": label,
                "build": build,
                "all facets": latency(serving_env, queries),
                "three facets filtered": latency(serving_env, queries, extra=FILTERED),
            }
        )
    return runs


def subscriptions_run():
    """Notifications and digests at scale (subscriptions.py) on SQLite, and on PostgreSQL with DATABASE_URL."""
    env = {**os.environ, "DATABASE_URL": SERVER_DATABASE_URL}
    return _child([sys.executable, str(ROOT / "scripts/bench/subscriptions.py")], env)


def relevance_run(search_url):
    """Both judged sets: the demo's on the bench database, the independent one in a child process."""
    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-progress", verbosity=0)
    documents = list(iter_all_documents())
    demo = {"documents": len(documents), **measure_set(documents, JUDGMENTS, search_url, BENCH_INDEX_PREFIX)}
    independent = _child([sys.executable, str(ROOT / "scripts/bench/independent_relevance.py")], os.environ)
    return {"demo": demo, "independent": independent}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-corpus", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--relevance-only", action="store_true", help="print only the relevance figures as JSON (tuning runs)"
    )
    parser.add_argument(
        "--only",
        choices=["subscriptions", "relevance", "scale"],
        help="measure only this part and update only its section of docs/benchmarks.md",
    )
    args = parser.parse_args()
    search_url = os.environ.get("SEARCH_URL", "")
    if args.index_corpus:
        return index_corpus(search_url)
    if args.only == "subscriptions":
        BENCH_DIR.mkdir(exist_ok=True)
        return update_subscriptions_section(subscriptions_run())
    if args.only == "scale":
        return update_scale_section(measure_scale(SCALE_DOCUMENTS))

    BENCH_DIR.mkdir(exist_ok=True)
    report = {"relevance": relevance_run(search_url)}
    if args.only == "relevance":
        return update_relevance_section(report["relevance"])
    if args.relevance_only:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    report["database_engine"] = database_engine_runs()
    if search_url:
        report["indexing"] = _child([sys.executable, __file__, "--index-corpus"], os.environ)
        report["latency"] = latency(
            {"SEARCH_URL": search_url, "SEARCH_INDEX_NAME": CORPUS_INDEX}, [entry["q"] for entry in JUDGMENTS]
        )
        report["scale"] = measure_scale(SCALE_DOCUMENTS)
    import_env = {**os.environ, "DATABASE_URL": SERVER_DATABASE_URL}
    report["import"] = _child([sys.executable, str(ROOT / "scripts/bench/import_scale.py")], import_env)
    report["images"] = _child([sys.executable, str(ROOT / "scripts/bench/images.py")])
    report["subscriptions"] = subscriptions_run()
    write_report(report, search_url)


if __name__ == "__main__":
    main()
