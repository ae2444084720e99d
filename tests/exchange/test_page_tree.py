"""Where each page type may live, the fixed top of the tree, and editors scoped to their municipality."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Site

from contacts.models import ContactIndexPage
from exchange.models import (
    ArticlePage,
    CaseStudyPage,
    ContentIndexPage,
    ContentPage,
    EventPage,
    LessonPage,
    MunicipalityIndexPage,
    MunicipalityPage,
    StrategyPage,
    TagIndexPage,
    TopicIndexPage,
)
from home.models import FooterSettings, HomePage, StandardPage
from home.site_structure import ensure_site_structure
from tests.factories import ArticlePageFactory, MunicipalityPageFactory
from tests.sixth_type.models import ReportPage

pytestmark = pytest.mark.django_db

#: The product's five content types and the sixth that only the test settings install (tests/sixth_type).
CONTENT_TYPES = {CaseStudyPage, LessonPage, ArticlePage, EventPage, StrategyPage, ReportPage}


# --- which page goes where -------------------------------------------------------------------------


def test_municipality_index_allows_only_municipalities_below_it():
    assert set(MunicipalityIndexPage.allowed_subpage_models()) == {MunicipalityPage}


def test_municipality_allows_exactly_the_content_types_below_it():
    assert set(MunicipalityPage.allowed_subpage_models()) == CONTENT_TYPES


def test_municipality_lives_only_below_the_municipality_index():
    assert set(MunicipalityPage.allowed_parent_page_models()) == {MunicipalityIndexPage}


@pytest.mark.parametrize("model", sorted(CONTENT_TYPES, key=lambda m: m.__name__))
def test_content_types_live_only_below_a_municipality_and_have_no_children(model):
    assert set(model.allowed_parent_page_models()) == {MunicipalityPage}
    assert model.allowed_subpage_models() == []
    assert model.is_creatable


def test_content_page_itself_is_not_creatable(site_tree):
    municipality = MunicipalityPageFactory()
    assert not ContentPage.is_creatable
    assert not ContentPage.can_create_at(municipality)
    assert ContentPage not in Page.creatable_subpage_models()


def test_home_page_lives_only_below_the_root():
    assert set(HomePage.allowed_parent_page_models()) == {Page}
    assert set(HomePage.allowed_subpage_models()) == {
        MunicipalityIndexPage,
        StandardPage,
        ContentIndexPage,
        TopicIndexPage,
        TagIndexPage,
        ContactIndexPage,
    }


def test_can_create_at_puts_each_type_only_under_its_parent(site_tree):
    home, index = site_tree
    municipality = MunicipalityPageFactory()
    article = ArticlePageFactory(parent=municipality)
    parents = {"home": home, "index": index, "municipality": municipality, "article": article}

    def creatable_under(model):
        return {name for name, parent in parents.items() if model.can_create_at(parent)}

    assert creatable_under(MunicipalityPage) == {"index"}
    for model in CONTENT_TYPES:
        assert creatable_under(model) == {"municipality"}, model
    assert creatable_under(MunicipalityIndexPage) == set()  # max_count = 1, and it exists
    assert creatable_under(HomePage) == set()  # max_count = 1, and only below the root


# --- the fixed top of the tree ----------------------------------------------------------------------


def test_ensure_site_structure_is_idempotent():
    home, index = ensure_site_structure()
    pages = Page.objects.count()
    standard_pages = StandardPage.objects.count()

    assert ensure_site_structure() == (home, index)
    assert Page.objects.count() == pages
    assert StandardPage.objects.count() == standard_pages == 2
    assert HomePage.objects.count() == MunicipalityIndexPage.objects.count() == 1


def test_ensure_site_structure_points_default_site_at_home_and_links_footer_pages():
    home, index = ensure_site_structure()

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home
    assert index.get_parent().specific == home
    footer = FooterSettings.for_site(site)
    assert footer.imprint_page.slug == "impressum"
    assert footer.privacy_page.slug == "datenschutz"
    assert footer.imprint_page.get_parent().pk == footer.privacy_page.get_parent().pk == home.pk
    assert footer.imprint_page.live and footer.privacy_page.live


def test_ensure_site_structure_removes_wagtails_welcome_page():
    ensure_site_structure()

    assert list(Page.get_first_root_node().get_children().specific()) == [HomePage.objects.get()]


# --- editors scoped to one municipality ---------------------------------------------------------------


@pytest.fixture
def two_municipalities(site_tree):
    a = MunicipalityPageFactory(title="Kommune A")
    b = MunicipalityPageFactory(title="Kommune B")
    return a, b


@pytest.fixture
def editor_of_a(client, two_municipalities):
    """A logged-in editor whose group may add, change and publish pages below municipality A only."""
    a, _ = two_municipalities
    # The municipality's own editor group exists since its creation (editorial.signals); this one may publish too.
    group, _ = Group.objects.get_or_create(name="Redaktion Kommune A")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for permission_type in ("add", "change", "publish"):
        if not group.page_permissions.filter(page=a, permission__codename=f"{permission_type}_page").exists():
            GroupPagePermission.objects.create(group=group, page=a, permission_type=permission_type)
    user = get_user_model().objects.create_user("redakteurin", "redaktion@kommune-a.example", "geheim")
    user.groups.add(group)
    client.force_login(user)
    return client


def test_editor_can_open_add_subpage_in_own_municipality(editor_of_a, two_municipalities):
    a, _ = two_municipalities

    response = editor_of_a.get(f"/admin/pages/{a.id}/add_subpage/")

    assert response.status_code == 200


def test_editor_cannot_add_pages_in_other_municipality(editor_of_a, two_municipalities):
    _, b = two_municipalities

    response = editor_of_a.get(f"/admin/pages/{b.id}/add_subpage/")

    # Wagtail turns PermissionDenied in the admin into a redirect to the dashboard with an error message.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_editor_cannot_open_create_form_in_other_municipality(editor_of_a, two_municipalities):
    _, b = two_municipalities

    response = editor_of_a.get(f"/admin/pages/add/exchange/articlepage/{b.id}/")

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_editor_can_edit_page_in_own_municipality(editor_of_a, two_municipalities):
    a, _ = two_municipalities
    article = ArticlePageFactory(parent=a)

    response = editor_of_a.get(f"/admin/pages/{article.id}/edit/")

    assert response.status_code == 200


def test_editor_cannot_edit_page_in_other_municipality(editor_of_a, two_municipalities):
    _, b = two_municipalities
    article = ArticlePageFactory(parent=b)

    response = editor_of_a.get(f"/admin/pages/{article.id}/edit/")

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_editor_cannot_save_changes_to_page_in_other_municipality(editor_of_a, two_municipalities):
    _, b = two_municipalities
    article = ArticlePageFactory(parent=b, author="Pressestelle B")

    response = editor_of_a.post(f"/admin/pages/{article.id}/edit/", {"title": "Übernommen", "author": "A"})

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.author) != ("Übernommen", "A")
    assert article.author == "Pressestelle B"
