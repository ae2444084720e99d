"""Free tags: every tag has a readable, unique slug, its page works, and tags naming nothing are refused."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail.users.models import UserProfile

from exchange.models import ArticlePage, Tag
from exchange.models.tags import validate_tag_name
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def tagged_article(*tags, **kwargs):
    page = ArticlePageFactory(**kwargs)
    page.tags.add(*tags)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Bürger", "buerger"), ("Straße", "strasse"), ("ÖPNV-Anbindung", "oepnv-anbindung"), ("LoRaWAN", "lorawan")],
)
def test_slug_spells_german_letters_out(name, slug):
    assert Tag.objects.create(name=name).slug == slug


def test_tag_without_letters_gets_fallback_slug():
    assert Tag.objects.create(name="!!!").slug == "schlagwort"


def test_second_fallback_slug_is_numbered_not_underscored():
    Tag.objects.create(name="!!!")
    assert Tag.objects.create(name="🚲").slug == "schlagwort-2"


def test_colliding_slugs_are_numbered_from_two():
    Tag.objects.create(name="Straße")
    Tag.objects.create(name="Strasse")
    assert Tag.objects.create(name="STRASSE!").slug == "strasse-3"


def test_name_in_another_script_keeps_a_unicode_slug():
    assert Tag.objects.create(name="Київ").slug == "київ"


def test_slug_of_longest_name_leaves_room_for_a_number():
    first = Tag.objects.create(name="Ä" * 100)
    second = Tag.objects.create(name="Ä" * 99 + "!")
    assert len(first.slug) <= 100
    assert second.slug == f"{first.slug}-2"
    assert len(second.slug) <= 100


def test_slug_given_by_an_editor_is_kept():
    assert Tag.objects.create(name="Bürger", slug="buergerbeteiligung").slug == "buergerbeteiligung"


@pytest.mark.parametrize("name", ["!!!", "🚲", "–", "  "])
def test_validator_refuses_names_without_letter_or_digit(name):
    with pytest.raises(ValidationError) as error:
        validate_tag_name(name)
    assert "weder Buchstaben noch Ziffern" in error.value.messages[0]


@pytest.mark.parametrize("name", ["5G", "Bürger", "e-Akte", "Київ"])
def test_validator_accepts_names_with_letter_or_digit(name):
    validate_tag_name(name)


def test_validator_refuses_names_longer_than_the_column():
    with pytest.raises(ValidationError) as error:
        validate_tag_name("a" * 101)
    assert "höchstens 100 Zeichen" in error.value.messages[0]


def test_page_with_punctuation_tag_renders_and_links_to_its_tag_page(client, site_tree):
    page = tagged_article("!!!", title="Sensoren im Stadtpark")
    response = client.get(page.url)
    assert response.status_code == 200
    assert 'href="/schlagworte/schlagwort/"' in response.content.decode()
    tag_page = client.get("/schlagworte/schlagwort/")
    assert tag_page.status_code == 200
    assert "Sensoren im Stadtpark" in tag_page.content.decode()


def test_umlaut_tag_page_lists_its_content(client, site_tree):
    tagged_article("Bürgerbeteiligung", title="Beteiligung digital")
    response = client.get("/schlagworte/buergerbeteiligung/")
    assert response.status_code == 200
    assert "Beteiligung digital" in response.content.decode()


@pytest.fixture
def admin_client(client, site_tree):
    """A client logged in as a superuser whose admin language is German."""
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "geheim")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(user)
    return client


def edit_tags(client, page, tags):
    """Post the page's own edit form with `tags` as the tags field (save as draft); the body is built by JS."""
    url = f"/admin/pages/{page.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([]), "tags": tags}))
    return client.post(url, data)


def test_admin_page_form_refuses_tag_without_letters_in_german(admin_client):
    page = tagged_article("LoRaWAN")
    response = edit_tags(admin_client, page, "LoRaWAN, !!!")
    assert response.status_code == 200
    assert "Das Schlagwort „!!!“ enthält weder Buchstaben noch Ziffern." in response.content.decode()
    assert not Tag.objects.filter(name="!!!").exists()


def test_admin_page_form_accepts_ordinary_tags(admin_client):
    page = tagged_article("LoRaWAN")
    response = edit_tags(admin_client, page, "LoRaWAN, Straße")
    assert response.status_code == 302
    draft = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert sorted(tag.name for tag in draft.tags.all()) == ["LoRaWAN", "Straße"]


def test_editor_creates_tag_in_admin_with_slug_from_name(admin_client):
    response = admin_client.post("/admin/snippets/exchange/tag/add/", {"name": "Straße", "slug": ""})
    assert response.status_code == 302
    assert Tag.objects.get(name="Straße").slug == "strasse"


def test_admin_tag_form_refuses_second_spelling_of_a_tag(admin_client):
    Tag.objects.create(name="LoRaWAN")
    response = admin_client.post("/admin/snippets/exchange/tag/add/", {"name": "lorawan", "slug": ""})
    assert response.status_code == 200
    assert "Das Schlagwort „LoRaWAN“ gibt es schon." in response.content.decode()


def test_page_form_suggests_existing_tags_of_the_new_model(admin_client):
    page = tagged_article("Straße")
    edit_page = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "/admin/tag-autocomplete/exchange/tag/" in edit_page
    assert admin_client.get("/admin/tag-autocomplete/exchange/tag/", {"term": "stra"}).json() == ["Straße"]
