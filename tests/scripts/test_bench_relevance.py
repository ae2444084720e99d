"""The relevance benchmark's helpers and the independent evaluation set (scripts/bench).

The figures themselves come from `make bench-relevance`; these tests keep the metrics, the invented corpus
and its judgments honest: the corpus is a valid import file, both files are what their generators write
(nobody tuned them by hand), every judged slug exists, and the report replaces only its own section.
"""

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench"
INDEPENDENT = BENCH / "independent"


@pytest.fixture
def bench_modules():
    """scripts/bench and its independent/ folder importable, appended so no app is shadowed."""
    added = [str(BENCH), str(INDEPENDENT)]
    sys.path.extend(added)
    yield
    for path in added:
        sys.path.remove(path)


@pytest.fixture
def corpus():
    return json.loads((INDEPENDENT / "corpus.json").read_text())


@pytest.fixture
def judgments():
    return json.loads((INDEPENDENT / "judgments.json").read_text())["queries"]


def test_ndcg_and_reciprocal_rank(bench_modules):
    from relevance import ndcg_at_10, reciprocal_rank

    grades = {"a": 2, "b": 1, "c": 2}
    assert ndcg_at_10(["a", "c", "b"], grades) == pytest.approx(1.0)
    assert 0 < ndcg_at_10(["b", "x", "a", "c"], grades) < ndcg_at_10(["a", "b", "c"], grades) < 1
    assert ndcg_at_10(["x", "y"], grades) == 0.0
    assert reciprocal_rank(["b", "x", "c"], grades) == pytest.approx(1 / 3)
    assert reciprocal_rank(["b", "x"], grades) == 0.0


@pytest.mark.django_db
def test_independent_corpus_is_a_valid_import_file():
    out = io.StringIO()
    call_command("import_exchange", "--check", str(INDEPENDENT / "corpus.json"), stdout=out)
    assert "ist gültig (0 Themen, 14 Kommunen, 0 Kontakte, 164 Inhalte)" in out.getvalue()


def test_corpus_and_judgments_are_what_the_generators_write(bench_modules, corpus, judgments):
    from generate import build
    from judge import build_judgments

    assert build() == corpus
    assert build_judgments(corpus["items"])["queries"] == judgments


def test_independent_set_is_invented_large_enough_and_consistent(corpus, judgments):
    assert len(corpus["items"]) >= 150
    assert len(corpus["municipalities"]) >= 12
    assert all(m["source"].startswith("Erfundene Kommune") for m in corpus["municipalities"])
    assert {i["type"] for i in corpus["items"]} == {"case_study", "lesson", "article", "event", "strategy"}
    assert all(80 <= len(i["body"].replace("## ", "").split()) <= 250 for i in corpus["items"])
    slugs = {i["slug"] for i in corpus["items"]}
    assert len(judgments) >= 60
    assert len({q["q"] for q in judgments}) == len(judgments)
    for query in judgments:
        assert set(query["judgments"]) <= slugs, query["q"]
        assert set(query["judgments"].values()) <= {1, 2}, query["q"]
        assert 2 in query["judgments"].values(), query["q"]
    answers = [sum(g == 2 for g in q["judgments"].values()) for q in judgments]
    assert sum(answers) / len(answers) >= 2


def test_relevance_section_is_replaced_alone(bench_modules, tmp_path, monkeypatch):
    import report

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "benchmarks.md").write_text("# Benchmarks\n\n## Search relevance\n\nold\n\n## Image renditions\n\nkept\n")
    monkeypatch.setattr(report, "ROOT", tmp_path)
    rows = {"rows": [("database", 0.5, 0.75)], "per_query": {"database": {"Schwammstadt": 0.25}}}
    report.update_relevance_section({"demo": {"documents": 80, **rows}, "independent": {"documents": 178, **rows}})
    text = (docs / "benchmarks.md").read_text()
    assert "old" not in text
    assert "| database | 0.500 | 0.750 | 0.500 | 0.750 |" in text
    assert "Weakest independent queries (database, nDCG@10): „Schwammstadt“ 0.25" in text
    assert text.endswith("## Image renditions\n\nkept\n")
