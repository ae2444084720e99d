"""Subscriptions at scale: 10,000 immediate notifications for one page and 10,000 weekly digests.

Each run uses a fresh database: SQLite under .bench/ always, and PostgreSQL when DATABASE_URL points at
one (a database of its own next to it, `<name>_bench_subscriptions`, dropped and created for the run).
Mail goes over SMTP to a local aiosmtpd server in this process (a thread on 127.0.0.1) that counts
messages and recipients; tasks go to the database queue (django-tasks-db), as in production, and are run
by `manage.py db_worker --batch --no-startup-delay` in a process of its own.

1. Immediate: 10,000 confirmed subscribers (half follow the page's topic, half everything) and one case
   study published that matches all of them. The worker runs the announcement and the sending tasks
   until the queue is empty.
2. Weekly: the immediate subscribers are deleted, 10,000 weekly subscribers are created and three pages
   published; the worker records their digest items, then `manage.py send_digests` runs twice (the
   second run must send nothing).

Before publishing, the setup empties the queue of what creating the site structure enqueued (search and
reference index updates), so the worker runs only what the publishing itself enqueued.

Setup, migrations, the worker and each `send_digests` run in processes of their own; the worker and the
commands are started through this script (`--manage`), which runs the management command in-process and
reports the process's own peak RSS (VmHWM) when it ends.

    .venv/bin/python scripts/bench/subscriptions.py [--subscribers 10000]

Per database: `immediate` (seconds from publish to the last mail accepted, mails per second, the
worker's seconds, peak RSS and SQL statements per mail, mails, distinct recipients, duplicates) and
`digest` (seconds, mails per second, peak RSS and SQL statements per mail of `send_digests`, mails,
duplicates, mails of the second run).
"""

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from common import BENCH_DIR, ROOT, django_environment, fresh_postgres, fresh_sqlite, is_postgres, peak_rss_mb

sys.path.insert(0, str(ROOT))

#: Pages published for the weekly subscribers, so each digest has this many items.
DIGEST_ITEMS = 3
#: How long one worker or command run may take before the benchmark gives up (seconds).
RUN_TIMEOUT = 1800


