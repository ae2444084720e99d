"""Wagtail's image description is the one alt text: required in the admin, rendered as alt everywhere."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from exchange.models import ExchangeImage
from tests.factories import ArticlePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="bild.png")


def test_admin_form_asks_for_the_alt_text_once(admin_client):
    html = admin_client.get("/admin/images/add/").content.decode()
    assert 'name="description"' in html
    assert "Alternativtext" in html
    assert "alt_text" not in html


def test_upload_without_alt_text_is_refused(admin_client):
    response = admin_client.post("/admin/images/add/", {"title": "Marktplatz", "description": "", "file": png()})
    assert response.status_code == 200
    assert response.context["form"].errors["description"]
    assert not ExchangeImage.objects.exists()


def test_upload_with_alt_text_stores_it_as_description(admin_client):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Marktplatz", "description": "Marktplatz mit Brunnen", "file": png()}
    )
    assert response.status_code == 302
    assert ExchangeImage.objects.get().description == "Marktplatz mit Brunnen"


def test_figure_and_listing_image_render_the_description_as_alt(client, site_tree):
    image = ImageFactory(description="Rufbus an der Haltestelle", title="rufbus.jpg")
    page = ArticlePageFactory(title="Rufbus")
    page.listing_image = image
    page.body = [("figure", {"image": image, "caption": "", "credit": ""})]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'alt="Rufbus an der Haltestelle"' in html
    assert 'alt="rufbus.jpg"' not in html
