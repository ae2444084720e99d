"""`make run`'s logins: after the demo and `setup_roles`, `ensure_dev_admin` makes an administrator, an editor of
Mayen-Koblenz confined to that section, and a reviewer."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from editorial.management.commands import ensure_dev_admin
from editorial.roles import REVIEWERS
from exchange.models import MunicipalityPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def password_file(tmp_path, monkeypatch, settings):
    settings.DEBUG = True
    path = tmp_path / "dev-admin-password"
    monkeypatch.setattr(ensure_dev_admin, "PASSWORD_FILE", path)
    return path


def test_demo_logins_are_an_administrator_an_editor_and_a_reviewer(demo, password_file):
    call_command("setup_roles", stdout=io.StringIO())
    out = io.StringIO()

    call_command("ensure_dev_admin", stdout=out)

    users = get_user_model().objects
    password = password_file.read_text().strip()
    assert password in out.getvalue()
    assert users.get(username="admin").is_superuser
    editor = users.get(username="redaktion-myk")
    assert editor.check_password(password)
    assert [group.name for group in editor.groups.all()] == ["Redaktion Landkreis Mayen-Koblenz"]
    myk = MunicipalityPage.objects.get(slug="mayen-koblenz")
    kusel = MunicipalityPage.objects.get(slug="kusel")
    assert myk.permissions_for_user(editor).can_edit()
    assert not kusel.permissions_for_user(editor).can_edit()
    assert [group.name for group in users.get(username="netzwerkredaktion").groups.all()] == [REVIEWERS]


def test_without_roles_it_names_the_missing_step(site_tree, password_file):
    with pytest.raises(CommandError, match="setup_roles"):
        call_command("ensure_dev_admin", stdout=io.StringIO())
