"""The ways to the subscribe form: each topic, tag, municipality, type listing and search links to it with its
own choices filled in, the home page calls to subscribe, and the form shows the link's choices as chosen."""

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html

from exchange.models import Tag
from search import engines
from subscriptions.models import Subscription
from tests.factories import MunicipalityPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
SUBSCRIBE_LINK = re.compile(r'<p class="subscribe-link"><a href="([^"]*)">([^<]*)<')


@pytest.fixture
def choices(site_tree):
    """A topic, a tag and a municipality to follow."""
    return {
        "topic": TopicFactory(name="Mobilität", slug="mobilitaet"),
        "tag": Tag.objects.create(name="LoRaWAN", slug="lorawan"),
        "municipality": MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel"),
    }


@pytest.fixture
def database_engine(settings):
    settings.SEARCH_URL = ""
    engines._configured_engine.cache_clear()
    yield
    engines._configured_engine.cache_clear()


def subscribe_links(response):
    """[(label, path, {parameter: [values]})] of the page's subscribe links."""
    assert response.status_code == 200
    links = []
    for href, label in SUBSCRIBE_LINK.findall(response.content.decode()):
        url = urlsplit(html.unescape(href))
        links.append((label, url.path, parse_qs(url.query)))
    return links


def checked(page, name):
    """The values of the checked checkboxes or radio buttons named `name` on the subscribe form."""
    inputs = re.findall(r"<input [^>]*>", page)
    return sorted(
        re.search(r'value="([^"]*)"', tag).group(1)
        for tag in inputs
        if f'name="{name}"' in tag and " checked" in tag and 'type="hidden"' not in tag
    )


def hidden(page, name):
    return re.findall(rf'<input type="hidden" name="{name}" value="([^"]*)">', page)


def test_a_topic_page_links_to_subscribe_to_its_topic(client, choices):
    links = subscribe_links(client.get("/themen/mobilitaet/"))

    assert links == [("Thema abonnieren", "/abonnieren/", {"topics": ["mobilitaet"]})]


def test_a_tag_page_links_to_subscribe_to_its_tag(client, choices):
    links = subscribe_links(client.get("/schlagworte/lorawan/"))

    assert links == [("Schlagwort abonnieren", "/abonnieren/", {"tags": ["lorawan"]})]


def test_a_municipality_page_links_to_subscribe_to_the_municipality(client, choices):
    links = subscribe_links(client.get("/kommunen/kusel/"))

    assert links == [("Kommune abonnieren", "/abonnieren/", {"municipalities": ["kusel"]})]


def test_a_type_listing_links_to_subscribe_to_its_type(client, choices):
    assert subscribe_links(client.get("/inhalte/praxisbeispiele/")) == [
        ("Liste abonnieren", "/abonnieren/", {"types": ["case_study"]})
    ]
    assert subscribe_links(client.get("/inhalte/veranstaltungen/?municipality=kusel")) == [
        ("Liste abonnieren", "/abonnieren/", {"types": ["event"], "municipalities": ["kusel"]})
    ]


def test_the_topic_overview_links_to_the_subscribe_form(client, choices):
    assert subscribe_links(client.get("/themen/")) == [("Themen abonnieren", "/abonnieren/", {})]


def test_the_search_page_links_to_subscribe_to_the_search(client, choices, database_engine):
    response = client.get(
        "/suche/",
        {
            "q": "Pegel sensoren",
            "type": ["case_study", "municipality", "lesson"],
            "topic": "Mobilität",
            "tag": "lorawan",
            "municipality": "kusel",
            "funded": "ja",
            "year": "2025",
            "sort": "newest",
        },
    )

    [(label, path, parameters)] = subscribe_links(response)
    assert (label, path) == ("Diese Suche abonnieren", "/abonnieren/")
    # The form's names; municipalities as a search type and the sorting are no subscription choice.
    assert parameters == {
        "query": ["Pegel sensoren"],
        "types": ["case_study", "lesson"],
        "topics": ["mobilitaet"],
        "tags": ["lorawan"],
        "municipalities": ["kusel"],
        "funded": ["true"],
        "year": ["2025"],
    }


def test_the_search_page_links_tags_by_their_slug_and_leaves_unknown_ones_out(client, choices, database_engine):
    Tag.objects.create(name="Straßenbeleuchtung")  # slug "strassenbeleuchtung"

    response = client.get("/suche/?tag=STRASSENBELEUCHTUNG&tag=gibt-es-nicht&tag=Straßenbeleuchtung")

    [(_, _, parameters)] = subscribe_links(response)
    assert parameters == {"tags": ["strassenbeleuchtung"]}


