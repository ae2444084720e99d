"""Reports (Berichte): a content type the product does not have, declared the way each real type is.

Nothing else in the code names it; every list of types (listings, navigation, profile, import format,
search documents and facets) has to pick it up from the registry.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from exchange.models import ContentPage


class ReportPage(ContentPage):
    """A published report with the body that sums it up and who published it."""

    publisher = models.CharField(
        "Herausgeber", max_length=200, blank=True, help_text="Wer den Bericht herausgegeben hat."
    )

    type_key = "report"
    type_order = 60
    listing_slug = "berichte"
    navigation_label = "Berichte"
    linked_from_home = True
    exchange_fields = ("publisher",)

    content_panels = (
        ContentPage.content_panels + [FieldPanel("publisher"), FieldPanel("body")] + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [index.SearchField("publisher")]

    class Meta:
        verbose_name = "Bericht"
        verbose_name_plural = "Berichte"

    def type_specific_text(self):
        return [self.publisher]
