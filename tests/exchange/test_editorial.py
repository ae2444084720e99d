"""Editorial groups: a municipality's editors work only in their own section and cannot publish alone."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from exchange.editorial import MODERATORS, editor_group_name, ensure_editorial_groups
from tests.factories import ArticlePageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections():
    a = MunicipalityPageFactory(title="Landkreis Kusel")
    b = MunicipalityPageFactory(title="Stadt Kaiserslautern")
    ensure_editorial_groups()
    return ArticlePageFactory(parent=a), ArticlePageFactory(parent=b)


def user_in(group_name):
    user = get_user_model().objects.create_user(group_name.lower().replace(" ", "-")[:30], password="geheim")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editor_may_edit_but_not_publish_own_municipality(sections):
    own, _ = sections
    editor = user_in(editor_group_name(own.get_parent()))
    permissions = own.permissions_for_user(editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_editor_cannot_open_other_municipalitys_page_in_admin(client, sections):
    own, other = sections
    client.force_login(user_in(editor_group_name(own.get_parent())))
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code == 302
    assert f"/pages/{other.pk}/" not in response["Location"]


def test_moderator_may_publish_in_every_municipality(sections):
    moderator = user_in(MODERATORS)
    assert all(page.permissions_for_user(moderator).can_publish() for page in sections)


def test_creating_groups_twice_changes_nothing(sections):
    before = (Group.objects.count(), Group.objects.get(name=MODERATORS).permissions.count())
    ensure_editorial_groups()
    assert (Group.objects.count(), Group.objects.get(name=MODERATORS).permissions.count()) == before
