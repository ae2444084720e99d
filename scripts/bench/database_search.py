"""The database engine with 10,000 documents: build its index on one database, in a process of its own.

    .venv/bin/python scripts/bench/database_search.py   (DATABASE_URL names the database, see run.py)

Migrates, loads the demo, and rebuilds the database engine's index with the demo's documents plus the
generated corpus; prints one JSON line with the count, the seconds of the rebuild and the peak memory.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def build():
    import django

    django.setup()
    from common import peak_rss_mb
    from corpus import generate_corpus
    from django.core.management import call_command

    from search.documents import iter_all_documents
    from search.engines.database import DatabaseEngine

    call_command("migrate", verbosity=0)
    call_command("load_demo", "--no-progress", verbosity=0)
    demo = list(iter_all_documents())
    documents = demo + list(generate_corpus(base=demo))
    started = time.perf_counter()
    DatabaseEngine().rebuild(iter(documents), len(documents))
    seconds = time.perf_counter() - started
    return {"documents": len(documents), "rebuild_seconds": round(seconds, 1), "peak_rss_mb": peak_rss_mb()}


if __name__ == "__main__":
    print(json.dumps(build()))
