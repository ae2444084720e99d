"""docs/benchmarks.md from the figures `run.py` measured."""

import os
import time

from common import ROOT
from corpus import CORPUS_SIZE
from relevance import INDEPENDENT_JUDGMENTS, JUDGMENTS

SUBSCRIPTIONS_HEADING = "## Subscriptions: notifications and digests"
SCALE_HEADING = "## Remote engine at 100,000 documents"
#: The scale run's targets: rebuild seconds, and the engine's own p95 (ms).
SCALE_REBUILD_TARGET_S = 120
SCALE_TOOK_P95_TARGET_MS = 100
#: p95 of /api/search/ on the database engine with 10,000 documents, one client.
DATABASE_P95_TARGET_MS = 300


def _ms(value):
    return f"{value:.1f}" if value is not None else "n/a"


RELEVANCE_HEADING = "## Search relevance"


def _relevance(report):
    """The relevance section: every ranking on both judged sets side by side, then the weakest queries."""
    demo, independent = report["relevance"]["demo"], report["relevance"]["independent"]
    lines = [
        RELEVANCE_HEADING,
        "",
        "Two judged sets, every figure on both (see docs/search-quality.md): the **demo** set, "
        f"{len(JUDGMENTS)} German queries graded 0–3 over the demo content (scripts/bench/judgments.json), and the "
        f"**independent** set, {len(INDEPENDENT_JUDGMENTS)} queries graded 0–2 over {independent['documents']} "
        "search documents of an invented corpus (scripts/bench/independent/), written before it was first "
        "measured. Target: nDCG@10 ≥ 0.85 on the remote engine, clearly above the baseline and the stock "
        f"`german` analyzer. Measured on {time.strftime('%Y-%m-%d')}.",
        "",
        "| ranking | demo nDCG@10 | demo MRR | independent nDCG@10 | independent MRR |",
        "| --- | --- | --- | --- | --- |",
    ]
    other = {name: (ndcg, mrr) for name, ndcg, mrr in independent["rows"]}
    for name, ndcg, mrr in demo["rows"]:
        i_ndcg, i_mrr = other.get(name, (None, None))
        cells = [f"{ndcg:.3f}", f"{mrr:.3f}", *(f"{v:.3f}" if v is not None else "n/a" for v in (i_ndcg, i_mrr))]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for label, result in (("demo", demo), ("independent", independent)):
        for engine, per_query in result["per_query"].items():
            weakest = sorted(per_query.items(), key=lambda kv: kv[1])[:5]
            lines += [
                "",
                f"Weakest {label} queries ({engine}, nDCG@10): " + "; ".join(f"„{q}“ {v:.2f}" for q, v in weakest),
            ]
    return lines


def _latency_rows(levels):
    """Table rows of the remote engine's latency, with the target derived from the engine's own p95."""
    rows = []
    for clients, row in levels.items():
        goal = f"{2 * row['took_p95'] + 20:.0f}" if row["took_p95"] else "n/a"
        rows.append(
            f"| {clients} | {row['p50']:.1f} | {row['p95']:.1f} | {_ms(row['took_p50'])} | {_ms(row['took_p95'])} "
            f"| {goal} |"
        )
    return rows


