"""`make bench-scale`: the remote engine with 100,000 documents: full rebuild, then /api/search/ latency.

The engine is a node of the bench's own (scripts/search-engine on SCALE_ENGINE_PORT, default 9202, with its
home in .bench/engine), so the timed runs share no node with tests or development: a 2 GB heap and the full
JIT (SEARCH_ENGINE_JVM_OPTS empty), as a production node would run, not the development node's 512 MB and
C1-only compiler that start faster. SCALE_SEARCH_URL points at another engine instead (then its memory is
read from `_nodes/stats` only). The node is stopped afterwards if this script started it.

Measured:
- the rebuild of scale_corpus.py's 100,000 documents in a process of its own (`RemoteEngine.rebuild`: parallel
  bulk requests, refresh and replicas off while loading), its wall clock, that process's peak RSS, and the
  engine's peak heap use and JVM resident memory, sampled every half second while it runs;
- `/api/search/` under gunicorn (serving.py) over that index at 1 and 8 clients: a mix of the judged queries
  of both sets, some with filters, a second page, sorted by date, or no text at all; every facet counted in
  every answer; next to the engine's own `took`.

    .venv/bin/python scripts/bench/scale.py [--documents 100000]   # prints the figures as JSON
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from common import BENCH_DIR, ROOT, django_environment, peak_rss_mb

ENGINE_PORT = os.environ.get("SCALE_ENGINE_PORT", "9202")
ENGINE_HOME = BENCH_DIR / "engine"
ENGINE_HEAP = os.environ.get("SCALE_ENGINE_HEAP", "2g")
#: Empty: the full JIT (C1 and C2). The development default, C1 only, indexes about a third slower.
ENGINE_JVM_OPTS = os.environ.get("SCALE_ENGINE_JVM_OPTS", "")
SCALE_INDEX = os.environ.get("BENCH_INDEX_PREFIX", "wissensnetz-bench") + "-scale"
DATABASE = BENCH_DIR / "scale.sqlite3"
#: Filters added to some of the judged queries, so the mix narrows by one to three facets as readers do.
FILTER_MIX = ("", "", "&type=case_study", "&type=lesson&lesson_kind=stumbling_block", "&kind=landkreis&funded=true")
FILTER_MIX += ("&year=2024&year=2025", "&page=2", "&sort=newest", "&type=lesson&phase=procurement&cause=funding")
SCALE_DOCUMENTS = 100_000
REQUESTS_PER_LEVEL = 400
SAMPLE_SECONDS = 0.5


def _engine_environment():
    return {
        **os.environ,
        "SEARCH_ENGINE_PORT": ENGINE_PORT,
        "SEARCH_ENGINE_HOME": str(ENGINE_HOME),
        "SEARCH_ENGINE_HEAP": ENGINE_HEAP,
        "SEARCH_ENGINE_JVM_OPTS": ENGINE_JVM_OPTS,
    }


def start_engine():
    """(SEARCH_URL, whether this call started the node): SCALE_SEARCH_URL, or the bench's own node."""
    if os.environ.get("SCALE_SEARCH_URL"):
        return os.environ["SCALE_SEARCH_URL"], False
    script, env = str(ROOT / "scripts/search-engine"), _engine_environment()
    running = subprocess.run([script, "status"], env=env, capture_output=True).returncode == 0
    url = subprocess.run([script, "start"], env=env, check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    return url, not running


def stop_engine():
    subprocess.run([str(ROOT / "scripts/search-engine"), "stop"], env=_engine_environment(), check=True)


def _get(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)


class EngineMemory(threading.Thread):
    """Samples the node's heap use (`_nodes/stats/jvm`) and the JVM's resident memory (/proc, same machine
    only) until stopped; keeps the peaks."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base, self.stopped = base, threading.Event()
        self.heap_peak = self.rss_peak = 0
        self.cpu_started = self._cpu_millis()
        node = next(iter(_get(base, "/_nodes/process,jvm")["nodes"].values()))
        self.heap_max = node["jvm"]["mem"]["heap_max_in_bytes"]
        self.version = node["version"]
        self.jvm_arguments = node["jvm"].get("input_arguments", [])
        self.status = Path(f"/proc/{node['process']['id']}/status")

    def _cpu_millis(self):
        stats = next(iter(_get(self.base, "/_nodes/stats/process")["nodes"].values()))
        return stats["process"]["cpu"]["total_in_millis"]

    def run(self):
        while not self.stopped.wait(SAMPLE_SECONDS):
            self.sample()

    def sample(self):
        stats = next(iter(_get(self.base, "/_nodes/stats/jvm")["nodes"].values()))
        self.heap_peak = max(self.heap_peak, stats["jvm"]["mem"]["heap_used_in_bytes"])
        try:
            lines = self.status.read_text().splitlines()
            self.rss_peak = max(
                self.rss_peak, next(int(line.split()[1]) * 1024 for line in lines if line.startswith("VmRSS:"))
            )
        except OSError:
            self.rss_peak = None

    def figures(self):
        mb = 1024 * 1024
        return {
            "engine_version": self.version,
            "engine_heap_max_mb": round(self.heap_max / mb),
            "engine_heap_peak_mb": round(self.heap_peak / mb),
            "engine_cpu_seconds": round((self._cpu_millis() - self.cpu_started) / 1000, 1),
            "engine_rss_peak_mb": round(self.rss_peak / mb) if self.rss_peak else None,
            "engine_full_jit": not any(arg.startswith("-XX:TieredStopAtLevel") for arg in self.jvm_arguments),
        }


def rebuild_worker(search_url, documents):
    """Child process: generate and rebuild; prints seconds, count and peak memory as JSON."""
    import django

    django.setup()
    from scale_corpus import generate_scale_corpus

    from search.engines.remote import RemoteEngine

    flavour, _, url = search_url.partition("+")
    engine = RemoteEngine(flavour=flavour, url=url, index_name=SCALE_INDEX)
    started, cpu_started = time.perf_counter(), time.process_time()
    stats = engine.rebuild(generate_scale_corpus(documents), documents)
    print(
        json.dumps(
            {
                "seconds": round(time.perf_counter() - started, 1),
                "cpu_seconds": round(time.process_time() - cpu_started, 1),
                "count": stats["count"],
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    )


def rebuild(search_url, documents):
    """The rebuild in a child process, with the engine's memory sampled while it runs."""
    base = search_url.partition("+")[2]
    memory = EngineMemory(base)
    memory.start()
    env = django_environment(f"sqlite:///{DATABASE}", SEARCH_URL=search_url)
    command = [sys.executable, __file__, "--rebuild-worker", str(documents)]
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    finally:
        memory.stopped.set()
        memory.join()
    memory.sample()
    return {**json.loads(result.stdout.strip().splitlines()[-1]), **memory.figures()}


def query_mix():
    """Query strings for /api/search/: every judged query of both sets, each with one filter of FILTER_MIX in
    turn, and the empty query (facets of everything) now and then."""
    from relevance import INDEPENDENT_JUDGMENTS, JUDGMENTS

    texts = [entry["q"] for entry in JUDGMENTS + INDEPENDENT_JUDGMENTS]
    mix = [f"q={urllib.parse.quote(text)}{FILTER_MIX[i % len(FILTER_MIX)]}" for i, text in enumerate(texts)]
    return [*mix, "q=", "q=&type=event", "q=&funded=true&year=2023"]


def prepare_database():
    """A SQLite database with the demo content: the search form checks topics and municipalities there."""
    env = django_environment(f"sqlite:///{DATABASE}", SEARCH_URL="")
    for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--no-progress", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)


def _drop_index(search_url):
    """Remove the scale index: it is rebuilt on every run, and left on the node it only slows its next start."""
    from search.engines.remote import RemoteEngine

    flavour, _, url = search_url.partition("+")
    RemoteEngine(flavour=flavour, url=url, index_name=SCALE_INDEX).drop()


def measure(documents):
    """All figures of the scale run, starting (and afterwards stopping) the bench's own engine node."""
    from serving import latency

    BENCH_DIR.mkdir(exist_ok=True)
    prepare_database()
    search_url, started = start_engine()
    try:
        load = os.getloadavg()[0]
        build = rebuild(search_url, documents)
        env = {"SEARCH_URL": search_url, "SEARCH_INDEX_NAME": SCALE_INDEX, "DATABASE_URL": f"sqlite:///{DATABASE}"}
        levels = latency(env, query_mix(), requests_per_level=REQUESTS_PER_LEVEL, encoded=True)
        return {
            "documents": documents,
            "engine_heap": ENGINE_HEAP,
            "engine_jvm_opts": ENGINE_JVM_OPTS,
            "load_before": round(load, 2),
            "load_after": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count(),
            "rebuild": build,
            "latency": levels,
        }
    finally:
        _drop_index(search_url)
        if started:
            stop_engine()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=SCALE_DOCUMENTS)
    parser.add_argument("--rebuild-worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    if args.rebuild_worker:
        return rebuild_worker(os.environ["SEARCH_URL"], args.rebuild_worker)
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    import django

    django.setup()
    print(json.dumps(measure(args.documents), ensure_ascii=False))


if __name__ == "__main__":
    main()
