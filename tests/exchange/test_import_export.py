"""import_exchange / export_exchange: a good file lands as live pages, a bad one changes nothing."""

import copy
import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, Revision

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    Contact,
    EventPage,
    LessonPage,
    MunicipalityPage,
    StrategyPage,
    Topic,
)
from tests.factories import CaseStudyPageFactory, ImageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db

EVENT_START = (timezone.now() + dt.timedelta(days=30)).replace(microsecond=0)
EVENT_END = EVENT_START + dt.timedelta(hours=3)


def good_document():
    """One municipality, two contacts, a known and (in the items) unknown topics, one item of each type."""
    return {
        "topics": [{"name": "Mobilität", "slug": "mobilitaet", "description": "Verkehr und Wege."}],
        "municipalities": [
            {
                "slug": "musterstadt",
                "name": "Musterstadt",
                "kind": "stadt",
                "state": "Hessen",
                "population": 52000,
                "funded": True,
                "cohort": 2020,
                "motto": "Musterstadt digital",
                "lat": 50.1109,
                "lon": 8.6821,
                "website": "https://musterstadt.example",
                "summary": "Eine Stadt, die vieles ausprobiert.",
                "source": "https://musterstadt.example/quellen",
            }
        ],
        "contacts": [
            {
                "slug": "erika-muster",
                "name": "Erika Muster",
                "role": "Chief Digital Officer",
                "municipality": "musterstadt",
                "email": "erika.muster@musterstadt.example",
                "phone": "+49 69 123456",
                "topics": ["Mobilität"],
            },
            {
                "slug": "max-beispiel",
                "name": "Max Beispiel",
                "role": "Projektleitung",
                "municipality": "musterstadt",
                "topics": [],
            },
        ],
        "items": [
            {
                "type": "case_study",
                "slug": "sensor-parken",
                "municipality": "musterstadt",
                "title": "Parken mit Sensoren",
                "summary": "Sensoren melden freie Parkplätze.",
                "body": "## Ausgangslage\n\nZu viel Suchverkehr.\n\nDeshalb Sensoren & eine App.",
                "topics": ["Mobilität", "Umwelt"],
                "tags": ["Parken", "Sensorik"],
                "date": "2024-05-02",
                "contacts": ["erika-muster"],
                "status": "operation",
                "start_year": 2021,
                "costs": "ca. 180.000 € Sachkosten",
                "funding": "Modellprojekte Smart Cities",
                "partners": "Ordnungsamt",
                "outcomes": "Weniger Suchverkehr.",
                "transferability": "Gut übertragbar.",
            },
            {
                "type": "lesson",
                "slug": "vergabe-dauert",
                "municipality": "musterstadt",
                "title": "Die Vergabe dauerte ein Jahr",
                "summary": "Zu spät ausgeschrieben.",
                "body": "Die Ausschreibung kam zu spät.",
                "topics": ["Mobilität"],
                "tags": ["Vergabe"],
                "date": "2024-06-01",
                "contacts": ["max-beispiel"],
                "lesson_kind": "stumbling_block",
                "phase": "procurement",
                "cause": "procurement",
                "recommendation": "Früh mit der Vergabestelle sprechen.",
                "related_case_study": "sensor-parken",
                "source": "https://musterstadt.example/bericht",
            },
            {
                "type": "article",
                "slug": "sensoren-im-einsatz",
                "municipality": "musterstadt",
                "title": "Sensoren im Einsatz",
                "summary": "Die ersten hundert Sensoren sind verbaut.",
                "body": "Seit Montag melden die Sensoren freie Plätze.",
                "topics": ["Mobilität"],
                "tags": ["Presse"],
                "date": "2024-07-15",
                "contacts": [],
                "author": "Pressestelle",
            },
            {
                "type": "event",
                "slug": "kommunaldialog-parken",
                "municipality": "musterstadt",
                "title": "Kommunaldialog Parken",
                "summary": "Austausch zu smartem Parken.",
                "body": "Wir stellen das Projekt vor.",
                "topics": ["Mobilität"],
                "tags": [],
                "contacts": ["erika-muster", "max-beispiel"],
                "start": EVENT_START.isoformat(),
                "end": EVENT_END.isoformat(),
                "location": "Rathaus Musterstadt",
                "online": False,
                "capacity": 40,
                "event_kind": "kommunaldialog",
            },
            {
                "type": "strategy",
                "slug": "smart-city-strategie",
                "municipality": "musterstadt",
                "title": "Smart-City-Strategie",
                "summary": "Unsere Strategie bis 2027.",
                "body": "",
                "topics": ["Verwaltung"],
                "tags": ["Strategie"],
                "date": "2023-01-10",
                "contacts": ["erika-muster"],
                "starting_situation": "Viele Insellösungen.",
                "challenges": "Fachkräfte fehlen.",
                "vision": "Eine vernetzte Stadt.",
                "fields_of_action": "Mobilität\n\nVerwaltung",
                "measures": [
                    {
                        "title": "Parksensoren",
                        "field_of_action": "Mobilität",
                        "status": "completed",
                        "start_year": 2021,
                        "end_year": 2023,
                        "description": "Sensoren auf 300 Plätzen.",
                    },
                    {
                        "title": "Digitales Bürgeramt",
                        "field_of_action": "Verwaltung",
                        "status": "in_progress",
                        "start_year": 2024,
                        "end_year": None,
                        "description": "",
                    },
                ],
            },
        ],
    }


