"""Files at the edges: hostile nesting and numbers, and values beyond what a column stores, refused with a message.

Every refusal is a one-line German message naming the place (and, for values, section, index, slug,
field and limit), the command fails as for any bad file, and nothing is written.
"""

import copy
import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from exchange.interchange.cleaners import FieldError, clean_field
from exchange.interchange.importer import import_document
from exchange.interchange.schema import (
    CONTACT_FIELDS,
    ITEM_COMMON_FIELDS,
    ITEM_TYPE_FIELDS,
    MEASURE_FIELDS,
    MUNICIPALITY_FIELDS,
    TOPIC_FIELDS,
)
from exchange.interchange.validation import ImportFileError
from exchange.models import Contact, ContentPage, Topic
from tests.exchange.test_import_export import good_document, item

pytestmark = pytest.mark.django_db

ALL_FIELDS = (
    TOPIC_FIELDS
    + MUNICIPALITY_FIELDS
    + CONTACT_FIELDS
    + ITEM_COMMON_FIELDS
    + MEASURE_FIELDS
    + tuple(f for fields in ITEM_TYPE_FIELDS.values() for f in fields)
)


def refused(tmp_path, text):
    """Run the command on `text`; return its error output. Fails unless it refuses and writes nothing."""
    before = (Page.objects.count(), Revision.objects.count(), Topic.objects.count(), Contact.objects.count())
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="nichts wurde geändert"):
        call_command("import_exchange", str(path), "--no-progress", stdout=io.StringIO(), stderr=err)
    assert (Page.objects.count(), Revision.objects.count(), Topic.objects.count(), Contact.objects.count()) == before
    return err.getvalue()


def refusal(document):
    """The messages with which the importer refuses `document`."""
    with pytest.raises(ImportFileError) as exc:
        import_document(document)
    assert not ContentPage.objects.exists()
    return exc.value.errors


# --- what the JSON parser would choke on -----------------------------------------------------------


def test_file_nested_100000_deep_is_refused_naming_the_depth_and_place(tmp_path):
    err = refused(tmp_path, '{"items": ' + "[" * 100_000 + "]" * 100_000 + "}")

    assert err.strip().splitlines() == [
        "Die Datei ist zu tief verschachtelt: In Zeile 1, Spalte 110 beginnt die 101. Ebene aus Listen "
        "und Objekten; erlaubt sind höchstens 100."
    ]


def test_number_of_5000_digits_is_refused_naming_its_line_column_and_length(tmp_path):
    document = json.dumps(good_document(), indent=1).replace('"population": 52000', '"population": ' + "9" * 5000)

    err = refused(tmp_path, document)

    line, text = next((n, text) for n, text in enumerate(document.splitlines(), start=1) if "9999" in text)
    column = text.index("9999") + 1
    assert err.strip().splitlines() == [
        f"Die Datei enthält in Zeile {line}, Spalte {column} eine Zahl mit 5000 Ziffern; erlaubt sind höchstens 100."
    ]


def test_brackets_and_digits_inside_strings_do_not_count(site_tree):
    document = good_document()
    item(document, "sensoren-im-einsatz")["summary"] = "[" * 500 + "9" * 500 + "]" * 500

    import_document(json.loads(json.dumps(document)))

    assert ContentPage.objects.get(slug="sensoren-im-einsatz").summary.startswith("[[[")


# --- values beyond the model's columns -----------------------------------------------------------------


@pytest.mark.parametrize("field", [f for f in ALL_FIELDS if f.kind == "str" and f.column.max_length], ids=str)
def test_text_as_long_as_its_column_is_accepted_and_one_longer_refused(field):
    limit = field.column.max_length

    assert clean_field(field, "x" * limit) == "x" * limit
    with pytest.raises(FieldError, match=f"länger als {limit} Zeichen"):
        clean_field(field, "x" * (limit + 1))


