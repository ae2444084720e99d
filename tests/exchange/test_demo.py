"""The demo content loads, meets what the demo promises, and loading it again changes nothing.

`demo` (tests/conftest.py) is the session's demo, loaded once with the same loader as `manage.py load_demo`.
"""

import json

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from exchange.demo import DEMO_FILE
from exchange.demo.loader import demo_document, read_illustrations
from exchange.interchange.errors import ImportFileError
from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    Contact,
    ContentPage,
    EventPage,
    ExchangeImage,
    LessonPage,
    MunicipalityPage,
    StrategyPage,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": ExchangeImage.objects.count(),
        "contacts": Contact.objects.count(),
        "latest_revision": Revision.objects.order_by("-pk").values_list("pk", flat=True).first(),
    }


def test_loading_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", "--no-progress")
    assert snapshot() == before


def test_demo_has_the_promised_content(demo):
    assert CaseStudyPage.objects.live().count() >= 12
    assert LessonPage.objects.live().filter(lesson_kind="stumbling_block").exists()
    assert LessonPage.objects.live().filter(lesson_kind="booster").exists()
    assert LessonPage.objects.live().count() >= 12
    assert ArticlePage.objects.live().count() >= 4
    assert ArticlePage.objects.live().filter(title__icontains="KommunalCamp").exists()
    assert EventPage.objects.live().count() >= 3
    assert EventPage.objects.live().filter(event_kind="kommunaldialog").exists()
    assert Contact.objects.count() >= 8
    strategy = StrategyPage.objects.live().get(slug__contains="myk10")
    years = {year for m in strategy.measures.all() for year in (m.start_year, m.end_year) if year}
    assert min(years) == 2023 and max(years) == 2027


def test_demo_has_every_rhineland_palatinate_model_project_and_unfunded_communes(demo):
    slugs = set(MunicipalityPage.objects.filter(funded=True, state="Rheinland-Pfalz").values_list("slug", flat=True))
    assert {"mayen-koblenz", "kusel", "kaiserslautern", "bitburg-pruem", "linz-am-rhein"} <= slugs
    assert MunicipalityPage.objects.filter(funded=True).count() >= 15
    assert MunicipalityPage.objects.filter(funded=False).count() >= 2


def test_demo_images_have_alt_text(demo):
    assert ExchangeImage.objects.exists()
    assert not ExchangeImage.objects.filter(description="").exists()


def test_demo_images_take_alt_text_caption_and_credit_from_the_file(demo):
    illustrated = [item for item in demo_document()["items"] if item.get("illustration")]
    assert illustrated
    for item in illustrated:
        page = ContentPage.objects.get(slug=item["slug"]).specific
        figure = next(block.value for block in page.body if block.block_type == "figure")
        assert page.listing_image.description == item["illustration"]["alt"]
        assert page.listing_image.credit == item["illustration"]["credit"]
        assert figure["image"] == page.listing_image
        assert figure["caption"] == item["illustration"]["caption"]


def test_demo_page_shows_the_alt_text_of_the_file(demo, client):
    item = next(item for item in demo_document()["items"] if item.get("illustration"))
    html = client.get(ContentPage.objects.get(slug=item["slug"]).url).content.decode()
    assert f'alt="{item["illustration"]["alt"]}"' in html


def test_illustration_without_alt_text_is_refused_naming_item_and_field():
    document = {"items": [{"slug": "rufbus", "illustration": {"caption": "Rufbus", "credit": ""}}]}
    with pytest.raises(ImportFileError) as refused:
        read_illustrations(document)
    assert refused.value.errors == [
        "items[0] (slug „rufbus“), Feld „illustration“: Feld „alt“: fehlt, ist aber Pflicht"
    ]


def test_illustration_alt_text_longer_than_the_image_field_is_refused():
    document = {"items": [{"slug": "rufbus", "illustration": {"alt": "x" * 256}}]}
    with pytest.raises(ImportFileError, match="Feld „alt“: ist länger als 255 Zeichen"):
        read_illustrations(document)


def test_demo_file_is_pretty_printed_utf8():
    text = DEMO_FILE.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_demo_pages_all_render(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
