"""Contacts by municipality, through the snippet's admin URLs: editors handle their own, reviewers all."""

import pytest
from django.contrib.auth.models import Group

from editorial.roles import REVIEWERS, setup_roles
from exchange.models import Contact
from tests.factories import ContactFactory, MunicipalityPageFactory

from .conftest import denied, member

pytestmark = pytest.mark.django_db

URL = "/admin/snippets/exchange/contact/"


@pytest.fixture
def contacts(site_tree):
    kusel = MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel")
    myk = MunicipalityPageFactory(title="Landkreis Mayen-Koblenz", slug="mayen-koblenz")
    setup_roles()
    return {
        "kusel": ContactFactory(name="Anna Kusel", slug="anna", municipality=kusel),
        "myk": ContactFactory(name="Bernd Koblenz", slug="bernd", municipality=myk),
    }


@pytest.fixture
def editor(client, contacts):
    client.force_login(member(contacts["kusel"].municipality.editorial_section.group, "redaktion-kusel"))
    return client


def form(contact, **changes):
    data = {"name": contact.name, "slug": contact.slug, "role": contact.role, "municipality": contact.municipality_id}
    data.update(changes)
    return data


def test_editor_lists_only_own_municipalitys_contacts(editor):
    html = editor.get(URL).content.decode()
    assert "Anna Kusel" in html
    assert "Bernd Koblenz" not in html


def test_reviewer_lists_every_contact(client, contacts):
    client.force_login(member(Group.objects.get(name=REVIEWERS), "netzwerk"))
    html = client.get(URL).content.decode()
    assert "Anna Kusel" in html
    assert "Bernd Koblenz" in html


@pytest.mark.parametrize("view", ["edit", "inspect", "history", "usage", "copy", "delete"])
def test_editor_cannot_open_another_municipalitys_contact(editor, contacts, view):
    assert denied(editor.get(f"{URL}{view}/{contacts['myk'].pk}/"))


def test_editor_cannot_change_another_municipalitys_contact(editor, contacts):
    other = contacts["myk"]
    response = editor.post(f"{URL}edit/{other.pk}/", form(other, name="Geändert"))
    assert denied(response)
    assert Contact.objects.get(pk=other.pk).name == "Bernd Koblenz"


def test_editor_cannot_delete_another_municipalitys_contact(editor, contacts):
    assert denied(editor.post(f"{URL}delete/{contacts['myk'].pk}/"))
    assert Contact.objects.filter(pk=contacts["myk"].pk).exists()


def test_editor_cannot_bulk_delete_another_municipalitys_contact(editor, contacts):
    pk = contacts["myk"].pk
    editor.post(f"/admin/bulk/exchange/contact/delete/?id={pk}")
    assert Contact.objects.filter(pk=pk).exists()


def test_editor_bulk_deletes_own_contact(editor, contacts):
    pk = contacts["kusel"].pk
    editor.post(f"/admin/bulk/exchange/contact/delete/?id={pk}")
    assert not Contact.objects.filter(pk=pk).exists()


def test_editor_changes_own_contact(editor, contacts):
    own = contacts["kusel"]
    assert editor.get(f"{URL}edit/{own.pk}/").status_code == 200
    assert editor.post(f"{URL}edit/{own.pk}/", form(own, name="Anna Neu")).status_code == 302
    assert Contact.objects.get(pk=own.pk).name == "Anna Neu"


def test_editor_deletes_own_contact(editor, contacts):
    assert editor.post(f"{URL}delete/{contacts['kusel'].pk}/").status_code == 302
    assert not Contact.objects.filter(pk=contacts["kusel"].pk).exists()


def test_editor_adds_a_contact_to_own_municipality(editor, contacts):
    kusel = contacts["kusel"].municipality_id
    response = editor.post(f"{URL}add/", {"name": "Clara", "slug": "clara", "municipality": kusel})
    assert response.status_code == 302
    assert Contact.objects.get(slug="clara").municipality_id == kusel


def test_adding_a_contact_to_another_municipality_is_a_german_form_error(editor, contacts):
    myk = contacts["myk"].municipality_id
    response = editor.post(f"{URL}add/", {"name": "Clara", "slug": "clara", "municipality": myk})
    assert response.status_code == 200
    assert "Wählen Sie eine Kommune, für die Sie Redaktionsrechte haben." in response.content.decode()
    assert not Contact.objects.filter(slug="clara").exists()


def test_moving_own_contact_to_another_municipality_is_refused(editor, contacts):
    own = contacts["kusel"]
    response = editor.post(f"{URL}edit/{own.pk}/", form(own, municipality=contacts["myk"].municipality_id))
    assert response.status_code == 200
    assert Contact.objects.get(pk=own.pk).municipality_id == own.municipality_id


def test_an_editor_must_name_a_municipality(editor, contacts):
    response = editor.post(f"{URL}add/", {"name": "Clara", "slug": "clara", "municipality": ""})
    assert response.status_code == 200
    assert not Contact.objects.filter(slug="clara").exists()


def test_the_municipality_choice_offers_only_own_municipalities(editor, contacts):
    html = editor.get(f"{URL}add/").content.decode()
    assert "Landkreis Kusel" in html
    assert "Landkreis Mayen-Koblenz" not in html


def test_reviewer_changes_any_contact(client, contacts):
    client.force_login(member(Group.objects.get(name=REVIEWERS), "netzwerk"))
    other = contacts["myk"]
    assert client.post(f"{URL}edit/{other.pk}/", form(other, name="Bernd Neu")).status_code == 302
    assert Contact.objects.get(pk=other.pk).name == "Bernd Neu"
