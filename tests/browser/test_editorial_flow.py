"""The editorial round trip in a real browser: an editor writes a Stolperstein with a picture from their own
collection and submits it, a reviewer approves it, and the public finds it on the profile and in search."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image
from wagtail.users.models import UserProfile

from editorial.models import EditorialSection
from editorial.roles import REVIEWERS
from exchange.models import ExchangeImage, LessonPage, MunicipalityPage
from search import engines

from .test_accessibility import WCAG_21_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Fördermittelabruf scheitert an fehlender Kofinanzierung"
PASSWORD = "ein-langes-geheimes-passwort"


def admin_user(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    return user


def jpeg(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), colour).save(buffer, format="JPEG")
    return buffer


@pytest.fixture
def newsroom(site):
    """Roles set up as on a real site; an editor of Mayen-Koblenz with a photo in their collection, a reviewer."""
    call_command("setup_roles", stdout=io.StringIO())
    municipality = MunicipalityPage.objects.get(slug="mayen-koblenz")
    section = EditorialSection.objects.get(municipality=municipality)
    ExchangeImage.objects.create(
        title="Kreishaus Koblenz",
        description="Das Kreishaus in Koblenz",
        credit="Foto: Kreisverwaltung Mayen-Koblenz",
        collection=section.collection,
        file=ImageFile(jpeg("#2a6f97"), name="kreishaus.jpg"),
    )
    admin_user("redaktion-myk", section.group)
    admin_user("netzwerkredaktion", Group.objects.get(name=REVIEWERS))
    return municipality


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url.rstrip("/").endswith("/admin"), page.url


def footer_action(page, selector):
    """Open the editor footer's action menu and click one of its entries."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.locator(selector).click()


def test_editor_submits_reviewer_approves_public_finds_it(site, newsroom, browser_page):
    page = browser_page
    log_in(page, site.url, "redaktion-myk")

    page.goto(f"{site.url}/admin/pages/add/exchange/lessonpage/{newsroom.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Ohne gesicherten Eigenanteil verfiel ein bewilligter Zuschuss.")
    page.select_option("#id_lesson_kind", "stumbling_block")
    page.fill("#id_recommendation", "Den Eigenanteil vor dem Antrag im Haushalt sichern.")
    page.locator("[data-chooser-action-choose]").first.click()
    page.locator(".modal-content a", has_text="Kreishaus Koblenz").click()
    page.locator("[data-chooser-title]", has_text="Kreishaus Koblenz").wait_for()
    footer_action(page, "button[name='action-submit']")

    lesson = LessonPage.objects.get(title=TITLE)
    assert not lesson.live
    assert lesson.listing_image.title == "Kreishaus Koblenz"
    assert page.request.get(site.url + lesson.url_path.removeprefix("/home")).status == 404

    page.context.clear_cookies()  # log out
    log_in(page, site.url, "netzwerkredaktion")
    page.goto(f"{site.url}/admin/pages/{lesson.pk}/edit/")
    footer_action(page, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    lesson.refresh_from_db()
    assert lesson.live

    page.context.clear_cookies()  # log out
    engine = engines.get_engine()
    if hasattr(engine, "refresh"):
        engine.refresh()
    public_pages = {
        "lesson": lesson.get_url(),
        "profile": newsroom.get_url(),
        "search": "/suche/?q=Kofinanzierung",
    }
    for name, path in public_pages.items():
        response = page.goto(site.url + path)
        assert response.status == 200, name
        if name != "lesson":
            assert page.locator("main a", has_text=TITLE).count() >= 1, name
        results = Axe().run(page, options=WCAG_21_AA)
        assert results.violations_count == 0, f"{name}: {results.generate_report()}"
