"""German folding: Python (`search.folding`, the database engine) and the remote engine's analysis fold alike.

The remote side runs against a real node through the `_analyze` API on an index with our settings, so a
change to either side that makes them disagree fails here (skips without SEARCH_URL).
"""

import unicodedata

import pytest

from search.folding import compose_diacritics, fold_for_search, fold_umlauts, lowercase
from search.german import words

#: Words where folding is easy to get wrong, with what both sides must make of them.
TRICKY = {
    "Straße": "strasse",
    "STRASSE": "strasse",
    "Strasse": "strasse",
    "Maße": "masse",
    "Masse": "masse",
    "Äöü": "aou",
    "ÄÖÜ": "aou",
    "Bürger": "burger",
    "Buerger": "burger",
    "BUERGER": "burger",
    "Aerger": "arger",
    "Oel": "ol",
    "Fuß": "fuss",  # ß at the end
    "Größe": "grosse",
    "Grösse": "grosse",
    "Fußgängerzone": "fussgangerzone",
    "GROẞE": "grosse",  # capital ẞ
    "Mu\u0308ller": "muller",  # u + combining diaeresis
    "A\u0308rger": "arger",
    "Gro\u0308\u00dfe": "grosse",
    "Cafe\u0301": "café",  # combining acute: composed, not folded (German folding keeps é)
    "Quelle": "quelle",  # "ue" after q stays
    "neue": "neue",  # "ue" after a vowel stays
    "Dauer": "dauer",
    "Feuer": "feuer",
    "Poet": "pot",  # german_normalization drops this "e" too; both sides must agree, even where it hurts
    "İstanbul": "istanbul",  # Python's full case mapping would give "i" + combining dot
    "Zoë": "zoë",  # german_normalization folds only ä, ö, ü and ß
}


@pytest.mark.parametrize(("word", "folded"), TRICKY.items())
def test_fold_for_search(word, folded):
    assert fold_for_search(word) == folded


def test_the_steps_of_folding():
    assert compose_diacritics("Mu\u0308ller") == "Müller"
    assert compose_diacritics(unicodedata.normalize("NFD", "Fußgängerzone, Größe, Ærø")) == "Fußgängerzone, Größe, Ærø"
    assert lowercase("ÖFFENTLICHER RAUM İ Σ") == "öffentlicher raum i σ"
    assert fold_umlauts("fußgänger") == "fussganger"


def test_decomposed_umlauts_are_one_word():
    assert words("Herr Mu\u0308ller") == ["Herr", "Müller"]


def analyze(engine, **request):
    response = engine.client.indices.analyze(index=engine.index_name, body=request)
    return [token["token"] for token in getattr(response, "body", response)["tokens"]]


@pytest.fixture
def index(remote_engine):
    remote_engine.ensure_index()
    return remote_engine


@pytest.mark.german_analysis
def test_python_folds_as_the_engines_normalizer(index):
    for word, folded in TRICKY.items():
        assert analyze(index, normalizer="folded", text=word) == [fold_for_search(word)] == [folded], word


@pytest.mark.german_analysis
def test_python_folds_text_as_the_engines_folding_analyzer(index):
    text = " ".join(TRICKY)
    assert analyze(index, analyzer="folding", text=text) == [fold_for_search(word) for word in words(text)]