class CountingHandler:
    """aiosmtpd handler: accepts every message and counts messages and recipients, with the time of each."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.messages = 0
            self.recipients = Counter()
            self.first = self.last = None

    async def handle_DATA(self, server, session, envelope):
        now = time.time()
        with self.lock:
            self.messages += 1
            self.recipients.update(address.lower() for address in envelope.rcpt_tos)
            self.first = self.first or now
            self.last = now
        return "250 Message accepted for delivery"

    def snapshot(self):
        with self.lock:
            duplicates = sum(1 for count in self.recipients.values() if count > 1)
            return {
                "mails": self.messages,
                "recipients": sum(self.recipients.values()),
                "distinct_recipients": len(self.recipients),
                "duplicates": duplicates,
                "first": self.first,
                "last": self.last,
            }


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- children -------------------------------------------------------------------------------------------


def _subscribers(count, prefix, frequency, topic):
    """Bulk-create `count` confirmed subscribers with one subscription each; even ones follow `topic`."""
    from django.utils import timezone

    from subscriptions.models import Subscriber, Subscription

    now = timezone.now()
    subscribers = Subscriber.objects.bulk_create(
        [Subscriber(email=f"{prefix}{index}@example.org") for index in range(count)], batch_size=1000
    )
    subscriptions = Subscription.objects.bulk_create(
        [
            Subscription(
                subscriber=subscriber,
                frequency=frequency,
                has_topics=index % 2 == 0,
                fingerprint=f"bench-{prefix}-{index}",
                consent_text="Ich möchte über neue Inhalte im Wissensnetz informiert werden.",
                privacy_notice_version="bench",
                confirmed_at=now,
            )
            for index, subscriber in enumerate(subscribers)
        ],
        batch_size=1000,
    )
    through = Subscription.topics.through
    through.objects.bulk_create(
        [through(subscription_id=s.pk, topic_id=topic.pk) for s in subscriptions if s.has_topics], batch_size=1000
    )


def _draft(parent, topic, number):
    """A case study draft below `parent` with `topic`."""
    import datetime as dt

    from exchange.models import CaseStudyPage

    page = CaseStudyPage(
        title=f"Praxisbeispiel Benchmark {number}",
        slug=f"praxisbeispiel-benchmark-{number}",
        summary="Ein Praxisbeispiel, das alle Abonnent:innen des Benchmarks betrifft.",
        date=dt.date(2026, 1, 1),
        status="pilot",
        live=False,
    )
    page.topics = [topic]
    parent.add_child(instance=page)
    return page


def setup(phase, count):
    """Child process: the subscribers and pages of one phase; prints JSON (publish time and counts)."""
    import django

    django.setup()
    from django_tasks_db.models import DBTaskResult

    from exchange.models import MunicipalityPage, Topic
    from home.site_structure import ensure_site_structure
    from subscriptions.models import Delivery, Subscriber

    _, index = ensure_site_structure()
    topic, _ = Topic.objects.get_or_create(slug="benchmark-mobilitaet", defaults={"name": "Benchmark Mobilität"})
    municipality = MunicipalityPage.objects.filter(slug="benchstadt").first()
    if municipality is None:
        municipality = MunicipalityPage(title="Benchstadt", slug="benchstadt")
        index.add_child(instance=municipality)
        municipality.save_revision().publish()
    # What setting up enqueued (search and reference index updates of the site structure) is not measured.
    DBTaskResult.objects.all().delete()
    result = {}
    if phase == "immediate":
        _subscribers(count, "sofort", "immediate", topic)
        page = _draft(municipality, topic, 1)
        result["published_at"] = time.time()
        page.save_revision().publish()  # enqueues announce_pages on commit
    else:
        result["earlier_deliveries"] = dict(Counter(Delivery.objects.values_list("status", flat=True)))
        Subscriber.objects.all().delete()
        _subscribers(count, "woche", "weekly", topic)
        result["published_at"] = time.time()
        for number in range(2, 2 + DIGEST_ITEMS):
            _draft(municipality, topic, number).save_revision().publish()
    print(json.dumps(result))


def deliveries():
    """Child process: the deliveries by kind and status, as JSON."""
    import django

    django.setup()
    from subscriptions.models import Delivery

    rows = Delivery.objects.values_list("digest", "status")
    print(
        json.dumps(
            {f"{'digest' if digest else 'immediate'} {status}": n for (digest, status), n in Counter(rows).items()}
        )
    )


def run_manage(rss_file, args):
    """Child process: `manage.py <args>` in this process; its seconds, SQL statements and peak RSS into `rss_file`."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    statements = 0

    def count(execute, sql, params, many, context):
        nonlocal statements
        statements += 1
        return execute(sql, params, many, context)

    started = time.perf_counter()
    try:
        with connection.execute_wrapper(count):
            call_command(*args)
    finally:
        seconds = time.perf_counter() - started
        result = {"seconds": seconds, "statements": statements, "peak_rss_mb": peak_rss_mb()}
        Path(rss_file).write_text(json.dumps(result))


# --- orchestration --------------------------------------------------------------------------------------


