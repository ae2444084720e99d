"""Atom feeds of new content (all, per topic, tag, municipality and type) and the iCalendar of events.

Every feed is parsed as a feed reader would (feedparser) and every calendar as a calendar would
(icalendar); they hold exactly what the public may see, link to addresses that answer, and cost a fixed
number of queries however much content there is.
"""

import datetime as dt
import html
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from exchange.feeds.atom import FEED_ITEMS
from exchange.interchange.importer import import_document
from exchange.models import CaseStudyPage, ContentPage, EventPage, MunicipalityPage
from exchange.models.registry import content_page_types
from tests.exchange.test_pages import build_document, many_case_studies
from tests.exchange.test_sixth_type import REPORT, document_with
from tests.factories import EventPageFactory, MunicipalityPageFactory
from tests.sixth_type.models import ReportPage

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
FEEDS = (
    "/feeds/inhalte/",
    "/feeds/themen/mobilitaet/",
    "/feeds/schlagworte/lorawan/",
    "/feeds/kommunen/kusel/",
    "/feeds/inhalte/praxisbeispiele/",
    "/feeds/inhalte/praxisbeispiele/?municipality=kusel",
    "/feeds/inhalte/veranstaltungen/",
    "/feeds/inhalte/berichte/",
)


@pytest.fixture
def content(site_tree):
    """Kusel with two items of every type, Musterstadt with one of every type and a report (the sixth type)."""
    import_document(build_document(2))
    import_document(document_with(REPORT))


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def entry_paths(feed):
    return {urlsplit(entry.link).path for entry in feed.entries}


def visible_paths(queryset=None):
    queryset = ContentPage.objects.all() if queryset is None else queryset
    return {page.url for page in queryset.publicly_visible()}


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="geheim")
    return page


# -- Atom ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", FEEDS)
def test_every_feed_parses_and_all_its_links_answer(client, content, url):
    feed = parse(client, url)

    assert feed.entries, url
    assert feed.feed.title.endswith("– Wissensnetz")
    links = [feed.feed.link, *(link.href for link in feed.feed.links), *(entry.link for entry in feed.entries)]
    links += [entry.author_detail.href for entry in feed.entries]
    for link in links:
        assert link.startswith("http://localhost/"), link
        assert client.get(link).status_code == 200, link


def test_the_content_feed_holds_exactly_what_the_public_may_see(client, content):
    kusel = ContentPage.objects.child_of(MunicipalityPage.objects.get(slug="kusel")).order_by("pk")
    restricted, unpublished, expired = kusel[:3]
    restrict(restricted)
    unpublished.unpublish()
    expired.expire_at = timezone.now() - dt.timedelta(minutes=1)
    expired.save()
    restrict(musterstadt())

    paths = entry_paths(parse(client, "/feeds/inhalte/"))

    assert paths == visible_paths()
    assert not {restricted.url, unpublished.url, expired.url} & paths
    assert not any(path.startswith("/kommunen/musterstadt/") for path in paths)
    assert len(paths) == 7  # Kusel's ten, less three


def test_a_restricted_municipality_has_no_feed(client, content):
    restrict(MunicipalityPage.objects.get(slug="kusel"))

    assert client.get("/feeds/kommunen/kusel/").status_code == 404
    assert client.get("/feeds/inhalte/praxisbeispiele/?municipality=kusel").status_code == 400


@pytest.mark.parametrize(
    ("url", "queryset"),
    [
        ("/feeds/themen/mobilitaet/", lambda: ContentPage.objects.filter(topics__slug="mobilitaet")),
        ("/feeds/schlagworte/bericht/", lambda: ContentPage.objects.filter(tagged_items__tag__slug="bericht")),
        ("/feeds/kommunen/musterstadt/", lambda: ContentPage.objects.child_of(musterstadt())),
        ("/feeds/inhalte/veranstaltungen/", lambda: ContentPage.objects.type(EventPage)),
        (
            "/feeds/inhalte/praxisbeispiele/?municipality=kusel",
            lambda: ContentPage.objects.type(CaseStudyPage).child_of(MunicipalityPage.objects.get(slug="kusel")),
        ),
        ("/feeds/inhalte/berichte/", lambda: ContentPage.objects.type(ReportPage)),
    ],
)
def test_each_feed_holds_the_content_of_its_topic_tag_municipality_or_type(client, content, url, queryset):
    expected = visible_paths(queryset())

    assert expected
    assert entry_paths(parse(client, url)) == expected


def musterstadt():
    return MunicipalityPage.objects.get(slug="musterstadt")


