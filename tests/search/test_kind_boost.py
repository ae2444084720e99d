"""Both engines rank the kind of content a query names first, without requiring the kind word in the text:
"Booster Schuldigitalisierung" puts a booster about it above a case study about it (search.intent)."""

import pytest

from tests.search.conftest import holding, ids
from tests.search.documents import doc

pytestmark = pytest.mark.django_db

#: A case study that matches "Schuldigitalisierung" more strongly than the booster (title, summary and body),
#: a booster and a stumbling block about it that never say "Booster" or "Stolperstein", an unrelated booster.
DOCUMENTS = [
    doc(
        "page-1",
        type="case_study",
        title="Schuldigitalisierung im Landkreis",
        summary="Wie die Schuldigitalisierung in zwölf Grundschulen gelang.",
        body="Tablets, WLAN und Fortbildungen für die Schuldigitalisierung.",
    ),
    doc(
        "page-2",
        type="lesson",
        lesson_kind="booster",
        title="Schuldigitalisierung mit einem Medienentwicklungsplan",
        summary="Der gemeinsame Plan beschleunigte die Schuldigitalisierung.",
        body="Schulträger und Schulen planten gemeinsam.",
    ),
    doc(
        "page-3",
        type="lesson",
        lesson_kind="stumbling_block",
        title="Schuldigitalisierung: die Ausschreibung der Tablets dauerte ein Jahr",
        summary="Die Vergabe bremste.",
        body="Ein Jahr ohne Geräte.",
    ),
    doc(
        "page-4",
        type="lesson",
        lesson_kind="booster",
        title="Ehrenamtliche Lotsen im Dorf",
        summary="Ehrenamtliche helfen älteren Menschen.",
    ),
    doc("page-5", type="article", title="Glasfaser für alle Dörfer", summary="Der Ausbau geht voran."),
]


@pytest.fixture
def engine(each_engine):
    """Each engine in turn, holding DOCUMENTS only (the remote one skips without SEARCH_URL)."""
    return holding(each_engine, DOCUMENTS)


def test_without_a_kind_word_the_stronger_text_match_comes_first(engine):
    assert ids(engine, "Schuldigitalisierung")[0] == "page-1"


def test_booster_schuldigitalisierung_ranks_the_booster_above_the_case_study(engine):
    found = ids(engine, "Booster Schuldigitalisierung")
    # The booster never says "Booster", and is found anyway; so are the others about Schuldigitalisierung.
    assert found[0] == "page-2"
    assert {"page-1", "page-3"} <= set(found)


def test_stumbling_blocks_in_phrasing_rank_the_stumbling_block_first(engine):
    assert ids(engine, "Probleme bei der Schuldigitalisierung")[0] == "page-3"
    assert ids(engine, "Was hat bei der Schuldigitalisierung geholfen?")[0] == "page-2"


def test_a_kind_word_alone_finds_every_document_of_that_kind(engine):
    assert set(ids(engine, "Booster")) == {"page-2", "page-4"}


def test_a_kind_is_preferred_not_required(engine):
    assert ids(engine, "Booster Glasfaser") == ["page-5"]