def write_json(tmp_path, document, name="import.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def run_import(path):
    """Run the import command; return (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_exchange", str(path), "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_export(path):
    call_command("export_exchange", str(path), stderr=io.StringIO())
    return json.loads(path.read_text(encoding="utf-8"))


def item(document, slug):
    return next(i for i in document["items"] if i["slug"] == slug)


@pytest.fixture
def imported(tmp_path):
    """The good file, already imported once."""
    run_import(write_json(tmp_path, good_document(), "good.json"))


def snapshot():
    return {
        "pages": Page.objects.count(),
        "topics": Topic.objects.count(),
        "contacts": Contact.objects.count(),
        "revisions": Revision.objects.count(),
        "author": ArticlePage.objects.get(slug="sensoren-im-einsatz").author,
    }


# --- a good file ---------------------------------------------------------------------------------


def test_good_file_creates_live_pages_below_the_municipality(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    municipality = MunicipalityPage.objects.get(slug="musterstadt")
    assert municipality.live
    children = {p.slug: p.specific_class for p in municipality.get_children().live()}
    assert children == {
        "sensor-parken": CaseStudyPage,
        "vergabe-dauert": LessonPage,
        "sensoren-im-einsatz": ArticlePage,
        "kommunaldialog-parken": EventPage,
        "smart-city-strategie": StrategyPage,
    }


def test_good_file_sets_municipality_fields(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    municipality = MunicipalityPage.objects.get(slug="musterstadt")
    assert municipality.title == "Musterstadt"
    assert municipality.population == 52000
    assert municipality.funded is True
    assert municipality.cohort == 2020
    assert float(municipality.latitude) == pytest.approx(50.1109)
    assert municipality.website == "https://musterstadt.example"


def test_good_file_creates_contacts_linked_to_municipality_and_topics(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    erika = Contact.objects.get(slug="erika-muster")
    assert erika.municipality.slug == "musterstadt"
    assert erika.email == "erika.muster@musterstadt.example"
    assert [t.name for t in erika.topics.all()] == ["Mobilität"]
    assert Contact.objects.get(slug="max-beispiel").role == "Projektleitung"


def test_good_file_creates_unknown_topics(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    assert set(Topic.objects.values_list("name", flat=True)) == {"Mobilität", "Umwelt", "Verwaltung"}
    assert Topic.objects.get(name="Mobilität").slug == "mobilitaet"
    assert Topic.objects.get(name="Umwelt").slug == "umwelt"


def test_good_file_sets_case_study_fields_topics_tags_and_contacts(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    page = CaseStudyPage.objects.get(slug="sensor-parken")
    assert page.status == "operation"
    assert page.start_year == 2021
    assert page.costs == "ca. 180.000 € Sachkosten"
    assert page.date == dt.date(2024, 5, 2)
    assert sorted(t.name for t in page.topics.all()) == ["Mobilität", "Umwelt"]
    assert sorted(t.name for t in page.tags.all()) == ["Parken", "Sensorik"]
    assert [c.slug for c in page.contacts.all()] == ["erika-muster"]
    assert [b.block_type for b in page.body] == ["heading", "paragraph", "paragraph"]
    assert page.body[0].value["text"] == "Ausgangslage"


def test_good_file_links_lesson_to_its_case_study(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    lesson = LessonPage.objects.get(slug="vergabe-dauert")
    assert lesson.lesson_kind == "stumbling_block"
    assert lesson.phase == "procurement"
    assert lesson.source_url == "https://musterstadt.example/bericht"
    assert lesson.related_case_study == CaseStudyPage.objects.get(slug="sensor-parken")


def test_good_file_sets_article_author(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    assert ArticlePage.objects.get(slug="sensoren-im-einsatz").author == "Pressestelle"


def test_good_file_sets_event_times_and_dates_it_by_its_start(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    event = EventPage.objects.get(slug="kommunaldialog-parken")
    assert event.start == EVENT_START
    assert event.end == EVENT_END
    assert event.capacity == 40
    assert event.event_kind == "kommunaldialog"
    assert event.date == timezone.localtime(EVENT_START).date()


def test_good_file_sets_strategy_texts_and_measures(tmp_path):
    run_import(write_json(tmp_path, good_document()))

    strategy = StrategyPage.objects.get(slug="smart-city-strategie")
    assert strategy.vision == "<p>Eine vernetzte Stadt.</p>"
    assert strategy.fields_of_action == "<p>Mobilität</p><p>Verwaltung</p>"
    measures = [(m.title, m.field_of_action.name, m.status, m.start_year, m.end_year) for m in strategy.measures.all()]
    assert measures == [
        ("Parksensoren", "Mobilität", "completed", 2021, 2023),
        ("Digitales Bürgeramt", "Verwaltung", "in_progress", 2024, None),
    ]


def test_reimport_of_same_file_creates_no_duplicates_or_revisions(imported, tmp_path):
    before = snapshot()

    out, _ = run_import(write_json(tmp_path, good_document(), "again.json"))

    assert snapshot() == before
    assert "items: 0 neu, 0 geändert, 5 unverändert" in out
    assert "municipalities: 0 neu, 0 geändert, 1 unverändert" in out
    assert "contacts: 0 neu, 0 geändert, 2 unverändert" in out


def test_reimport_with_changed_field_updates_that_page_only(imported, tmp_path):
    document = good_document()
    item(document, "sensoren-im-einsatz")["author"] = "Oberbürgermeisterin"
    revisions = Revision.objects.count()
    pages = Page.objects.count()

    out, _ = run_import(write_json(tmp_path, document, "changed.json"))

    article = ArticlePage.objects.get(slug="sensoren-im-einsatz")
    assert article.author == "Oberbürgermeisterin"
    assert article.latest_revision.content["author"] == "Oberbürgermeisterin"
    assert Revision.objects.count() == revisions + 1
    assert Page.objects.count() == pages
    assert "items: 0 neu, 1 geändert, 4 unverändert" in out


# --- bad files: a clear message, and nothing changes ---------------------------------------------


def import_bad(tmp_path, document):
    """Import a bad file on top of the good one; return stderr. Fails unless the import is refused."""
    before = snapshot()
    path = write_json(tmp_path, document, "bad.json") if isinstance(document, dict) else document
    err = io.StringIO()
    with pytest.raises(CommandError, match="nichts wurde geändert"):
        call_command("import_exchange", str(path), "--no-progress", stdout=io.StringIO(), stderr=err)
    assert snapshot() == before
    return err.getvalue()


def bad_document():
    """The good file plus changes that would be written if the import did not stop (new item, new author)."""
    document = good_document()
    item(document, "sensoren-im-einsatz")["author"] = "Darf nicht ankommen"
    new_article = copy.deepcopy(item(document, "sensoren-im-einsatz"))
    new_article.update(slug="noch-ein-artikel", title="Noch ein Artikel", topics=["Ganz neues Thema"])
    document["items"].append(new_article)
    return document


def test_malformed_json_is_refused_with_line_number(imported, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "topics": [\n    {"name": "Mobilität",}\n  ]\n}\n', encoding="utf-8")

    err = import_bad(tmp_path, path)

    assert "kein gültiges JSON" in err
    assert "Zeile 3" in err


def test_wrong_field_type_is_refused_naming_entry_and_field(imported, tmp_path):
    document = bad_document()
    document["municipalities"][0]["population"] = "viele"

    err = import_bad(tmp_path, document)

    assert "municipalities[0]" in err
    assert "musterstadt" in err
    assert "„population“" in err
    assert "ganze Zahl" in err


def test_unknown_municipality_is_refused(imported, tmp_path):
    document = bad_document()
    item(document, "noch-ein-artikel")["municipality"] = "nirgendwo"

    err = import_bad(tmp_path, document)

    assert "items[5]" in err
    assert "noch-ein-artikel" in err
    assert "„municipality“" in err
    assert "nirgendwo" in err


def test_duplicate_slug_is_refused(imported, tmp_path):
    document = bad_document()
    duplicate = copy.deepcopy(item(document, "vergabe-dauert"))
    duplicate["title"] = "Doppelt"
    document["items"].append(duplicate)

    err = import_bad(tmp_path, document)

    assert "items[6]" in err
    assert "vergabe-dauert" in err
    assert "„slug“" in err
    assert "doppelt" in err
    assert "items[1]" in err


def test_missing_title_is_refused(imported, tmp_path):
    document = bad_document()
    del item(document, "noch-ein-artikel")["title"]

    err = import_bad(tmp_path, document)

    assert "items[5]" in err
    assert "noch-ein-artikel" in err
    assert "„title“" in err
    assert "Pflicht" in err


def test_invalid_date_is_refused(imported, tmp_path):
    document = bad_document()
    item(document, "sensor-parken")["date"] = "2024-13-45"

    err = import_bad(tmp_path, document)

    assert "items[0]" in err
    assert "sensor-parken" in err
    assert "„date“" in err
    assert "2024-13-45" in err


def test_event_ending_before_its_start_is_refused(imported, tmp_path):
    document = bad_document()
    item(document, "kommunaldialog-parken")["end"] = (EVENT_START - dt.timedelta(hours=1)).isoformat()

    err = import_bad(tmp_path, document)

    assert "items[3]" in err
    assert "kommunaldialog-parken" in err
    assert "„end“" in err
    assert "vor dem Beginn" in err


def test_slug_longer_than_its_database_column_is_refused(imported, tmp_path):
    document = bad_document()
    long_slug = "k" * 101  # Contact.slug holds 100 characters; PostgreSQL would fail mid-import
    document["contacts"][1]["slug"] = long_slug
    item(document, "noch-ein-artikel")["contacts"] = [long_slug]

    err = import_bad(tmp_path, document)

    assert "contacts[1]" in err
    assert "„slug“" in err
    assert "länger als 100 Zeichen" in err


def test_one_bad_item_among_good_ones_writes_nothing_at_all(tmp_path):
    MunicipalityPageFactory(slug="altstadt")  # the site tree and a page, so the snapshot has something to keep
    document = good_document()
    item(document, "sensor-parken")["status"] = "fertig"
    before = {"pages": Page.objects.count(), "topics": 0, "contacts": 0, "revisions": Revision.objects.count()}
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command(
            "import_exchange", str(write_json(tmp_path, document)), "--no-progress", stdout=io.StringIO(), stderr=err
        )

    assert "items[0] (slug „sensor-parken“), Feld „status“" in err.getvalue()
    after = {
        "pages": Page.objects.count(),
        "topics": Topic.objects.count(),
        "contacts": Contact.objects.count(),
        "revisions": Revision.objects.count(),
    }
    assert after == before
    assert not MunicipalityPage.objects.filter(slug="musterstadt").exists()


def test_every_problem_of_a_file_is_reported_at_once(imported, tmp_path):
    document = bad_document()
    document["municipalities"][0]["population"] = "viele"
    item(document, "sensor-parken")["date"] = "2024-13-45"

    err = import_bad(tmp_path, document)

    assert "„population“" in err
    assert "„date“" in err


# --- export ---------------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_database_round_trips(imported, tmp_path):
    first = run_export(tmp_path / "first.json")
    for municipality in MunicipalityPage.objects.all():
        municipality.delete()
    Contact.objects.all().delete()
    Topic.objects.all().delete()
    assert not Page.objects.type(CaseStudyPage).exists()

    run_import(tmp_path / "first.json")
    second = run_export(tmp_path / "second.json")

    assert second == first
    assert len(first["items"]) == 5


def test_export_writes_what_the_good_file_said(imported, tmp_path):
    exported = run_export(tmp_path / "export.json")

    strategy = item(exported, "smart-city-strategie")
    assert strategy["fields_of_action"] == "Mobilität\n\nVerwaltung"
    assert [m["title"] for m in strategy["measures"]] == ["Parksensoren", "Digitales Bürgeramt"]
    assert item(exported, "vergabe-dauert")["related_case_study"] == "sensor-parken"
    assert item(exported, "sensor-parken")["tags"] == ["Parken", "Sensorik"]
    assert item(exported, "kommunaldialog-parken")["start"] == timezone.localtime(EVENT_START).isoformat()


def test_export_of_body_with_figure_and_quote_keeps_the_text(tmp_path):
    image = ImageFactory()
    page = CaseStudyPageFactory(
        slug="mit-bild",
        body=[
            {"type": "paragraph", "value": "<p>Erster Absatz.</p>"},
            {"type": "figure", "value": {"image": image.pk, "caption": "Ein Sensor", "credit": "Foto: Stadt"}},
            {"type": "quote", "value": {"text": "Das spart Zeit.", "attribution": "Erika Muster"}},
            {"type": "heading", "value": {"text": "Fazit", "level": "h3"}},
        ],
    )
    page.save_revision().publish()

    exported = run_export(tmp_path / "export.json")

    assert item(exported, "mit-bild")["body"] == "Erster Absatz.\n\nDas spart Zeit.\n\n### Fazit"