def test_tag_of_300_characters_is_refused_naming_item_field_and_limit(site_tree):
    document = good_document()
    item(document, "sensor-parken")["tags"] = ["Parken", "T" * 300]

    errors = refusal(document)

    assert errors == [
        "items[0] (slug „sensor-parken“), Feld „tags“: Eintrag 2 („" + "T" * 40 + "…“): "
        "ist länger als 100 Zeichen (300 Zeichen)"
    ]


def test_tag_without_letter_or_digit_is_refused_with_the_tag_models_own_rule(site_tree):
    document = good_document()
    item(document, "sensor-parken")["tags"] = ["!!!"]

    (error,) = refusal(document)

    assert error.startswith("items[0] (slug „sensor-parken“), Feld „tags“: Eintrag 1 („!!!“): ")
    assert "weder Buchstaben noch Ziffern" in error


@pytest.mark.parametrize(
    ("place", "label"),
    [
        ("topics", "topics[0] (name „MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM…“), Feld „name“"),
        ("item", "items[1] (slug „vergabe-dauert“), Feld „topics“: Eintrag 1"),
        ("contact", "contacts[0] (slug „erika-muster“), Feld „topics“: Eintrag 1"),
        ("measure", "items[4] (slug „smart-city-strategie“), Feld „measures“: Maßnahme 0, Feld „field_of_action“"),
    ],
)
def test_topic_name_of_300_characters_is_refused_wherever_it_would_create_a_topic(site_tree, place, label):
    name = "M" * 300
    document = good_document()
    if place == "topics":
        document["topics"][0]["name"] = name
    elif place == "item":
        item(document, "vergabe-dauert")["topics"] = [name]
    elif place == "contact":
        document["contacts"][0]["topics"] = [name]
    else:
        item(document, "smart-city-strategie")["measures"][0]["field_of_action"] = name

    errors = refusal(document)

    assert len(errors) == 1
    assert errors[0].startswith(label)
    assert errors[0].endswith("ist länger als 100 Zeichen (300 Zeichen)")
    assert not Topic.objects.filter(name=name).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: item(d, "kommunaldialog-parken").update(capacity=2**31), "zwischen 0 und 2147483647"),
        (lambda d: item(d, "sensor-parken").update(start_year=32768), "zwischen 1900 und 2100"),
        (lambda d: d["municipalities"][0].update(population=-1), "zwischen 0 und 2147483647"),
        (lambda d: item(d, "smart-city-strategie")["measures"][1].update(end_year=1899), "zwischen 1900 und 2100"),
    ],
    ids=["capacity", "start_year", "population", "measure end_year"],
)
def test_integer_outside_its_column_or_domain_is_refused(site_tree, change, message):
    document = good_document()
    change(document)

    (error,) = refusal(document)

    assert message in error


@pytest.mark.parametrize("character", ["\x00", "\ud800"], ids=["NUL", "lone surrogate"])
def test_text_with_a_character_no_database_stores_is_refused(site_tree, character):
    document = good_document()
    item(document, "sensoren-im-einsatz")["summary"] = f"Vorher{character}nachher"

    (error,) = refusal(document)

    assert error.startswith("items[2] (slug „sensoren-im-einsatz“), Feld „summary“: enthält an Stelle 7 das Zeichen U+")


def test_two_topics_with_one_slug_are_refused(site_tree):
    document = good_document()
    document["topics"].append({"name": "Verkehr", "slug": "mobilitaet"})

    (error,) = refusal(document)

    assert error.startswith("topics[1] (name „Verkehr“), Feld „slug“: „mobilitaet“ hat schon das Thema „Mobilität“")


def test_a_tag_or_topic_named_twice_in_one_item_counts_once(site_tree):
    document = good_document()
    item(document, "sensor-parken").update(tags=["Parken", "parken", "Sensorik"], topics=["Umwelt", "umwelt"])

    import_document(copy.deepcopy(document))

    page = ContentPage.objects.get(slug="sensor-parken")
    assert sorted(t.name for t in page.tags.all()) == ["Parken", "Sensorik"]
    assert [t.name for t in page.topics.all()] == ["Umwelt"]
    assert import_document(document).unchanged["items"] == 5