def test_an_empty_search_links_to_the_empty_form(client, choices, database_engine):
    assert subscribe_links(client.get("/suche/")) == [("Diese Suche abonnieren", "/abonnieren/", {})]


def test_a_failed_search_has_no_subscribe_link(client, choices, database_engine):
    assert client.get("/suche/?type=gibt-es-nicht").status_code == 400
    assert SUBSCRIBE_LINK.search(client.get("/suche/?type=gibt-es-nicht").content.decode()) is None


def test_the_home_page_calls_to_subscribe(client, choices):
    page = client.get("/").content.decode()

    section = page.split('<section class="subscribe-teaser"', 1)[1].split("</section>", 1)[0]
    assert "Neuigkeiten per E-Mail" in section
    assert '<a class="button" href="/abonnieren/">Neuigkeiten abonnieren</a>' in section
    assert 'href="/feeds/' in section or 'type="application/atom+xml"' in section


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("topics=mobilitaet", "topics", ["mobilitaet"]),
        ("topic=mobilitaet", "topics", ["mobilitaet"]),
        ("tags=lorawan", "tags", ["lorawan"]),
        ("tag=lorawan", "tags", ["lorawan"]),
        ("municipalities=kusel", "municipalities", ["kusel"]),
        ("types=case_study&types=event", "types", ["case_study", "event"]),
        ("type=lesson", "types", ["lesson"]),
    ],
)
def test_the_form_shows_a_links_choices_as_chosen(client, choices, query, name, expected):
    page = client.get(f"/abonnieren/?{query}").content.decode()

    assert checked(page, name) == expected


def test_the_form_takes_every_link_on_the_pages_as_it_is(client, choices, database_engine):
    """Follow each entry point's link: the form shows all of its choices."""
    urls = ["/themen/mobilitaet/", "/schlagworte/lorawan/", "/kommunen/kusel/", "/inhalte/artikel/?municipality=kusel"]
    expected = {
        "/themen/mobilitaet/": {"topics": ["mobilitaet"]},
        "/schlagworte/lorawan/": {"tags": ["lorawan"]},
        "/kommunen/kusel/": {"municipalities": ["kusel"]},
        "/inhalte/artikel/?municipality=kusel": {"types": ["article"], "municipalities": ["kusel"]},
    }
    for url in urls:
        [(_, path, parameters)] = subscribe_links(client.get(url))
        page = client.get(path, parameters).content.decode()
        for name in ("topics", "tags", "municipalities", "types"):
            assert checked(page, name) == expected[url].get(name, []), (url, name)


def test_the_form_keeps_a_searchs_text_and_filters(client, choices, database_engine):
    [(_, path, parameters)] = subscribe_links(
        client.get("/suche/?q=Pegel&type=case_study&topic=mobilitaet&tag=LoRaWAN&municipality=kusel&year=2025")
    )

    page = client.get(path, parameters).content.decode()

    assert 'name="query" value="Pegel"' in page
    assert checked(page, "types") == ["case_study"]
    assert checked(page, "topics") == ["mobilitaet"]
    assert checked(page, "tags") == ["lorawan"]
    assert checked(page, "municipalities") == ["kusel"]
    assert hidden(page, "year") == ["2025"]


def embeddable_form():
    """The example form of docs/subscriptions.md, as a browser would post it untouched."""
    text = (ROOT / "docs" / "subscriptions.md").read_text(encoding="utf-8")
    [block] = [block for block in re.findall(r"```html\n(.*?)```", text, re.S) if "<form" in block]
    return block


def test_the_documented_embeddable_form_subscribes_from_another_site(choices):
    """The example form, filled in on another website: no CSRF token, yet a subscription awaiting confirmation."""
    form = embeddable_form()
    assert 'action="https://wissensnetz.example.org/abonnieren/"' in form
    data = querydict_from_html(form)
    assert data.get("website") == ""
    data["email"] = "leser@example.org"
    data["consent"] = "1"

    response = Client(enforce_csrf_checks=True).post("/abonnieren/", data, HTTP_ORIGIN="https://www.kusel.example")

    assert response.status_code == 302
    assert response["Location"] == "/abonnieren/gesendet/"
    subscription = Subscription.objects.get(subscriber__email="leser@example.org")
    assert subscription.confirmed_at is None
    assert subscription.frequency == "weekly"
    assert subscription.types == ["case_study"]
    assert [municipality.slug for municipality in subscription.municipalities.all()] == ["kusel"]


def test_the_documented_embeddable_form_names_every_field_of_the_contract():
    form = embeddable_form()
    for name in ("email", "municipalities", "types", "frequency", "website", "consent"):
        assert f'name="{name}"' in form, name
    assert 'value="immediate"' in form and 'value="weekly"' in form
