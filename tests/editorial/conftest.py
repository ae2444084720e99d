"""Shared parts of the editorial tests: users in roles, admin form data, and the real SMTP server."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail.users.models import UserProfile

from tests.factories import MunicipalityPageFactory
from tests.smtp import SMTPServer, send_mail_to


def member(group, username, email="", language="de"):
    """A user in `group` (the admin in `language`; "" for no preference)."""
    user = get_user_model().objects.create_user(username, email or f"{username}@example.org", "geheim")
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def superuser(username="admin"):
    return get_user_model().objects.create_superuser(username, f"{username}@example.org", "geheim")


def edit_form_data(client, page, **changes):
    """The page's edit form as a browser would send it (read with `client`, which must be allowed to), changed."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    if "body" in html:  # the body's blocks are drawn by the browser; an empty body is sent as a browser would
        data.update(nested_form_data({"body": streamfield([])}))
    for name, value in changes.items():
        data[name] = value
    return data


def denied(response):
    """Wagtail's refusals: a redirect to the admin's home with a message, 403/404, or the form sent back with an
    error on the field that named the foreign page or collection."""
    if response.status_code in (403, 404) or (response.status_code == 302 and response["Location"] == "/admin/"):
        return True
    form = (response.context or {}).get("form") if response.status_code == 200 else None
    return bool(form is not None and form.errors)


@pytest.fixture
def smtp(settings):
    """The real SMTP server on 127.0.0.1, with Django's SMTP backend sending to it."""
    server = SMTPServer()
    server.start()
    send_mail_to(settings, server)
    yield server
    server.stop()


@pytest.fixture
def ulm(site_tree):
    """A municipality with its section (made with it), for the freshness and dashboard tests."""
    return MunicipalityPageFactory(title="Stadt Ulm")


@pytest.fixture
def kusel(site_tree):
    return MunicipalityPageFactory(title="Landkreis Kusel")
