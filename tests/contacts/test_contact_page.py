"""A contact's page (`/kontakte/<slug>/`): who they are, the public content naming them, the relay form, and
links to it from contact cards on content and municipality pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from exchange.models import ContentPage, MunicipalityPage
from tests.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def test_the_page_lists_the_contacts_case_studies_and_lessons_newest_first(client, contacts_site):
    response = client.get("/kontakte/julia-wagner/")
    assert response.status_code == 200
    assert titles(response) == ["Der Fahrplan kam zu spät", "Der Rufbus für die Dörfer"]
    html = response.text
    assert "<h1>Julia Wagner</h1>" in html and "Smart-City-Koordinatorin" in html
    assert 'href="/kommunen/kusel/rufbus/"' in html and 'href="/kommunen/kusel/fahrplan-zu-spaet/"' in html
    assert "Praxisbeispiel" in html and "Stolperstein" in html  # the type badges
    assert 'href="/kommunen/kusel/">Landkreis Kusel</a>' in html


def test_the_page_has_breadcrumbs_and_the_persons_name_as_title(client, contacts_site):
    html = client.get("/kontakte/julia-wagner/").text
    assert '<a href="/kontakte/">Kontakte</a>' in html
    assert '<span aria-current="page">Julia Wagner</span>' in html
    assert "<title>Julia Wagner – Wissensnetz</title>" in html


def test_content_the_public_may_not_see_is_left_out(client, contacts_site):
    ContentPage.objects.get(slug="rufbus").unpublish()
    lesson = ContentPage.objects.get(slug="fahrplan-zu-spaet")
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/kontakte/julia-wagner/")
    assert titles(response) == []
    assert "Noch keine veröffentlichten Beiträge." in response.text


def test_the_page_costs_the_same_queries_however_much_content_names_the_contact(client, contacts_site):
    from exchange.models import Contact

    julia = Contact.objects.get(slug="julia-wagner")
    kusel = MunicipalityPage.objects.get(slug="kusel")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/kontakte/julia-wagner/").status_code == 200
        return len(captured)

    queries()  # Wagtail caches the site root paths
    few = queries()
    for page in CaseStudyPageFactory.create_batch(8, parent=kusel):
        page.contacts.add(julia)
        page.save_revision().publish()
    assert queries() == few


def test_the_page_offers_the_relay_form_with_a_privacy_note(client, contacts_site):
    html = client.get("/kontakte/julia-wagner/").text
    assert 'action="/kontakte/julia-wagner/frage/"' in html and 'method="post"' in html
    assert "csrfmiddlewaretoken" in html
    for field in ("name", "email", "subject", "message", "consent", "website"):
        assert f'name="{field}"' in html
    assert "Hinweise zum Datenschutz" in html and "löschen wir die Nachricht" in html
    assert '<a class="button" href="#question">Frage an die Kommune stellen</a>' in html and 'id="question"' in html
    assert 'href="/datenschutz/">Zur Datenschutzerklärung</a>' in html


def test_a_contact_without_address_has_a_page_but_no_form(client, contacts_site):
    response = client.get("/kontakte/ohne-adresse/")
    assert response.status_code == 200
    assert 'name="message"' not in response.text and "nicht per Nachricht erreichbar" in response.text
    assert client.get("/kontakte/ohne-adresse/frage/").status_code == 404


@pytest.mark.parametrize(
    "path", ["/kontakte/niemand/", "/kontakte/niemand/frage/", "/kontakte/niemand/frage/gesendet/"]
)
def test_an_unknown_contact_is_a_404(client, contacts_site, path):
    assert client.get(path).status_code == 404


def test_a_contact_of_a_hidden_municipality_is_a_404(client, contacts_site):
    MunicipalityPage.objects.get(slug="kusel").unpublish()
    assert client.get("/kontakte/julia-wagner/").status_code == 404
    assert client.get("/kontakte/julia-wagner/frage/").status_code == 404


@pytest.mark.parametrize("path", ["/kommunen/kusel/rufbus/", "/kommunen/kusel/fahrplan-zu-spaet/", "/kommunen/kusel/"])
def test_contact_cards_link_the_contact_and_the_relay_form_without_the_address(client, contacts_site, path):
    html = client.get(path).text
    assert 'href="/kontakte/julia-wagner/">Julia Wagner</a>' in html
    assert 'href="/kontakte/julia-wagner/frage/">Frage an die Kommune' in html
    assert "j.wagner@kusel.example.org" not in html and "mailto:" not in html
    assert "+49 6381 000000-21" in html  # an office's phone number stays


def test_the_question_page_names_the_contact_in_breadcrumbs_and_title(client, contacts_site):
    html = client.get("/kontakte/julia-wagner/frage/").text
    assert "<h1>Frage an Julia Wagner</h1>" in html
    assert '<a href="/kontakte/julia-wagner/">Julia Wagner</a>' in html
    assert '<span aria-current="page">Frage an die Kommune</span>' in html
    assert '<meta name="robots" content="noindex">' in html


def test_search_results_link_the_contacts_page(contacts_site):
    from exchange.models import Contact
    from search.documents import contact_document

    document = contact_document(Contact.objects.select_related("municipality").get(slug="julia-wagner"))
    assert document["url"] == "/kontakte/julia-wagner/"
    assert "j.wagner@kusel.example.org" not in str(document)
