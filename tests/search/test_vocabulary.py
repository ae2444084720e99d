"""The search vocabulary (search.vocabulary): the file's checks, expansion of terms, and both engines finding
equivalents as if typed and related terms below the words typed."""

import pytest

from search import checks, german, vocabulary
from search.engines.fulltext import PostgresFullText, SqliteFullText
from tests.search.conftest import holding, ids
from tests.search.documents import doc

HEADER = """
fields = ["Energie/Klima", "Umwelt"]
[sources]
charta = { name = "Smart City Charta" }
"""


def parse(groups):
    """A vocabulary from a file with these groups (TOML inline tables, one a line)."""
    return vocabulary.parse("group = [\n" + ",\n".join(groups) + "\n]\n" + HEADER)


def error_of(groups):
    with pytest.raises(vocabulary.VocabularyError) as raised:
        parse(groups)
    return str(raised.value)


# The file ---------------------------------------------------------------------------------------------


def test_the_vocabulary_file_loads():
    assert len(vocabulary.vocabulary().groups) >= 300


def test_every_field_has_groups_of_both_kinds():
    data = vocabulary.vocabulary()
    fields = {group.field for group in data.groups}
    assert len(fields) == 13
    for field in fields:
        kinds = [group.kind for group in data.groups if group.field == field]
        assert kinds.count("equivalent") >= 20 and kinds.count("related") >= 8, field


def test_every_source_has_a_name_and_is_used():
    data = vocabulary.vocabulary()
    assert {group.source for group in data.groups} == set(data.sources)


def test_an_empty_term_is_named_with_its_group_and_field():
    message = error_of(['{ field = "Umwelt", source = "charta", equivalent = ["Hochwasser", ""] }'])
    assert "group 1 (Umwelt: Hochwasser)" in message and "empty term" in message


def test_a_term_equivalent_in_two_groups_names_both():
    message = error_of(
        [
            '{ field = "Umwelt", source = "charta", equivalent = ["Hochwasser", "Überschwemmung"] }',
            '{ field = "Umwelt", source = "charta", equivalent = ["Überflutung", "Hochwassers"] }',
        ]
    )
    assert "group 2 (Umwelt: Überflutung)" in message and "group 1 (Umwelt: Hochwasser)" in message


def test_a_term_may_be_related_in_several_groups():
    data = parse(
        [
            '{ field = "Umwelt", source = "charta", related = ["Hochwasser", "Deich"] }',
            '{ field = "Umwelt", source = "charta", related = ["Hochwasser", "Pegel"] }',
        ]
    )
    assert data.related("Hochwasser") == ["Deich", "Pegel"]


@pytest.mark.parametrize(
    ("group", "complaint"),
    [
        ('{ field = "Umwelt", equivalent = ["Hochwasser", "Flut"] }', "`source` is missing"),
        ('{ field = "Umwelt", source = "wiki", equivalent = ["Hochwasser", "Flut"] }', "not one of [sources]"),
        ('{ field = "Verkehr", source = "charta", equivalent = ["Hochwasser", "Flut"] }', "not one of `fields`"),
        ('{ field = "Umwelt", source = "charta" }', "either `equivalent` or `related`"),
        ('{ field = "Umwelt", source = "charta", equivalent = ["A"], related = ["B", "C"] }', "either"),
        ('{ field = "Umwelt", source = "charta", equivalent = ["Hochwasser"] }', "at least two terms"),
        ('{ field = "Umwelt", source = "charta", equivalent = ["Pegel", "Pegels"] }', "all the same word"),
        ('{ field = "Umwelt", source = "charta", equivalent = ["Pegel", "a => b"] }', "contains one of"),
    ],
)
def test_malformed_groups_are_named(group, complaint):
    message = error_of([group])
    assert message.startswith("group 1") and complaint in message


def test_the_system_check_names_a_broken_file(tmp_path, monkeypatch):
    broken = tmp_path / "vocabulary.toml"
    broken.write_text('group = [{ field = "Umwelt", equivalent = ["Hochwasser", "Flut"] }]\n' + HEADER)
    monkeypatch.setattr(vocabulary, "VOCABULARY", broken)
    [error] = checks.vocabulary_loads()
    assert error.id == "search.E001" and "group 1 (Umwelt: Hochwasser): `source` is missing" in error.msg


def test_the_system_check_passes_on_the_file():
    assert checks.vocabulary_loads() == []


# Expansion --------------------------------------------------------------------------------------------


def test_an_abbreviation_expands_to_its_words_and_back():
    assert "kommunale Wärmeplanung" in vocabulary.equivalents("KWP")
    assert "KWP" in vocabulary.equivalents("kommunalen Wärmeplanung")  # inflected, as the search stems


def test_equivalents_compare_folded():
    assert "Nahverkehr" in vocabulary.equivalents("OEPNV")


def test_related_terms_find_each_other_and_not_themselves():
    assert {"Klimaanpassung", "Hitzeaktionsplan"} <= set(vocabulary.related("Hitzeschutz"))
    assert "Hitzeschutz" in vocabulary.related("Klimaanpassung")
    assert "Hitzeschutz" not in vocabulary.related("Hitzeschutz")


