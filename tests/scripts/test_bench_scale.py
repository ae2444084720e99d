"""The scale benchmark's corpus generator (scripts/bench/scale_corpus.py) on a small corpus: the same
documents for the same seed, every facet value the search offers, and the exact shape of a search document.
The 100,000-document figures themselves come from `make bench-scale`."""

import sys
from pathlib import Path
from typing import get_type_hints

import pytest

from search.engines.base import Document

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench"
SIZE = 800


@pytest.fixture(scope="module")
def scale_corpus():
    """The generator module, importable from scripts/bench (appended, so no app is shadowed)."""
    sys.path.append(str(BENCH))
    import scale_corpus

    yield scale_corpus
    sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def documents(scale_corpus):
    return list(scale_corpus.generate_scale_corpus(SIZE, municipalities=40))


def test_same_seed_same_documents_other_seed_others(scale_corpus, documents):
    assert list(scale_corpus.generate_scale_corpus(SIZE, municipalities=40)) == documents
    other = list(scale_corpus.generate_scale_corpus(SIZE, seed=12, municipalities=40))
    assert [d["body"] for d in other] != [d["body"] for d in documents]


def test_every_facet_value_occurs(scale_corpus, documents):
    fields = {"type": "type", "topic": "topics", "kind": "municipality_kind", "funded": "funded"}
    fields |= {"lesson_kind": "lesson_kind", "phase": "phase", "cause": "cause", "status": "status"}
    for facet, expected in scale_corpus.facet_values().items():
        values = documents_values(documents, fields[facet])
        assert expected <= values, f"{facet} lacks {expected - values}"


def documents_values(documents, field):
    values = set()
    for document in documents:
        value = document[field]
        values.update(value if isinstance(value, list) else [value])
    return values - {""}


def test_documents_have_the_search_document_shape(documents):
    keys = set(get_type_hints(Document))
    assert all(set(document) == keys for document in documents)
    assert len({document["id"] for document in documents}) == SIZE


def test_many_municipalities_and_a_long_tail_of_tags(scale_corpus):
    documents = list(scale_corpus.generate_scale_corpus(5000, municipalities=300))
    assert len({d["municipality"] for d in documents}) > 300
    assert len({tag for d in documents for tag in d["tags"]}) > 400
    lengths = sorted(len(d["body"]) for d in documents if d["type"] not in ("municipality", "contact"))
    assert 500 < lengths[len(lengths) // 2] < 1500 and lengths[-1] > 3000
