"""Articles: news and press releases from the network."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .content import ContentPage


class ArticlePage(ContentPage):
    """A dated article with author, intro (the summary) and a body with photos."""

    author = models.CharField(
        _("Autor/in"), max_length=200, blank=True, help_text=_("Name oder Stelle, z. B. „Pressestelle“.")
    )

    type_key = "article"
    type_order = 30
    listing_slug = "artikel"
    linked_from_home = True
    exchange_fields = ("author",)

    content_panels = (
        ContentPage.content_panels + [FieldPanel("author"), FieldPanel("body")] + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [index.SearchField("author")]

    class Meta:
        verbose_name = _("Artikel")
        verbose_name_plural = _("Artikel")
