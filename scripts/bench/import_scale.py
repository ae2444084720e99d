"""Import a generated exchange file of 10,000 items and print one JSON line: seconds, SQL per item, peak memory.

The file is built from the demo content (every municipality, topic and contact, items of all five types
repeated with new slugs, titles and tags), so it has the demo's shape at a municipality's archive's size.
Each run imports into a fresh database: SQLite under .bench/ always, and PostgreSQL when DATABASE_URL
points at one (a database of its own next to it, `<name>_bench_import`, dropped and created for the run).
Migrations and the import run in separate processes, so the peak RSS is the import's own. Tasks go to
the database queue, as in production; the one task the import leaves for Wagtail's page search index
is then run and timed on its own, and the file is imported a second time (it must change nothing).

    .venv/bin/python scripts/bench/import_scale.py [--items 10000] [--progress]

Per run: `seconds` (wall clock) and `cpu_seconds` of the import, `statements_per_item` (and by kind),
`peak_rss_mb`, `outbox_rows` (search.models.IndexUpdate rows waiting for the sync task),
`search_index_task_seconds`, `reimport_seconds` and `reimport_changes` (0).
"""

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import BENCH_DIR, ROOT, django_environment, fresh_postgres, fresh_sqlite, is_postgres, peak_rss_mb

sys.path.insert(0, str(ROOT))

#: Tags every generated item may draw from besides its template's, so the file has many distinct tags.
EXTRA_TAGS = 400


def build_document(count):
    """The demo document with `count` items: the demo's items repeated round by round under new slugs."""
    from exchange.demo import DEMO_FILE

    DEMO = json.loads(DEMO_FILE.read_text(encoding="utf-8"))

    municipalities = [m["slug"] for m in DEMO["municipalities"]]
    templates = DEMO["items"]
    rounds = -(-count // len(templates))
    items = []
    for index in range(count):
        number = index // len(templates) + 1
        item = copy.deepcopy(templates[index % len(templates)])
        item.pop("illustration", None)
        item["slug"] = f"{item['slug']}-{number}"
        item["title"] = f"{item['title']} ({number})"
        item["municipality"] = municipalities[index % len(municipalities)]
        item["tags"] = [*item.get("tags", []), f"Schlagwort {index % EXTRA_TAGS}"]
        related = item.get("related_case_study")
        if related:
            item["related_case_study"] = f"{related}-{number}" if number < rounds else ""
        items.append(item)
    return {
        "topics": copy.deepcopy(DEMO["topics"]),
        "municipalities": copy.deepcopy(DEMO["municipalities"]),
        "contacts": copy.deepcopy(DEMO["contacts"]),
        "items": items,
    }


def run_import(path, progress):
    """In this process: import `path` into the configured database; return the measurements as a dict.

    Besides the import itself: the peak memory up to its end, the search outbox it left, the deferred
    update of Wagtail's page search index (the task a worker would run), and a second import of the
    same file, which must change nothing.
    """
    import django

    django.setup()
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from exchange.interchange.importer import import_document
    from exchange.interchange.parsing import parse_json
    from exchange.interchange.tasks import update_search_index_task
    from search.models import IndexUpdate

    statements = Counter()

    def count(execute, sql, params, many, context):
        statements[sql.lstrip().split(" ", 1)[0].upper()] += 1
        return execute(sql, params, many, context)

    text = Path(path).read_text(encoding="utf-8")
    data = parse_json(text)
    items = len(data["items"])
    started, cpu_started = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count):
        import_document(data, progress=progress)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_rss = peak_rss_mb()
    outbox = IndexUpdate.objects.count()

    started = time.perf_counter()
    for pending in DBTaskResult.objects.filter(task_path=update_search_index_task.module_path):
        pending.task.call(*pending.args_kwargs["args"], **pending.args_kwargs["kwargs"])
    index_seconds = time.perf_counter() - started

    started = time.perf_counter()
    again = import_document(parse_json(text))
    reimport_seconds = time.perf_counter() - started
    total = sum(statements.values())
    return {
        "database": connection.vendor,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "items": items,
        "statements_per_item": round(total / items, 1),
        "statements": dict(statements.most_common()),
        "peak_rss_mb": round(peak_rss, 1),
        "outbox_rows": outbox,
        "search_index_task_seconds": round(index_seconds, 1),
        "reimport_seconds": round(reimport_seconds, 1),
        "reimport_changes": sum(again.created.values()) + sum(again.updated.values()),
    }


def measure(database_url, path, progress):
    """Migrate a fresh database at `database_url`, then import `path` into it in a new process."""
    env = django_environment(database_url, TASKS_BACKEND="django_tasks_db.DatabaseBackend")
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    worker = [sys.executable, __file__, "--worker", str(path)] + (["--progress"] if progress else [])
    result = subprocess.run(worker, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--progress", action="store_true", help="show the importer's progress bar on stderr")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_import(args.worker, args.progress)))
        return
    BENCH_DIR.mkdir(exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=BENCH_DIR, delete=False, encoding="utf-8") as fp:
        json.dump(build_document(args.items), fp, ensure_ascii=False)
    path = Path(fp.name)
    try:
        runs = [measure(fresh_sqlite("import_scale"), path, args.progress)]
        url = os.environ.get("DATABASE_URL", "")
        if is_postgres(url):
            runs.append(measure(fresh_postgres(url, "bench_import"), path, args.progress))
    finally:
        path.unlink()
    print(json.dumps({"items": args.items, "runs": runs}, ensure_ascii=False))


if __name__ == "__main__":
    main()
