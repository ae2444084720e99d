"""The contacts directory (`/kontakte/`): a page in the tree with breadcrumbs and a menu entry, filters by
municipality, topic and role, strict parameters (400 naming the parameter) and a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import ContactIndexPage
from exchange.models import Contact, MunicipalityPage, Topic
from home.site_structure import ensure_site_structure
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db


def names(response):
    return [contact.name for contact in response.context["page_obj"].object_list]


def test_the_directory_is_created_once_below_the_home_page(site_tree):
    home, _ = site_tree
    ensure_site_structure()
    (directory,) = ContactIndexPage.objects.all()
    assert directory.get_parent().pk == home.pk and directory.slug == "kontakte" and directory.live


def test_the_directory_is_in_the_main_navigation(client, site_tree):
    entries = client.get("/kontakte/").context["main_navigation"]
    assert {"label": "Kontakte", "url": "/kontakte/", "current": True} in entries


def test_the_directory_lists_every_public_contact_by_name(client, contacts_site):
    response = client.get("/kontakte/")
    assert response.status_code == 200
    assert names(response) == ["Anna Becker", "Julia Wagner", "Otto Ohneadresse", "Petra Klein"]
    assert "4 Ansprechpersonen" in response.text
    assert '<span aria-current="page">Kontakte</span>' in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"municipality": "kusel"}, ["Julia Wagner", "Petra Klein"]),
        ({"topic": "mobilitaet"}, ["Anna Becker", "Julia Wagner"]),
        ({"role": "chief-digital-officer"}, ["Anna Becker", "Petra Klein"]),
        ({"municipality": "kusel", "role": "chief-digital-officer"}, ["Petra Klein"]),
        ({"municipality": "mayen-koblenz", "topic": "mobilitaet", "role": "chief-digital-officer"}, ["Anna Becker"]),
        (
            {"municipality": "", "topic": " ", "role": ""},
            ["Anna Becker", "Julia Wagner", "Otto Ohneadresse", "Petra Klein"],
        ),
    ],
)
def test_filters_narrow_the_directory(client, contacts_site, query, expected):
    response = client.get("/kontakte/", query)
    assert response.status_code == 200
    assert names(response) == expected


def test_the_filter_form_offers_the_values_in_use_and_keeps_the_choice(client, contacts_site):
    html = client.get("/kontakte/", {"role": "chief-digital-officer"}).text
    assert '<option value="chief-digital-officer" selected>Chief Digital Officer</option>' in html
    assert '<option value="smart-city-koordinatorin">Smart-City-Koordinatorin</option>' in html
    assert '<option value="kusel">Landkreis Kusel</option>' in html
    assert '<option value="mobilitaet">Mobilität</option>' in html
    assert '<label for="filter-role">Funktion</label>' in html


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("municipality", "atlantis"),
        ("municipality", "kein slug!"),
        ("topic", "raumfahrt"),
        ("topic", "ü" * 300),
        ("role", "buergermeisterin"),
        ("role", "chief digital officer"),
        ("page", "0"),
        ("page", "²"),
    ],
)
def test_an_unknown_value_is_a_400_naming_the_parameter(client, contacts_site, parameter, value):
    response = client.get("/kontakte/", {parameter: value})
    assert response.status_code == 400
    assert f"für den Parameter „{parameter}“" in response.text


def test_a_page_past_the_last_is_a_404(client, contacts_site):
    assert client.get("/kontakte/", {"page": "2"}).status_code == 404


def test_contacts_of_a_municipality_the_public_may_not_see_are_left_out(client, contacts_site):
    MunicipalityPage.objects.get(slug="mayen-koblenz").unpublish()
    response = client.get("/kontakte/")
    assert names(response) == ["Julia Wagner", "Petra Klein"]
    assert client.get("/kontakte/", {"municipality": "mayen-koblenz"}).status_code == 400
    assert 'value="mayen-koblenz"' not in response.text


def test_a_role_of_hidden_contacts_only_is_not_a_choice(client, contacts_site):
    MunicipalityPage.objects.get(slug="mayen-koblenz").unpublish()
    assert client.get("/kontakte/", {"role": "pressestelle"}).status_code == 400


def test_the_directory_pages_through_many_contacts(client, contacts_site):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    ContactFactory.create_batch(30, municipality=kusel, role="Digitallotse")
    first = client.get("/kontakte/", {"role": "digitallotse"})
    second = client.get("/kontakte/", {"role": "digitallotse", "page": "2"})
    assert len(names(first)) == 24 and len(names(second)) == 6
    assert 'href="?role=digitallotse&amp;page=2"' in first.text


def test_the_directory_costs_the_same_queries_for_few_and_many_contacts(client, contacts_site):
    kusel = MunicipalityPage.objects.get(slug="kusel")
    mobility = Topic.objects.get(slug="mobilitaet")
    query = {"municipality": "kusel", "topic": "mobilitaet", "role": "digitallotse"}

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/kontakte/", query).status_code == 200
        return len(captured)

    ContactFactory(municipality=kusel, role="Digitallotse").topics.add(mobility)
    queries()  # Wagtail caches the site root paths
    few = queries()
    for contact in ContactFactory.create_batch(20, municipality=kusel, role="Digitallotse"):
        contact.topics.add(mobility)
    assert Contact.objects.filter(role="Digitallotse").count() == 21
    assert queries() == few


def test_the_directory_stays_within_its_query_budget(client, contacts_site, django_assert_max_num_queries):
    client.get("/kontakte/")  # Wagtail caches the site root paths
    # Wagtail's routing and view restrictions, the navigation and footer, the filters' values, one page of contacts.
    with django_assert_max_num_queries(19):
        client.get("/kontakte/", {"municipality": "kusel", "topic": "mobilitaet", "role": "chief-digital-officer"})
