"""Search hits carry "Zuletzt geprüft" of case studies and lessons, from both engines, on the page and in the API;
and the search counts the queries that found nothing."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from exchange.models import CaseStudyPage
from search.documents import build_documents
from search.engines import SearchQuery
from search.engines.database import DatabaseEngine
from search.models import UnansweredQueryDay
from search.statistics import unanswered_queries
from tests.editorial.freshness_support import published
from tests.factories import ArticlePageFactory, CaseStudyPageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db

REVIEWED = dt.date(2026, 2, 9)


@pytest.fixture
def pages(site_tree, settings):
    settings.SEARCH_URL = ""
    ulm = MunicipalityPageFactory(title="Stadt Ulm")
    case_study = CaseStudyPageFactory(parent=ulm, title="Zisternen für Starkregen")
    CaseStudyPage.objects.filter(pk=case_study.pk).update(last_reviewed=REVIEWED)
    article = ArticlePageFactory(parent=ulm, title="Zisternen im Überblick")
    return case_study, article


def indexed(engine, pages):
    documents, _ = build_documents(page_pks=[page.pk for page in pages], contact_pks=[])
    engine.index_documents(documents)
    engine.refresh()
    return {hit.title: hit.last_reviewed for hit in engine.search(SearchQuery(text="Zisternen")).hits}


def test_database_engine_hits_carry_the_review_date(pages):
    assert indexed(DatabaseEngine(), pages) == {
        "Zisternen für Starkregen": REVIEWED.isoformat(),
        "Zisternen im Überblick": None,
    }


def test_remote_engine_hits_carry_the_review_date(pages, remote_engine):
    assert indexed(remote_engine, pages) == {
        "Zisternen für Starkregen": REVIEWED.isoformat(),
        "Zisternen im Überblick": None,
    }


def test_never_confirmed_case_study_is_dated_by_its_first_publication(pages):
    case_study = published(pages[0], days_ago=40)
    CaseStudyPage.objects.filter(pk=case_study.pk).update(last_reviewed=None)
    (document,), _ = build_documents(page_pks=[case_study.pk], contact_pks=[])
    assert document["last_reviewed"] == timezone.localdate(case_study.first_published_at).isoformat()


def test_search_page_shows_zuletzt_geprueft(client, pages):
    indexed(DatabaseEngine(), pages)
    body = client.get("/suche/", {"q": "Zisternen"}).content.decode()
    assert 'Zuletzt geprüft: <time datetime="2026-02-09">9. Februar 2026</time>' in body
    assert body.count("Zuletzt geprüft") == 1


def test_search_api_adds_last_reviewed(client, pages):
    indexed(DatabaseEngine(), pages)
    results = client.get("/api/search/", {"q": "Zisternen"}).json()["results"]
    assert {result["title"]: result["last_reviewed"] for result in results} == {
        "Zisternen für Starkregen": "2026-02-09",
        "Zisternen im Überblick": None,
    }


def test_query_without_results_is_counted(client, pages):
    client.get("/suche/", {"q": "Bürgerhaushalt"})
    client.get("/suche/", {"q": "Bürgerhaushalt"})
    (query,) = unanswered_queries()
    assert (query.query_string, query.misses) == ("bürgerhaushalt", 2)


def test_query_with_results_is_not_counted_as_unanswered(client, pages):
    indexed(DatabaseEngine(), pages)
    client.get("/suche/", {"q": "Zisternen"})
    assert not UnansweredQueryDay.objects.exists()


def test_later_result_pages_are_not_counted(client, pages):
    client.get("/suche/", {"q": "Bürgerhaushalt", "page": "2"})
    assert not UnansweredQueryDay.objects.exists()


def test_unanswered_queries_older_than_ninety_days_are_left_out(pages):
    old = Query.get("Parkraum")
    UnansweredQueryDay.objects.create(query=old, date=timezone.localdate() - dt.timedelta(days=91), hits=5)
    UnansweredQueryDay.objects.create(query=old, date=timezone.localdate() - dt.timedelta(days=89), hits=1)
    assert [(query.query_string, query.misses) for query in unanswered_queries()] == [("parkraum", 1)]
