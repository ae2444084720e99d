"""Latency of /api/search/ as a reader sees it: the site under gunicorn, requests from several clients."""

import json
import os
import subprocess
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from common import BENCH_DIR, ROOT

PORT = 8765
#: Production settings want collected static files; the API needs none, so an empty folder will do.
STATIC_ROOT = BENCH_DIR / "static"


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _wait_until_up(base):
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "test", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def latency(env, queries, clients_levels=(1, 8), requests_per_level=200, extra="", encoded=False):
    """{clients: p50/p95 and the engine's own took} of `/api/search/?q=<query><extra>` under gunicorn.

    `env` holds what differs for this run (SEARCH_URL, DATABASE_URL, SEARCH_INDEX_NAME). One sync worker per
    client, so a request waits on the engine, not in gunicorn's queue. With `encoded`, each of `queries` is
    a whole query string already (`q=...&type=...`), and `extra` is not added.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(STATIC_ROOT),
        **env,
    }
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
    workers = os.environ.get("BENCH_WORKERS", str(max(clients_levels)))
    command = [str(ROOT / ".venv/bin/gunicorn"), "config.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", workers]
    server = subprocess.Popen([*command, "--graceful-timeout", "5", "--log-level", "warning"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{PORT}/api/search/?"
    try:
        _wait_until_up(base + "q=")
        results = {}
        for clients in clients_levels:

            def one(i):
                query = queries[i % len(queries)]
                url = base + (query if encoded else "q=" + urllib.parse.quote(query) + extra)
                started = time.perf_counter()
                body = json.loads(urllib.request.urlopen(url, timeout=30).read())
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
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
