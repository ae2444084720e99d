"""Relevance on the independent set, in a process of its own on a database of its own.

    .venv/bin/python scripts/bench/independent_relevance.py   (run.py starts it; SEARCH_URL as there)

Imports the invented corpus (independent/corpus.json) into a fresh SQLite database under .bench/, so the
demo's database and figures stay as they were, and measures every ranking of relevance.measure_set on
the independent judgments. The remote indices are `<BENCH_INDEX_PREFIX>-independent[-baseline|-german]`.
Prints one JSON line.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import BENCH_DIR, fresh_sqlite  # noqa: E402


def measure():
    import django

    django.setup()
    from django.core.management import call_command
    from relevance import INDEPENDENT_CORPUS, INDEPENDENT_JUDGMENTS, INDEX_PREFIX, measure_set

    from search.documents import iter_all_documents

    call_command("migrate", verbosity=0)
    call_command("import_exchange", str(INDEPENDENT_CORPUS), "--no-progress", verbosity=0)
    documents = list(iter_all_documents())
    result = measure_set(
        documents, INDEPENDENT_JUDGMENTS, os.environ.get("SEARCH_URL", ""), f"{INDEX_PREFIX}-independent"
    )
    return {"documents": len(documents), **result}


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DATABASE_URL"] = fresh_sqlite("independent")
    os.environ["MEDIA_ROOT"] = str(BENCH_DIR / "media")
    prefix = os.environ.get("BENCH_INDEX_PREFIX", "wissensnetz-bench")
    os.environ["SEARCH_INDEX_NAME"] = f"{prefix}-independent"  # anything the import indexes lands here
    print(json.dumps(measure(), ensure_ascii=False))
