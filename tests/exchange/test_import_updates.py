"""Updating existing content by import never loses what the file does not carry."""

import copy

import pytest
from wagtail.models import Revision

from exchange.interchange.importer import import_document
from exchange.interchange.validation import ImportFileError
from exchange.models import ArticlePage, MunicipalityPage, Topic
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

DOCUMENT = {
    "municipalities": [
        {
            "slug": "kusel",
            "name": "Landkreis Kusel",
            "kind": "landkreis",
            "state": "Rheinland-Pfalz",
            "summary": "Land.",
        }
    ],
    "items": [
        {
            "type": "article",
            "slug": "rufbus",
            "municipality": "kusel",
            "title": "Rufbus im Kuseler Land",
            "summary": "Vorher.",
            "body": "Erster Absatz.\n\nZweiter Absatz.",
            "topics": ["Mobilität"],
            "tags": ["ÖPNV"],
            "author": "Pressestelle",
        }
    ],
}


@pytest.fixture
def imported():
    import_document(copy.deepcopy(DOCUMENT))
    return ArticlePage.objects.get(slug="rufbus")


def test_fields_left_out_of_the_file_keep_their_stored_values(imported):
    import_document({"municipalities": [{"slug": "kusel", "name": "Landkreis Kusel", "population": 70219}]})
    kusel = MunicipalityPage.objects.get(slug="kusel")
    assert kusel.population == 70219
    assert kusel.summary == "Land."
    assert kusel.state == "Rheinland-Pfalz"


def test_explicitly_empty_field_is_cleared(imported):
    import_document({"municipalities": [{"slug": "kusel", "name": "Landkreis Kusel", "summary": ""}]})
    assert MunicipalityPage.objects.get(slug="kusel").summary == ""


def test_image_in_body_survives_an_update_of_another_field(imported):
    image = ImageFactory()
    imported.body = [
        *imported.body.raw_data,
        {"type": "figure", "value": {"image": image.pk, "caption": "Bus", "credit": ""}},
    ]
    imported.save_revision().publish()
    document = copy.deepcopy(DOCUMENT)
    document["items"][0]["summary"] = "Nachher."
    import_document(document)
    page = ArticlePage.objects.get(slug="rufbus")
    assert page.summary == "Nachher."
    assert [block.block_type for block in page.body] == ["paragraph", "paragraph", "figure"]


def test_topic_and_tag_names_in_other_case_do_not_create_revisions(imported):
    before = Revision.objects.count()
    document = copy.deepcopy(DOCUMENT)
    document["items"][0]["topics"] = ["mobilität"]
    document["items"][0]["tags"] = ["öpnv"]
    report = import_document(document)
    assert Revision.objects.count() == before
    assert report.unchanged["items"] == 1


def test_body_with_single_line_breaks_imports_idempotently(imported):
    document = copy.deepcopy(DOCUMENT)
    document["items"][0]["body"] = "Zeile eins\nZeile zwei\n\nZweiter Absatz."
    import_document(document)
    before = Revision.objects.count()
    report = import_document(copy.deepcopy(document))
    assert Revision.objects.count() == before
    assert report.unchanged["items"] == 1


def test_topic_slug_of_another_topic_is_refused(imported):
    with pytest.raises(ImportFileError) as exc:
        import_document({"topics": [{"name": "Verkehr", "slug": Topic.objects.get(name="Mobilität").slug}]})
    assert "topics[0]" in exc.value.errors[0]
    assert "„slug“" in exc.value.errors[0]
    assert not Topic.objects.filter(name="Verkehr").exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("cohort", 1700), ("website", "https://example.org/" + "a" * 200), ("population", -5)],
)
def test_values_beyond_the_database_limits_are_refused_with_the_field_named(imported, field, value):
    entry = {"slug": "kusel", "name": "Landkreis Kusel", field: value}
    with pytest.raises(ImportFileError) as exc:
        import_document({"municipalities": [entry]})
    assert f"„{field}“" in exc.value.errors[0]
