"""Images with mandatory alternative text and credit, so every picture on the site is accessible and attributed."""

import logging

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError

logger = logging.getLogger(__name__)


class OversizedImageError(SourceImageIOError):
    """A stored image above the pixel limit; decoding it could take all the server's memory.

    A `SourceImageIOError`, so Wagtail's {% image %} tag and admin previews show a placeholder and the page
    still renders, as for a missing file.
    """


class ExchangeImage(AbstractImage):
    """Wagtail image whose alt text is required at upload (WCAG 1.1.1), with an optional credit line.

    The alt text is Wagtail's own `description` field, made required: Wagtail uses it as the default alt
    text of {% image %} and of images inserted into rich text, so there is one field to fill, not two.
    """

    description = models.CharField(
        _("Alternativtext"),
        max_length=255,
        default="",
        help_text=_("Beschreibt das Bild für Menschen, die es nicht sehen können. Pflichtfeld."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Urheber oder Quelle, z. B. „Foto: Kreisverwaltung Mayen-Koblenz“."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")

    def generate_rendition_file(self, filter, *, source=None):
        """Refuse, before anything is decoded, an image above WAGTAILIMAGES_MAX_IMAGE_PIXELS.

        Uploads are checked against the limit; this catches images stored before it was lowered (or that
        bypassed the form), which would otherwise be decoded in full for every new rendition.
        """
        limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        if limit and self.width * self.height > limit:
            logger.error(
                "Image %s (%d x %d pixels) exceeds WAGTAILIMAGES_MAX_IMAGE_PIXELS=%d; rendition %r not created",
                self.pk,
                self.width,
                self.height,
                limit,
                filter.spec,
            )
            raise OversizedImageError(f"{self.width} x {self.height} pixels exceed the limit of {limit}")
        return super().generate_rendition_file(filter, source=source)


class ExchangeRendition(AbstractRendition):
    """Resized versions of an ExchangeImage."""

    image = models.ForeignKey(ExchangeImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