def test_an_entry_carries_municipality_type_topics_and_tags(client, content):
    page = ReportPage.objects.get()

    feed = parse(client, "/feeds/inhalte/")

    (entry,) = [entry for entry in feed.entries if entry.link.endswith(page.url)]
    assert entry.title == "Parkbericht 2024"
    assert entry.summary == "Was die Sensoren ein Jahr lang gezählt haben."
    assert (entry.author_detail.name, entry.author_detail.href) == (
        "Musterstadt",
        "http://localhost/kommunen/musterstadt/",
    )
    categories = {(tag.term, tag.scheme, tag.label) for tag in entry.tags}
    assert categories == {
        ("report", "http://localhost/inhalte/", "Bericht"),
        ("mobilitaet", "http://localhost/themen/", "Mobilität"),
        ("bericht", "http://localhost/schlagworte/", "Bericht"),
    }
    assert entry.id == f"tag:localhost,{page.first_published_at:%Y-%m-%d}:page/{page.pk}"
    assert dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC) == page.first_published_at.replace(microsecond=0)


def test_a_feed_shows_the_newest_publications_first_and_at_most_fifty(client, content):
    import_document(many_case_studies(FEED_ITEMS + 5))
    newest = CaseStudyPage.objects.order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    feed = parse(client, "/feeds/inhalte/")

    assert [urlsplit(entry.link).path for entry in feed.entries] == [page.url for page in newest]


def test_markup_in_titles_and_summaries_is_text(client, content):
    CaseStudyPage.objects.filter(slug="case-study-0").update(title="A <b>&</b> B", summary="x < y & <i>z</i>")

    entry = next(e for e in parse(client, "/feeds/inhalte/").entries if e.link.endswith("/case-study-0/"))

    assert entry.title == "A <b>&</b> B"
    assert entry.summary_detail.type == "text/html"  # plain text, escaped: shown as written
    assert html.unescape(entry.summary) == "x < y & <i>z</i>"


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/themen/gibt-es-nicht/",
        "/feeds/schlagworte/gibt-es-nicht/",
        "/feeds/kommunen/gibt-es-nicht/",
        "/feeds/inhalte/gibt-es-nicht/",
        "/feeds/veranstaltungen/999999.ics",
    ],
)
def test_unknown_feeds_are_404(client, content, url):
    assert client.get(url).status_code == 404


def test_an_unknown_municipality_parameter_is_a_400_naming_it(client, content):
    response = client.get("/feeds/inhalte/praxisbeispiele/", {"municipality": "atlantis"})

    assert response.status_code == 400
    assert "„municipality“" in response.content.decode()


def test_feeds_may_be_kept_briefly_and_answer_only_get_and_head(client, content):
    response = client.get("/feeds/inhalte/")

    assert response["Cache-Control"] == "public, max-age=300"
    assert client.post("/feeds/inhalte/").status_code == 405
    assert client.head("/feeds/veranstaltungen.ics").status_code == 200


def count_queries(client, url):
    client.get(url)  # the site root paths and content types, cached once per process
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_feed_costs_the_same_queries_however_much_content_there_is(client, content):
    urls = [*FEEDS, "/feeds/veranstaltungen.ics"]
    before = {url: count_queries(client, url) for url in urls}

    import_document(build_document(12))  # more than a feed holds, of every type
    import_document(document_with(REPORT, {**REPORT, "slug": "parkbericht-2025"}))

    assert {url: count_queries(client, url) for url in urls} == before
    # The site, the content, the specific pages and their topics (two per type present), municipalities, tags.
    assert max(before.values()) <= 4 + 2 * len(content_page_types()) + 2


@pytest.mark.parametrize(
    ("url", "feeds"),
    [
        ("/", ["/feeds/inhalte/", "/feeds/veranstaltungen.ics"]),
        ("/themen/mobilitaet/", ["/feeds/themen/mobilitaet/"]),
        ("/schlagworte/lorawan/", ["/feeds/schlagworte/lorawan/"]),
        ("/kommunen/kusel/", ["/feeds/kommunen/kusel/"]),
        ("/inhalte/praxisbeispiele/", ["/feeds/inhalte/praxisbeispiele/"]),
        ("/inhalte/praxisbeispiele/?municipality=kusel", ["/feeds/inhalte/praxisbeispiele/?municipality=kusel"]),
        ("/inhalte/veranstaltungen/", ["/feeds/inhalte/veranstaltungen/", "/feeds/veranstaltungen.ics"]),
        ("/inhalte/berichte/", ["/feeds/inhalte/berichte/"]),
    ],
)
def test_pages_announce_their_feeds_and_link_them_visibly(client, content, url, feeds):
    html = client.get(url).content.decode()

    head, body = html.split("</head>", 1)
    for feed in feeds:
        href = feed.replace("&", "&amp;")
        media_type = "text/calendar" if feed.endswith(".ics") else "application/atom+xml"
        assert f'<link rel="alternate" type="{media_type}" href="{href}" title="' in head
        assert f'<a href="{href}" type="{media_type}">' in body
    assert head.count('rel="alternate"') == len(feeds)


