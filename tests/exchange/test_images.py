"""Image bombs: uploads above 40 megapixels are refused in German; stored ones are never decoded."""

import io
import logging

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.users.models import UserProfile

from exchange.models import ExchangeImage
from exchange.models.images import OversizedImageError
from tests.factories import ArticlePageFactory, ImageFactory, MunicipalityPageFactory

#: Pillow warns about the 121-megapixel test image on opening its header; that image is the point here.
pytestmark = [pytest.mark.django_db, pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")]

TOO_MANY_PIXELS = "Dieses Bild hat zu viele Pixel (121000000). Das Maximum ist 40000000."


def png(width, height):
    """A PNG of `width` × `height` one-bit pixels: a few kilobytes on disk, however many pixels."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb():
    """11,000 × 11,000 pixels: above the 40-megapixel limit, below Wagtail's default of 128."""
    return png(11_000, 11_000)


def upload(content, name="bild.png"):
    return ContentFile(content, name=name)


@pytest.fixture
def editor_client(client, site_tree):
    """A client logged in as a municipality's editor (who may add images), admin language German."""
    municipality = MunicipalityPageFactory(title="Landkreis Kusel")
    user = get_user_model().objects.create_user("redakteurin", password="geheim")
    user.groups.add(municipality.editorial_section.group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(user)
    return client


def test_editor_upload_above_limit_is_refused_in_german(editor_client, bomb):
    response = editor_client.post(
        "/admin/images/add/", {"title": "Luftbild", "description": "Luftbild", "file": upload(bomb)}
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not ExchangeImage.objects.exists()


def test_chooser_upload_above_limit_is_refused_in_german(editor_client, bomb):
    response = editor_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Luftbild",
            "image-chooser-upload-description": "Luftbild",
            "image-chooser-upload-file": upload(bomb),
        },
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.json()["htmlFragment"]
    assert not ExchangeImage.objects.exists()


def test_multiple_upload_above_limit_is_refused_in_german(editor_client, bomb):
    response = editor_client.post("/admin/images/multiple/add/", {"files[]": upload(bomb)})
    assert response.json() == {"success": False, "error_message": TOO_MANY_PIXELS}
    assert not ExchangeImage.objects.exists()


def test_editor_upload_at_limit_is_stored(editor_client):
    response = editor_client.post(
        "/admin/images/add/", {"title": "Karte", "description": "Karte", "file": upload(png(8_000, 5_000))}
    )
    assert response.status_code == 302
    assert ExchangeImage.objects.get().get_rect().size == (8_000, 5_000)


@pytest.fixture
def stored_bomb(bomb):
    """An image above the limit that got into the database without the upload form (e.g. before the limit)."""
    return ImageFactory(file=upload(bomb, "alt.png"))


def test_rendition_of_stored_bomb_is_refused_with_a_logged_error(stored_bomb, caplog):
    with caplog.at_level(logging.ERROR, logger="exchange.models.images"), pytest.raises(OversizedImageError):
        stored_bomb.get_rendition("fill-800x450")
    assert "exceeds WAGTAILIMAGES_MAX_IMAGE_PIXELS" in caplog.text
    assert not stored_bomb.renditions.exists()


def test_renditions_of_stored_bomb_are_refused_in_bulk_too(stored_bomb):
    with pytest.raises(OversizedImageError):
        stored_bomb.get_renditions("fill-800x450", "width-400")
    assert not stored_bomb.renditions.exists()


def test_page_showing_stored_bomb_still_renders(client, site_tree, stored_bomb):
    page = ArticlePageFactory(title="Mit Luftbild")
    page.body = [("figure", {"image": stored_bomb, "caption": "Luftbild", "credit": ""})]
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Mit Luftbild" in response.content.decode()


def test_rendition_of_image_at_limit_is_created():
    image = ImageFactory(file=upload(png(8_000, 5_000), "karte.png"))
    rendition = image.get_rendition("fill-800x450")
    assert (rendition.width, rendition.height) == (800, 450)
