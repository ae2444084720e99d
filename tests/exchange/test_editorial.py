"""Editorial groups: a municipality's editors work only in their own section and cannot publish alone."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.test.utils.form_data import querydict_from_html

from editorial.models import EditorialSection
from editorial.roles import REVIEWERS, setup_roles
from exchange.models import MunicipalityPage
from tests.factories import ArticlePageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections():
    a = MunicipalityPageFactory(title="Landkreis Kusel")
    b = MunicipalityPageFactory(title="Stadt Kaiserslautern")
    setup_roles()
    return ArticlePageFactory(parent=a), ArticlePageFactory(parent=b)


def user_in(group):
    user = get_user_model().objects.create_user(group.name.lower().replace(" ", "-")[:30], password="geheim")
    user.groups.add(group)
    return user


def editor_group(municipality):
    return EditorialSection.objects.get(municipality=municipality).group


def test_editor_may_edit_but_not_publish_own_municipality(sections):
    own, _ = sections
    editor = user_in(editor_group(own.get_parent()))
    permissions = own.permissions_for_user(editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_editor_cannot_open_other_municipalitys_page_in_admin(client, sections):
    own, other = sections
    client.force_login(user_in(editor_group(own.get_parent())))
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code == 302
    assert f"/pages/{other.pk}/" not in response["Location"]


def test_reviewer_may_publish_in_every_municipality(sections):
    reviewer = user_in(Group.objects.get(name=REVIEWERS))
    assert all(page.permissions_for_user(reviewer).can_publish() for page in sections)


def test_setting_up_roles_twice_changes_nothing(sections):
    before = (Group.objects.count(), Group.objects.get(name=REVIEWERS).permissions.count())
    setup_roles()
    assert (Group.objects.count(), Group.objects.get(name=REVIEWERS).permissions.count()) == before


# --- a municipality brings its own editor group ----------------------------------------------------------


def scoped_group(municipality):
    """The municipality's editor group, which may add and change pages below that municipality only."""
    group = editor_group(municipality)
    assert group.name == f"Redaktion {municipality.title}"
    assert {p.permission.codename for p in group.page_permissions.filter(page=municipality)} == {
        "add_page",
        "change_page",
    }
    assert not group.page_permissions.exclude(page=municipality).exists()
    return group


def test_municipality_created_in_the_admin_gets_its_editor_group(client, site_tree):
    _home, index = site_tree
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "geheim")
    client.force_login(admin)
    url = f"/admin/pages/add/exchange/municipalitypage/{index.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Stadt Zweibrücken", "slug": "zweibruecken"})

    response = client.post(url, data)

    assert response.status_code == 302
    scoped_group(MunicipalityPage.objects.get(slug="zweibruecken"))


def test_municipality_created_by_import_exchange_gets_its_editor_group(tmp_path, site_tree):
    path = tmp_path / "kommunen.json"
    path.write_text(json.dumps({"municipalities": [{"slug": "kusel", "name": "Landkreis Kusel"}]}), encoding="utf-8")

    call_command("import_exchange", str(path), "--no-progress", stdout=io.StringIO())

    scoped_group(MunicipalityPage.objects.get(slug="kusel"))


def test_setup_roles_gives_an_existing_municipality_without_section_its_section(site_tree):
    municipality = MunicipalityPageFactory(slug="kusel", title="Landkreis Kusel")
    EditorialSection.objects.filter(municipality=municipality).delete()

    setup_roles()

    scoped_group(municipality)


def test_editor_group_of_a_new_municipality_is_made_once(site_tree):
    municipality = MunicipalityPageFactory(title="Stadt Kaiserslautern")
    municipality.save_revision().publish()
    setup_roles()

    assert Group.objects.filter(name=f"Redaktion {municipality.title}").count() == 1
    scoped_group(municipality)
