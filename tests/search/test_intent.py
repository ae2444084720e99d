"""The query parser: kind words become a preference, question phrasing loses its question and stop words."""

import pytest

from search.intent import (
    ARTICLE,
    BOOSTER,
    CASE_STUDY,
    EVENT,
    KIND_PHRASES,
    STRATEGY,
    STUMBLING_BLOCK,
    Intent,
    parse,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Booster Schuldigitalisierung", Intent("Schuldigitalisierung", BOOSTER)),
        ("Stolpersteine in der Vergabe", Intent("Vergabe", STUMBLING_BLOCK)),
        ("Stolperfalle Datenschutz", Intent("Datenschutz", STUMBLING_BLOCK)),
        ("Fehler bei der Ausschreibung", Intent("Ausschreibung", STUMBLING_BLOCK)),
        ("Probleme beim Glasfaserausbau", Intent("Glasfaserausbau", STUMBLING_BLOCK)),
        ("was hat bei der Schuldigitalisierung geholfen", Intent("Schuldigitalisierung", BOOSTER)),
        ("Erfolgsfaktoren Bürgerbeteiligung", Intent("Bürgerbeteiligung", BOOSTER)),
        ("Praxisbeispiele LoRaWAN", Intent("LoRaWAN", CASE_STUDY)),
        ("Beispiele für Bürgerbeteiligung", Intent("Bürgerbeteiligung", CASE_STUDY)),
        ("Veranstaltungen zu KI", Intent("KI", EVENT)),
        ("Termin Kommunaldialog", Intent("Kommunaldialog", EVENT)),
        ("Strategien für Smart City", Intent("Smart City", STRATEGY)),
        ("Artikel Open Data", Intent("Open Data", ARTICLE)),
    ],
)
def test_kind_words_become_a_preference(query, expected):
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Wie überzeuge ich den Gemeinderat", "überzeuge Gemeinderat"),
        ("Wer hat LoRaWAN umgesetzt", "LoRaWAN"),
        ("Gibt es Erfahrung mit Telemedizin", "Telemedizin"),
        ("Welche Kommunen nutzen Pegelsensoren", "Kommunen nutzen Pegelsensoren"),
    ],
)
def test_questions_lose_their_question_and_stop_words(query, text):
    assert parse(query) == Intent(text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Glasfaserausbau Probleme", "Glasfaserausbau"),
        ("Vergabe Fehler", "Vergabe"),
        ("Digitalisierung Schule Schwierigkeiten", "Digitalisierung Schule"),
        ("Breitband Huerden", "Breitband"),
    ],
)
def test_a_problem_word_ending_a_keyword_query_asks_for_stumbling_blocks(query, text):
    assert parse(query) == Intent(text, STUMBLING_BLOCK)


@pytest.mark.parametrize("query", ["Probleme", "Fehler", "Probleme der Ausschreibung", "Fehler melden Formular"])
def test_a_problem_word_alone_or_not_at_the_end_stays_a_term(query):
    assert parse(query) == Intent(query)


def test_was_tun_bei_a_problem_is_a_question_about_stumbling_blocks():
    assert parse("Was tun bei Problemen mit dem Datenschutz?") == Intent("Datenschutz", STUMBLING_BLOCK)


@pytest.mark.parametrize("query", ["Pegelsensoren Hochwasser", "Probleme der Ausschreibung", "Digitalstrategie", ""])
def test_queries_without_kind_or_question_stay_as_typed(query):
    assert parse(query) == Intent(query)


@pytest.mark.parametrize(("query", "prefer"), [("Booster", BOOSTER), ("Stolpersteine", STUMBLING_BLOCK)])
def test_a_kind_word_alone_is_still_searched(query, prefer):
    assert parse(query) == Intent(query, prefer, kind_only=True)


def test_kind_words_match_any_umlaut_spelling_and_case():
    assert parse("HUERDEN bei der Vergabe") == Intent("Vergabe", STUMBLING_BLOCK)
    assert parse("beitraege zur Verwaltung") == Intent("Verwaltung", ARTICLE)


def test_the_first_kind_in_the_table_wins_and_the_other_stays_text():
    assert parse("Beispiele für Stolpersteine") == Intent("Beispiele", STUMBLING_BLOCK)


def test_every_kind_phrase_is_recognised_on_its_own():
    for phrase, preference in KIND_PHRASES:
        assert parse(f"{phrase} Vergabe").prefer == preference, phrase
