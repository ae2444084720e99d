"""The demo content loads, meets what the demo promises, and loading it again changes nothing.

`demo` (tests/conftest.py) is the session's demo, loaded once with the same loader as `manage.py load_demo`.
"""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    Contact,
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
    assert not ExchangeImage.objects.filter(alt_text="").exists()


def test_demo_pages_all_render(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