def _database_engine(runs):
    lines = [
        "",
        f"## Database engine with {CORPUS_SIZE:,} documents",
        "",
        "The engine every `make run` answers with (no SEARCH_URL): the demo plus the generated corpus, "
        "`/api/search/` under gunicorn (one sync worker per client), the judged queries in turn, every facet "
        f"counted in every answer. Target: p95 ≤ {DATABASE_P95_TARGET_MS} ms for one client. The filtered run adds "
        "`type=case_study&type=lesson&funded=true` to each query, so three facets are filtered and counted apart.",
        "",
        "| database | queries | clients | p50 (ms) | p95 (ms) | engine took p50 (ms) | engine took p95 (ms) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in runs:
        for label in ("all facets", "three facets filtered"):
            for clients, row in run[label].items():
                lines.append(
                    f"| {run['database']} | {label} | {clients} | {row['p50']:.1f} | {row['p95']:.1f} "
                    f"| {_ms(row['took_p50'])} | {_ms(row['took_p95'])} |"
                )
    lines.append("")
    lines += [
        f"Rebuilding the database engine's index of {run['build']['documents']:,} documents on {run['database']}: "
        f"{run['build']['rebuild_seconds']:.1f} s, peak memory {run['build']['peak_rss_mb']:.0f} MB."
        for run in runs
    ]
    return lines


def _remote(report):
    lines = []
    if report.get("indexing"):
        ix = report["indexing"]
        lines += [
            "",
            "## Remote engine: index rebuild",
            "",
            f"Full rebuild of {ix['count']:,} generated documents (bulk requests into a new index, alias swap): "
            f"**{ix['seconds']:.1f} s**, peak memory of the command **{ix['peak_mb']:.0f} MB**. Target: ≤ 60 s. "
            "The documents are generated from the demo's sentences, so this measures the engine side of "
            "`search_index rebuild`; turning pages into documents costs a fixed number of queries per batch of 500.",
        ]
    if report.get("latency"):
        lines += [
            "",
            "## Remote engine: JSON API latency",
            "",
            f"`/api/search/` under gunicorn ({os.environ.get('BENCH_WORKERS', '8')} workers) over the "
            f"{CORPUS_SIZE:,}-document corpus, judged queries in turn. Target: p95 ≤ 2 × the engine's own p95 + 20 ms. "
            "One sync worker per client: a request waits on the engine, not in gunicorn's queue, so the difference "
            "to `took` is this application's own overhead.",
            "",
            "| clients | p50 (ms) | p95 (ms) | engine took p50 (ms) | engine took p95 (ms) | target p95 (ms) |",
            "| --- | --- | --- | --- | --- | --- |",
            *_latency_rows(report["latency"]),
        ]
    return lines


def _scale(result):
    """The 100,000-document run (scale.py): rebuild with memory, latency next to `took`, and scaling out."""
    build = result["rebuild"]
    jit = "the full JIT" if build["engine_full_jit"] else "the C1 compiler only"
    rss = f"{build['engine_rss_peak_mb']:,} MB" if build["engine_rss_peak_mb"] else "n/a"
    eight = result["latency"].get("8") or result["latency"].get(8)
    lines = [
        SCALE_HEADING,
        "",
        f"{result['documents']:,} generated German documents (scripts/bench/scale_corpus.py: the demo's and the "
        "independent set's sentences recombined per type, 1,500 invented municipalities of every kind besides the "
        "demo's, a long tail of tags, every facet value) on a node of the bench's own: OpenSearch "
        f"{build['engine_version']}, single node, {result['engine_heap']} heap, {jit} (scripts/bench/scale.py). "
        f"Targets: rebuild ≤ {SCALE_REBUILD_TARGET_S} s; p95 at 8 clients ≤ 2 × the engine's own p95 + 20 ms; the "
        f"engine's own p95 ≤ {SCALE_TOOK_P95_TARGET_MS} ms. The machine's {result['cpus']} cores were shared with "
        f"other work during the run (load average {result['load_before']:.1f} before, {result['load_after']:.1f} "
        "after), so the figures are noisy and rather too high than too low.",
        "",
        "| documents | rebuild (s) | documents/s | rebuild process CPU (s) | its peak memory (MB) | engine CPU (s) "
        "| engine heap peak / max (MB) | engine JVM peak RSS |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {build['count']:,} | **{build['seconds']:.1f}** | {build['count'] / build['seconds']:,.0f} "
        f"| {build['cpu_seconds']:.1f} | {build['peak_rss_mb']:.0f} | {build['engine_cpu_seconds']:.1f} "
        f"| {build['engine_heap_peak_mb']:,} / {build['engine_heap_max_mb']:,} | {rss} |",
        "",
        "The rebuild generates the documents, adds their compound parts (`queries.document_source`) and sends two "
        "bulk requests of 1,000 documents at a time into a fresh index that neither refreshes nor replicates "
        "until it is full; then refresh and replicas are restored, the index flushed and the alias swapped.",
        "",
        "`/api/search/` under gunicorn (one sync worker per client): the judged queries of both sets in turn, "
        "every ninth with the same filter (a type, a lesson kind, a municipality kind with funding, two years, "
        "three lesson facets), a second page or sorted by date, and the empty query; every facet counted in "
        "every answer.",
        "",
        "| clients | p50 (ms) | p95 (ms) | engine took p50 (ms) | engine took p95 (ms) | target p95 (ms) |",
        "| --- | --- | --- | --- | --- | --- |",
        *_latency_rows(result["latency"]),
        "",
        f"At 8 clients the engine's own p95 is {_ms(eight['took_p95'])} ms (target ≤ {SCALE_TOOK_P95_TARGET_MS} ms): "
        "eight searches at once on two cores, which the engine and gunicorn share with each other (and here with "
        "other work), so `took` there is mostly waiting for a core; one client shows what a search itself costs. "
        "Where the time goes and what was tuned: docs/search.md.",
        "",
        "### Past one node",
        "",
        "One shard holds 100,000 documents easily (about 220 MB on disk; shards are comfortable up to tens of "
        "gigabytes), and one shard keeps scores and facet counts exact. More documents first need more memory for "
        "the page cache, not more shards. More readers are served by replicas: `SEARCH_INDEX_REPLICAS` sets them, "
        "each node holds a full copy, and searches spread over the copies, so throughput grows with the nodes "
        "while a single search costs the same; a replica is also what keeps searching when a node fails. Shards "
        "(`index_settings(shards=…)`) split one search across nodes: worth it only when one shard's search is too "
        "slow or too large for one node, at the price of approximate term statistics (`dfs_query_then_fetch` "
        "restores them) and of terms counts that are summed from each shard's top buckets. A rebuild stays one "
        "pass: the new index loads without replicas, which are copied when it is full, before the alias swaps; "
        "the bulk threads can grow with the number of primary shards.",
    ]
    return lines


def _import(result):
    lines = [
        "",
        f"## Import of {result['items']:,} items",
        "",
        "`import_exchange` of a generated file in the demo's shape (all five item types, every municipality, "
        "topic and contact) into a fresh database, in a process of its own (scripts/bench/import_scale.py). "
        "Target: ≤ 180 s.",
        "",
        "| database | seconds | SQL statements per item | peak memory (MB) | page search index task (s) "
        "| re-import, nothing changed (s) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {run['database']} | {run['seconds']:.1f} | {run['statements_per_item']:.1f} | {run['peak_rss_mb']:.0f} "
        f"| {run['search_index_task_seconds']:.1f} | {run['reimport_seconds']:.1f} |"
        for run in result["runs"]
    ]
    lines += [
        "",
        "Wagtail's own search index of the pages (the admin's search) is brought up to date by one background "
        "task per import instead of three tasks per page; its time is shown apart. The knowledge search's outbox "
        "rows are written in batches and applied by the search sync afterwards.",
    ]
    return lines


def _images(result):
    lines = [
        "",
        "## Image renditions",
        "",
        f"One `{result['filter']}` rendition of an image at the upload limit "
        f"({result['width']:,} × {result['height']:,} = {result['max_pixels']:,} pixels), each in a fresh process "
        "(scripts/bench/images.py). A larger image is refused before it is decoded.",
        "",
        "| image | outcome | seconds | memory before (MB) | peak memory (MB) |",
        "| --- | --- | --- | --- | --- |",
    ]
    labels = {"jpeg": "JPEG, RGB", "png": "PNG, RGBA", "png_bomb": "PNG bomb, 11,000 × 11,000"}
    for key, label in labels.items():
        row = result[key]
        lines.append(
            f"| {label} | {row['outcome']} | {row['seconds']:.2f} | {row['baseline_rss_mb']:.0f} | {row['peak_rss_mb']:.0f} |"
        )
    return lines


def _subscriptions(result):
    lines = [
        "",
        SUBSCRIPTIONS_HEADING,
        "",
        f"{result['subscribers']:,} confirmed subscribers on a fresh database, mail over SMTP to a local aiosmtpd "
        "server that counts messages and recipients, tasks in the database queue run by "
        "`manage.py db_worker --batch --no-startup-delay` in a process of its own (scripts/bench/subscriptions.py).",
        "",
        "Immediate: half the subscribers follow the page's topic, half everything; one case study is published and "
        "the worker runs until the queue is empty. Time from publishing (the worker started right after) until the "
        "SMTP server accepted the last mail; a duplicate is an address that got more than one mail for the page.",
        "",
        "| database | mails | duplicates | publish → last mail (s) | mails/s | sending (s) | worker peak memory (MB) "
        "| SQL statements per mail |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in result["runs"]:
        row = run["immediate"]
        lines.append(
            f"| {run['database']} | {row['mails']:,} | {row['duplicates']} | {row['seconds']:.1f} "
            f"| {row['mails_per_second']:.0f} | {row['sending_seconds']:.1f} | {row['worker_peak_rss_mb']:.0f} "
            f"| {row['worker_statements_per_mail']:.1f} |"
        )
    lines += [
        "",
        f"Weekly: as many weekly subscribers with {result['runs'][0]['digest']['items_per_digest']} pending digest "
        "items each (three matching pages published, their announcement run by the worker), then one "
        "`manage.py send_digests` in a process of its own, then a second one, which must send nothing.",
        "",
        "| database | digests sent | duplicates | seconds | mails/s | peak memory (MB) | SQL statements per mail "
        "| second run: mails |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in result["runs"]:
        row = run["digest"]
        lines.append(
            f"| {run['database']} | {row['mails']:,} | {row['duplicates']} | {row['seconds']:.1f} "
            f"| {row['mails_per_second']:.0f} | {row['peak_rss_mb']:.0f} | {row['statements_per_mail']:.1f} "
            f"| {row['second_run_mails']} |"
        )
    return lines


def _replace_section(heading, section):
    """Replace (or append) one section of docs/benchmarks.md, leaving the others as they are."""
    path = ROOT / "docs" / "benchmarks.md"
    lines = path.read_text().splitlines()
    if heading in lines:
        start = lines.index(heading)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        lines[start:end] = section + ([""] if end < len(lines) else [])
    else:
        lines += ["", *section]
    path.write_text("\n".join(lines) + "\n")


def update_subscriptions_section(result):
    _replace_section(SUBSCRIPTIONS_HEADING, _subscriptions(result)[1:])  # without the leading blank line


def update_scale_section(result):
    """`make bench-scale`: only the 100,000-document section is measured and replaced."""
    section = _scale(result)
    _replace_section(SCALE_HEADING, section)
    print("\n".join(section))


def update_relevance_section(relevance):
    """`make bench-relevance`: only the relevance section is measured and replaced."""
    section = _relevance({"relevance": relevance})
    _replace_section(RELEVANCE_HEADING, section)
    print("\n".join(section))


def write_report(report, search_url):
    engine = "SEARCH_URL " + search_url.split("+")[0] if search_url else "database engine only"
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d')} on this project's 2-core, 24 GiB machine ({engine}).",
        "",
        *_relevance(report),
        *_database_engine(report["database_engine"]),
        *_remote(report),
        *(["", *_scale(report["scale"])] if report.get("scale") else []),
        *_import(report["import"]),
        *_images(report["images"]),
        *(_subscriptions(report["subscriptions"]) if report.get("subscriptions") else []),
    ]
    text = "\n".join(lines) + "\n"
    (ROOT / "docs" / "benchmarks.md").write_text(text)
    print(text)