def _child(env, *args):
    result = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _manage(env, *args):
    """Run a management command through `--manage`; returns its seconds, peak RSS and exit code."""
    with tempfile.NamedTemporaryFile(suffix=".json", dir=BENCH_DIR, delete=False) as fp:
        rss_file = Path(fp.name)
    try:
        started = time.time()
        completed = subprocess.run(
            [sys.executable, __file__, "--manage", str(rss_file), *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=RUN_TIMEOUT,
        )
        if completed.returncode:
            sys.stderr.write(completed.stderr[-4000:])
        result = json.loads(rss_file.read_text())
    finally:
        rss_file.unlink(missing_ok=True)
    return {**result, "started": started, "returncode": completed.returncode}


def _worker(env):
    return _manage(env, "db_worker", "--batch", "--no-startup-delay")


def measure(database_url, count, handler, port):
    """Both phases on a fresh database at `database_url`."""
    env = django_environment(
        database_url,
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_USE_TLS="",
        SEARCH_URL="",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)

    handler.reset()
    published = _child(env, "--setup", "immediate", "--subscribers", str(count))["published_at"]
    worker = _worker(env)
    mails = handler.snapshot()
    seconds = (mails["last"] or time.time()) - published
    immediate = {
        "subscribers": count,
        "seconds": round(seconds, 1),
        "mails_per_second": round(mails["mails"] / seconds, 1),
        "sending_seconds": round((mails["last"] - mails["first"]) if mails["mails"] else 0, 1),
        "worker_start_after_publish_seconds": round(worker["started"] - published, 1),
        "worker_seconds": round(worker["seconds"], 1),
        "worker_peak_rss_mb": worker["peak_rss_mb"],
        "worker_returncode": worker["returncode"],
        "worker_statements_per_mail": round(worker["statements"] / max(mails["mails"], 1), 1),
        **{key: mails[key] for key in ("mails", "recipients", "distinct_recipients", "duplicates")},
    }

    handler.reset()
    prepared = _child(env, "--setup", "digest", "--subscribers", str(count))
    immediate["deliveries"] = prepared["earlier_deliveries"]
    announcing = _worker(env)
    during_announce = handler.snapshot()["mails"]
    recorded = _child(env, "--deliveries")
    handler.reset()
    first = _manage(env, "send_digests")
    mails = handler.snapshot()
    handler.reset()
    second = _manage(env, "send_digests")
    digest = {
        "subscribers": count,
        "items_per_digest": DIGEST_ITEMS,
        "announce_worker_seconds": round(announcing["seconds"], 1),
        "mails_while_announcing": during_announce,
        "recorded": recorded,
        "seconds": round(first["seconds"], 1),
        "mails_per_second": round(mails["mails"] / first["seconds"], 1),
        "peak_rss_mb": first["peak_rss_mb"],
        "returncode": first["returncode"],
        "statements_per_mail": round(first["statements"] / max(mails["mails"], 1), 1),
        **{key: mails[key] for key in ("mails", "distinct_recipients", "duplicates")},
        "second_run_seconds": round(second["seconds"], 1),
        "second_run_mails": handler.snapshot()["mails"],
    }
    vendor = "postgresql" if is_postgres(database_url) else "sqlite"
    return {"database": vendor, "immediate": immediate, "digest": digest}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--setup", choices=["immediate", "digest"], help=argparse.SUPPRESS)
    parser.add_argument("--deliveries", action="store_true", help=argparse.SUPPRESS)
    if sys.argv[1:2] == ["--manage"]:  # --manage RSS_FILE COMMAND [ARGS...]
        return run_manage(sys.argv[2], sys.argv[3:])
    args = parser.parse_args()
    if args.setup:
        return setup(args.setup, args.subscribers)
    if args.deliveries:
        return deliveries()

    from aiosmtpd.controller import Controller

    BENCH_DIR.mkdir(exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    handler = CountingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, loop=asyncio.new_event_loop())
    controller.start()
    try:
        runs = [measure(fresh_sqlite("subscriptions"), args.subscribers, handler, port)]
        url = os.environ.get("DATABASE_URL", "")
        if is_postgres(url):
            runs.append(measure(fresh_postgres(url, "bench_subscriptions"), args.subscribers, handler, port))
    finally:
        controller.stop()
    print(json.dumps({"subscribers": args.subscribers, "runs": runs}, ensure_ascii=False))


if __name__ == "__main__":
    main()