# -- iCalendar -----------------------------------------------------------------------------------------


@pytest.fixture
def events(site_tree):
    """Upcoming, running, open-ended, past, restricted and unpublished events of one municipality."""
    kusel = MunicipalityPageFactory(slug="kusel", title="Landkreis Kusel")
    now = timezone.now().replace(microsecond=0)
    day = dt.timedelta(days=1)

    def event(**fields):
        return EventPageFactory(parent=kusel, **fields)

    return {
        "upcoming": event(
            title="Kommunaldialog Pegel",
            slug="kommunaldialog-pegel",
            summary="Wie Pegelsensoren warnen.",
            start=now + 30 * day,
            end=now + 30 * day + dt.timedelta(hours=6),
            location="Kreishaus Kusel",
            event_kind="kommunaldialog",
        ),
        "running": event(start=now - dt.timedelta(hours=1), end=now + dt.timedelta(hours=1), online=True),
        "open_end": event(start=now + 2 * day, end=None),
        "past": event(start=now - 2 * day, end=now - 2 * day + dt.timedelta(hours=2)),
        "restricted": restrict(event(start=now + 3 * day)),
        "draft": event(start=now + 4 * day, live=False),
    }


def calendar_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def test_the_calendar_holds_the_upcoming_public_events_soonest_first(client, events):
    _, calendar = calendar_of(client, "/feeds/veranstaltungen.ics")

    uids = [str(component["UID"]) for component in calendar.events]
    expected = [events[name] for name in ("running", "open_end", "upcoming")]
    assert uids == [f"{event.pk}@localhost" for event in expected]
    assert str(calendar["X-WR-CALNAME"]) == "Veranstaltungen im Wissensnetz"


def test_a_calendar_event_has_its_times_in_berlin_place_summary_and_link(client, events):
    event = events["upcoming"]
    _, calendar = calendar_of(client, "/feeds/veranstaltungen.ics")

    (component,) = [c for c in calendar.events if str(c["UID"]) == f"{event.pk}@localhost"]
    assert component.start == event.start and component.end == event.end
    assert component.start.tzinfo.key == "Europe/Berlin"
    assert component["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Berlin"]
    assert str(component["SUMMARY"]) == "Kommunaldialog Pegel"
    assert str(component["LOCATION"]) == "Kreishaus Kusel"
    url = "http://localhost/kommunen/kusel/kommunaldialog-pegel/"
    assert str(component["URL"]) == url
    assert str(component["DESCRIPTION"]) == f"Wie Pegelsensoren warnen.\n\n{url}"
    assert component.categories == ["Kommunaldialog"]
    assert component.DTSTAMP.tzinfo is not None
    assert client.get(url).status_code == 200


def test_an_online_event_and_one_without_end(client, events):
    _, calendar = calendar_of(client, "/feeds/veranstaltungen.ics")
    by_uid = {str(c["UID"]): c for c in calendar.events}

    assert str(by_uid[f"{events['running'].pk}@localhost"]["LOCATION"]) == "Online"
    open_end = by_uid[f"{events['open_end'].pk}@localhost"]
    assert "DTEND" not in open_end and "DURATION" not in open_end


def test_each_public_event_is_an_ics_download(client, events):
    for name in ("upcoming", "past"):
        event = events[name]
        response, calendar = calendar_of(client, f"/feeds/veranstaltungen/{event.pk}.ics")

        assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
        (component,) = calendar.events
        assert (str(component["UID"]), component.start) == (f"{event.pk}@localhost", event.start)


def test_restricted_and_unpublished_events_have_no_ics(client, events):
    for name in ("restricted", "draft"):
        assert client.get(f"/feeds/veranstaltungen/{events[name].pk}.ics").status_code == 404


def test_the_event_page_links_its_ics_and_the_listing_its_calendar(client, events):
    event = events["upcoming"]

    html = client.get(event.url).content.decode()

    assert f'<a href="/feeds/veranstaltungen/{event.pk}.ics" type="text/calendar" download>' in html
    assert "/feeds/veranstaltungen/" not in client.get(events["past"].url).content.decode()


def test_an_event_far_ahead_gets_the_zone_rules_of_its_year(client, events):
    event = EventPageFactory(parent=events["upcoming"].get_parent(), start=dt.datetime(2041, 7, 1, 10, tzinfo=BERLIN))

    _, calendar = calendar_of(client, f"/feeds/veranstaltungen/{event.pk}.ics")

    (component,) = calendar.events
    assert component["DTSTART"].to_ical() == b"20410701T100000"
    (zone,) = calendar.timezones
    assert zone.to_tz().utcoffset(dt.datetime(2041, 7, 1, 10)) == dt.timedelta(hours=2)
    assert b"2041" in zone.to_ical() and b"1980" not in zone.to_ical()
