"""A page directly below the home page cannot take an address the site itself answers (search, feeds,
subscriptions, admin): the URL configuration serves those before the page tree, so the page would be lost."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def form_for(parent, slug, user):
    form_class = StandardPage.get_edit_handler().get_form_class()
    data = nested_form_data({"title": "Über uns", "slug": slug, "body": rich_text(""), "comments": inline_formset([])})
    return form_class(data, instance=StandardPage(), parent_page=parent, for_user=user)


@pytest.mark.parametrize(
    "slug", ["abonnieren", "veranstaltungen", "feeds", "suche", "api", "admin", "django-admin", "documents"]
)
def test_slugs_the_site_uses_are_refused_below_the_home_page(site_tree, admin_user, slug):
    home, _ = site_tree
    form = form_for(home, slug, admin_user)
    assert not form.is_valid()
    assert f"/{slug}/ gehört schon zu einer Funktion der Website" in form.errors["slug"][0]


def test_other_slugs_and_deeper_pages_are_free(site_tree, admin_user):
    home, _ = site_tree
    assert form_for(home, "ueber-uns", admin_user).is_valid()
    imprint = home.get_children().type(StandardPage).first()
    assert form_for(imprint, "abonnieren", admin_user).is_valid()


def test_the_slug_of_the_contacts_directory_is_taken_below_the_home_page(site_tree, admin_user):
    home, _ = site_tree
    form = form_for(home, "kontakte", admin_user)
    assert not form.is_valid() and "slug" in form.errors
