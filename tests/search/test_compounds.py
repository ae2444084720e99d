"""The decompounder (search.compounds) on general German: false splits, expected parts, mended typing errors,
and both engines finding a compound's parts written apart, and not everything that shares one part."""

import gzip

import pytest

from search import compounds
from search.analysis import WORD_LISTS
from search.folding import fold_for_search
from tests.search.compound_words import COMPOUNDS, TYPOS, WHOLE
from tests.search.conftest import holding, ids
from tests.search.documents import doc

#: Known false splits of WHOLE (measured, docs/search.md): "Haushalt" as "Haus" + "halt", "Studierende" as
#: "Studi" + "-er-" + "Ende". More than this many means a change made the splitter worse.
MAX_FALSE_SPLITS = 2


def split(word):
    return compounds.split(fold_for_search(word))


def test_words_that_must_stay_whole_rarely_split():
    false = {word: split(word) for word in WHOLE if split(word)}
    assert len(false) <= MAX_FALSE_SPLITS, f"{len(false)} of {len(WHOLE)} words split falsely: {false}"


def test_compounds_split_into_the_parts_a_reader_searches():
    wrong = {word: split(word) for word, parts in COMPOUNDS.items() if split(word) != parts}
    assert not wrong, f"{len(wrong)} of {len(COMPOUNDS)} compounds split otherwise: {wrong}"


@pytest.mark.parametrize(("typed", "meant"), TYPOS.items())
def test_a_typing_error_in_a_long_word_is_mended(typed, meant):
    assert compounds.repair(fold_for_search(typed)) == meant


@pytest.mark.parametrize("word", ["Verwaltung", "Mobilfunkausbau", "Xqzvbrtlmn", "Hausaufgaben2024", "Kita"])
def test_known_words_compounds_and_gibberish_are_not_mended(word):
    assert compounds.repair(fold_for_search(word)) == ()


@pytest.mark.parametrize("word", ["Amt", "Kreis", "Schule2030", "Wärmeplan2030", "Ö-P-N-V"])
def test_short_words_and_words_with_digits_or_hyphens_do_not_split(word):
    assert split(word) == ()


def test_the_curated_municipal_words_are_parts_too():
    assert compounds.vocabulary()["beleuchtung"] >= compounds.MIN_PART_ZIPF


def test_the_word_list_names_its_source_and_licence():
    with gzip.open(WORD_LISTS / "german_words.txt.gz", "rt", encoding="utf-8") as lines:
        header = "".join(next(lines) for _ in range(5))
    assert "wordfreq" in header and "CC BY-SA 4.0" in header
    assert len(compounds.vocabulary()) > 50_000


# Both engines --------------------------------------------------------------------------------------------

DOCUMENTS = [
    doc("page-1", type="article", title="Ausbau des Mobilfunks im Landkreis", summary="Neue Masten schließen Lücken."),
    doc("page-2", type="article", title="Die Stadt saniert ihre Brücken", summary="Drei Brücken in der Stadt."),
    doc("page-3", type="case_study", title="Schwammstadt: Regenwasser versickert vor Ort", summary="Die Schwammstadt."),
    doc("page-4", type="article", title="Straßenbeleuchtung mit LED", summary="Die Gemeinde spart Strom."),
    doc(
        "page-5",
        type="lesson",
        lesson_kind="stumbling_block",
        title="Digitalisierung der Verwaltung stockt",
        summary="Die Verwaltung hatte zu wenig Personal.",
    ),
]

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(each_engine):
    """Each engine in turn, holding DOCUMENTS only (the remote one skips without SEARCH_URL)."""
    return holding(each_engine, DOCUMENTS)


@pytest.mark.german_analysis  # "Mobilfunkausbau" → "mobilfunk", the title says "Mobilfunks": the stemmer joins them
def test_a_compound_finds_its_parts_written_apart(engine):
    assert ids(engine, "Mobilfunkausbau")[:1] == ["page-1"]


def test_a_part_finds_the_compound(engine):
    assert ids(engine, "Beleuchtung")[:1] == ["page-4"]


def test_a_compound_does_not_find_everything_sharing_one_part(engine):
    assert ids(engine, "Schwammstadt") == ["page-3"]


def test_a_mistyped_compound_finds_its_parts(engine):
    assert ids(engine, "Verwaltungsdigitalisirung")[:1] == ["page-5"]
