"""Images with mandatory alternative text and credit, so every picture on the site is accessible and attributed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class ExchangeImage(AbstractImage):
    """Wagtail image whose alt text is required at upload (WCAG 1.1.1), with an optional credit line."""

    alt_text = models.CharField(
        _("Alternativtext"),
        max_length=255,
        help_text=_("Beschreibt das Bild für Menschen, die es nicht sehen können. Pflichtfeld."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Urheber oder Quelle, z. B. „Foto: Kreisverwaltung Mayen-Koblenz“."),
    )

    admin_form_fields = Image.admin_form_fields + ("alt_text", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")

    @property
    def default_alt_text(self):
        """Used by Wagtail's {% image %} tag when no alt is given."""
        return self.alt_text


class ExchangeRendition(AbstractRendition):
    """Resized versions of an ExchangeImage."""

    image = models.ForeignKey(ExchangeImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