def test_related_terms_leave_out_the_equivalents_of_the_word():
    assert not set(vocabulary.related("Hitzeaktionsplan")) & {"Hitzeaktionsplan", "Hitzeschutzplan", "HAP"}


def test_synonym_rules_also_spell_a_term_without_its_stop_words():
    rule = next(rule for rule in vocabulary.synonym_rules() if "klimafolgenanpassung" in rule)
    assert "anpassung an den klimawandel" in rule and "anpassung klimawandel" in rule


def test_words_of_a_multi_word_term_become_one_query_word():
    words = vocabulary.vocabulary().expand(german.query_words("kommunalen Wärmeplanung im Landkreis"))
    assert [word.text for word in words] == ["kommunalen wärmeplanung", "landkreis"]
    assert ("kwp",) in words[0].synonyms


@pytest.mark.parametrize(
    ("fulltext", "expected"),
    [
        (SqliteFullText(), '("kwp") OR ("warmeplan") OR (("kommunal"*) AND ("warmeplan"* OR ("warm" AND "planung")))'),
        (PostgresFullText(), "('kwp') | ('warmeplan') | (('kommunal':*) & ('warmeplan':* | ('warm' & 'planung')))"),
    ],
)
def test_the_database_query_matches_all_words_of_a_term_or_any_equivalent(fulltext, expected):
    words = vocabulary.vocabulary().expand(german.query_words("kommunale Wärmeplanung"))
    sql, params = fulltext.match(words, "and")
    assert expected in params[0]


# Both engines -----------------------------------------------------------------------------------------

DOCUMENTS = [
    doc("heat", title="Sommer in der Stadt", summary="Ein Plan zum Hitzeschutz für ältere Menschen."),
    # Related term in the title, twice: it must still rank below the page with the word typed.
    doc("adapt", title="Klimaanpassung", summary="Klimaanpassung mit Bäumen und Grünflächen im Quartier."),
    doc("plan", title="Kommunale Wärmeplanung beginnt", summary="Der Landkreis erfasst alle Heizungen."),
    doc("abbr", title="Zeitplan für die KWP", summary="Bis 2028 liegt der Plan vor."),
    doc("hack", title="Hackerangriff legt das Rathaus lahm", summary="Die Server waren eine Woche aus."),
    doc("led", title="Straßenbeleuchtung mit LED", summary="Die Gemeinde spart Strom."),
]

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(each_engine):
    """Each engine in turn, holding DOCUMENTS only (the remote one skips without SEARCH_URL)."""
    return holding(each_engine, DOCUMENTS)


@pytest.mark.german_analysis
def test_a_related_term_finds_a_page_below_the_page_with_the_word_typed(engine):
    assert ids(engine, "Hitzeschutz") == ["heat", "adapt"]


@pytest.mark.german_analysis
def test_related_terms_find_each_other_both_ways(engine):
    assert ids(engine, "Klimaanpassung") == ["adapt", "heat"]


@pytest.mark.german_analysis
def test_an_abbreviation_finds_its_words(engine):
    assert set(ids(engine, "KWP")) == {"plan", "abbr"}


@pytest.mark.german_analysis
def test_the_words_find_their_abbreviation(engine):
    assert set(ids(engine, "kommunale Wärmeplanung")) == {"plan", "abbr"}


@pytest.mark.german_analysis
def test_inflected_words_find_their_abbreviation(engine):
    assert "abbr" in ids(engine, "kommunalen Wärmeplanung")


@pytest.mark.german_analysis
def test_a_synonym_finds_the_page_as_if_typed(engine):
    assert ids(engine, "Cyberangriff") == ["hack"]


@pytest.mark.german_analysis
def test_a_related_term_does_not_find_unrelated_pages(engine):
    assert "led" not in ids(engine, "Hitzeschutz")


def _single_token_paths(tokens):
    """The tokens of an analysed text that span the whole token graph alone."""
    end = max(token["position"] + token.get("positionLength", 1) for token in tokens)
    return {
        token["token"]
        for token in tokens
        if token["position"] == 0 and token["position"] + token.get("positionLength", 1) == end
    }


@pytest.mark.german_analysis
def test_a_word_with_multi_word_equivalents_still_matches_alone_on_the_remote_engine(remote_engine):
    """The search analyzer's graph keeps every one-word term of a group with multi-word terms as a path
    of its own: a filter after the synonyms once dropped "ehrenamt", leaving only "ehrenamt engagement"."""
    remote_engine.ensure_index()
    words = [
        term
        for group in vocabulary.vocabulary().groups
        if group.kind == "equivalent" and any(len(term.key) > 1 for term in group.terms)
        for term in group.terms
        if len(term.key) == 1 and " " not in term.text
    ]
    assert words, "the vocabulary has groups mixing one-word and multi-word terms"
    lost = []
    for term in words:
        analysed = {
            analyzer: remote_engine.client.indices.analyze(
                index=remote_engine.index_name, body={"analyzer": analyzer, "text": term.text}
            )["tokens"]
            for analyzer in ("german_index", "german_search")
        }
        stem = analysed["german_index"][0]["token"]  # the engine's own stem, as a page has the word
        if stem not in _single_token_paths(analysed["german_search"]):
            lost.append(term.text)
    assert lost == []
