"""Adding a content type is a model, a template and a migration.

`ReportPage` (tests/sixth_type, installed by the test settings only) is declared like the five real types
and named nowhere else; here it shows up wherever types are listed: the page tree and the admin, its
listing, the municipality profile, navigation and home page, import and export, and search.
"""

import pytest

from exchange.interchange.exporter import export_document
from exchange.interchange.importer import import_document
from exchange.interchange.validation import ImportFileError
from exchange.models import MunicipalityPage
from search import engines
from search.documents import CONTENT_TYPES, build_documents, count_all_documents, iter_all_documents
from search.engines.database import DatabaseEngine
from search.forms import TYPE_LABELS
from tests.exchange.test_import_export import good_document
from tests.sixth_type.models import ReportPage

pytestmark = pytest.mark.django_db

REPORT = {
    "type": "report",
    "slug": "parkbericht",
    "municipality": "musterstadt",
    "title": "Parkbericht 2024",
    "summary": "Was die Sensoren ein Jahr lang gezählt haben.",
    "body": "## Ergebnis\n\nEin Drittel weniger Suchverkehr.",
    "topics": ["Mobilität"],
    "tags": ["Bericht"],
    "date": "2024-09-01",
    "contacts": ["erika-muster"],
    "publisher": "Amt für Verkehrsplanung",
}


def document_with(*items):
    document = good_document()
    document["items"] += [dict(item) for item in items]
    return document


@pytest.fixture
def report(site_tree):
    import_document(document_with(REPORT))
    return ReportPage.objects.get(slug="parkbericht")


def test_a_municipality_may_hold_the_sixth_type_and_the_admin_offers_it(admin_client, report):
    municipality = MunicipalityPage.objects.get(slug="musterstadt")

    assert ReportPage in MunicipalityPage.allowed_subpage_models()
    assert ReportPage.can_create_at(municipality)
    assert admin_client.get(f"/admin/pages/add/sixth_type/reportpage/{municipality.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/{report.pk}/edit/").status_code == 200


def test_the_sixth_type_has_its_listing_and_its_page(client, report):
    listing = client.get("/inhalte/berichte/")

    assert listing.status_code == 200
    assert "<h1>Berichte</h1>" in listing.content.decode()
    assert "Parkbericht 2024" in listing.content.decode()
    page = client.get(report.url)
    assert page.status_code == 200
    assert "Herausgegeben von Amt für Verkehrsplanung" in page.content.decode()


def test_municipality_profile_shows_the_sixth_type_as_a_group(client, report):
    html = client.get(MunicipalityPage.objects.get(slug="musterstadt").url).content.decode()

    assert '<h2 id="group-report">Berichte</h2>' in html
    assert "Parkbericht 2024" in html


def test_navigation_and_home_page_link_the_sixth_types_listing(client, report):
    response = client.get("/")

    navigation = [(item["label"], item["url"]) for item in response.context["main_navigation"]]
    assert ("Berichte", "/inhalte/berichte/") in navigation
    assert navigation[0][0] == "Kommunen" and [label for label, _ in navigation[-2:]] == ["Themen", "Kontakte"]
    assert '<a href="/inhalte/berichte/">Alle Berichte</a>' in response.content.decode()


def test_the_sixth_type_round_trips_through_export_and_import(report):
    exported = export_document()

    item = next(item for item in exported["items"] if item["slug"] == "parkbericht")
    assert {key: item[key] for key in REPORT} == REPORT
    again = import_document(exported)
    assert not again.created and not again.updated


def test_a_changed_field_of_the_sixth_type_is_imported(report):
    import_document(document_with({**REPORT, "publisher": "Stabsstelle Digitales"}))

    assert ReportPage.objects.get(pk=report.pk).publisher == "Stabsstelle Digitales"


def test_the_importer_knows_the_sixth_type_and_checks_its_fields(site_tree):
    with pytest.raises(ImportFileError) as unknown:
        import_document(document_with({**REPORT, "type": "protokoll"}))
    with pytest.raises(ImportFileError) as too_long:
        import_document(document_with({**REPORT, "publisher": "x" * 201}))

    assert unknown.value.errors == [
        "items[5] (slug „parkbericht“), Feld „type“: „protokoll“ ist nicht erlaubt; erlaubt sind: "
        "case_study, lesson, article, event, strategy, report"
    ]
    assert too_long.value.errors == [
        "items[5] (slug „parkbericht“), Feld „publisher“: ist länger als 200 Zeichen (201 Zeichen)"
    ]


def test_the_sixth_type_is_a_search_document_with_its_own_text(report):
    (document,), missing = build_documents(page_pks=[report.pk], contact_pks=[])

    assert not missing
    assert document["type"] == "report" and "report" in CONTENT_TYPES
    assert "Ein Drittel weniger Suchverkehr." in document["body"]
    assert "Amt für Verkehrsplanung" in document["body"]
    assert TYPE_LABELS["report"] == "Bericht"


def test_search_filters_and_labels_the_sixth_type(client, report, settings):
    settings.SEARCH_URL = ""
    engines._configured_engine.cache_clear()
    DatabaseEngine().rebuild(iter_all_documents(), count_all_documents())
    try:
        data = client.get("/api/search/", {"type": "report"}).json()
        html = client.get("/suche/", {"q": "Suchverkehr"}).content.decode()
    finally:
        engines._configured_engine.cache_clear()

    assert [result["slug"] for result in data["results"]] == ["parkbericht"]
    assert data["facets"]["type"]["report"] == 1
    assert "Bericht" in html
