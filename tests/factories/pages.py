"""Page factories; municipalities go below the "Kommunen" index, content below a municipality."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone

from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    EventPage,
    LessonPage,
    MunicipalityPage,
    StrategyPage,
)
from home.site_structure import ensure_site_structure


def _municipality_index():
    return ensure_site_structure()[1]


class MunicipalityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kommune {n}")
    parent = factory.LazyFunction(_municipality_index)

    class Meta:
        model = MunicipalityPage


class ContentPageFactory(wagtail_factories.PageFactory):
    """Shared defaults; pass `parent=` or get a new municipality."""

    parent = factory.LazyFunction(MunicipalityPageFactory)
    summary = "Kurz zusammengefasst."
    date = dt.date(2025, 3, 1)

    class Meta:
        abstract = True


class CaseStudyPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Praxisbeispiel {n}")
    status = "pilot"

    class Meta:
        model = CaseStudyPage


class LessonPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Stolperstein {n}")
    lesson_kind = "stumbling_block"

    class Meta:
        model = LessonPage


class ArticlePageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    author = "Pressestelle"

    class Meta:
        model = ArticlePage


class EventPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    start = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=30))

    class Meta:
        model = EventPage


class StrategyPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Strategie {n}")

    class Meta:
        model = StrategyPage
