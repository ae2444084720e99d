"""Editors cannot put a contact's e-mail address on a content page: the page form refuses it in any text field
and in the body, a mailto link included, naming the contact in German."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield
from wagtail.users.models import UserProfile

from exchange.models import ContentPage

pytestmark = pytest.mark.django_db

ADDRESS = "j.wagner@kusel.example.org"


@pytest.fixture
def admin_client(client, contacts_site):
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(user)
    return client


def edit(client, body="", **changes):
    page = ContentPage.objects.get(slug="rufbus")
    url = f"/admin/pages/{page.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([("paragraph", rich_text(body))] if body else [])}))
    for name, value in changes.items():
        data[name] = value
    return client.post(url, data)


def errors(response):
    return response.context["form"].errors


@pytest.mark.parametrize(
    "body",
    [
        f"<p>Schreiben Sie an {ADDRESS}.</p>",
        f'<p>Schreiben Sie <a href="mailto:{ADDRESS.upper()}">Julia Wagner</a>.</p>',
    ],
)
def test_a_contacts_address_in_the_body_is_refused(admin_client, body):
    response = edit(admin_client, body)
    assert response.status_code == 200
    (message,) = errors(response)["body"]
    assert message.startswith(f"Hier steht die E-Mail-Adresse von Julia Wagner ({ADDRESS}).")
    assert "„Frage an die Kommune“" in message


def test_a_contacts_address_in_another_text_field_is_refused(admin_client):
    response = edit(admin_client, summary=f"Fragen an {ADDRESS}")
    assert response.status_code == 200 and "summary" in errors(response)


def test_other_addresses_and_plain_text_are_accepted(admin_client):
    response = edit(admin_client, "<p>Die Pressestelle erreichen Sie unter presse@kreis.example.</p>")
    assert response.status_code == 302
