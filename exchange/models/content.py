"""The common parent of everything a municipality publishes.

`ContentPage` is a concrete page so that one query can list content of every type by topic, tag or
date (newest first) while each type keeps its own fields in its own table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from exchange.blocks import BodyBlock
from exchange.forms import ContentPageForm

from .tags import Tag


class ContentPageTag(ItemBase):
    """A free tag on a content page; tags are `exchange.Tag`, whose slugs always make a working link."""

    tag = models.ForeignKey(
        Tag,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_items",
        verbose_name=_("Schlagwort"),
    )
    content_object = ParentalKey("exchange.ContentPage", on_delete=models.CASCADE, related_name="tagged_items")


class ContentPage(Page):
    """Shared fields of case studies, lessons, articles, events and strategies; never created on its own."""

    summary = models.TextField(
        _("Zusammenfassung"),
        blank=True,
        help_text=_("Ein bis drei Sätze; erscheint in Listen, Suchergebnissen und Vorschauen."),
    )
    date = models.DateField(
        _("Datum"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Veröffentlichungs- bzw. Stichtag; bestimmt die Reihenfolge „neueste zuerst“."),
    )
    listing_image = models.ForeignKey(
        "exchange.ExchangeImage",
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optionales Bild für Listen und den Seitenkopf."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"), help_text=_("Der ausführliche Text."))
    topics = ParentalManyToManyField(
        "exchange.Topic",
        blank=True,
        related_name="pages",
        verbose_name=_("Themen"),
        help_text=_("Handlungsfelder, denen der Inhalt zugeordnet ist."),
    )
    tags = ClusterTaggableManager(
        through=ContentPageTag,
        blank=True,
        verbose_name=_("Schlagworte"),
        help_text=_("Freie Schlagworte, mit Komma getrennt."),
    )
    contacts = ParentalManyToManyField(
        "exchange.Contact",
        blank=True,
        related_name="pages",
        verbose_name=_("Ansprechpersonen"),
        help_text=_("Wer zu diesem Inhalt Auskunft gibt."),
    )

    base_form_class = ContentPageForm
    is_creatable = False
    parent_page_types = ["exchange.MunicipalityPage"]
    subpage_types = []

    #: Human name of the type, shown as a badge; overridden by each type.
    type_label = _("Inhalt")
    #: Key of the type in the import format and in URLs of type listings.
    type_key = "content"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("date"),
        FieldPanel("listing_image"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("tags"), FieldPanel("contacts")],
            heading=_("Einordnung"),
        )
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")

    @property
    def municipality(self):
        """The municipality this page belongs to (its parent); listings attach it in bulk instead."""
        if not hasattr(self, "_municipality"):
            from exchange.models.municipalities import MunicipalityPage

            self._municipality = MunicipalityPage.objects.filter(path=self.path[: -self.steplen]).first()
        return self._municipality

    @municipality.setter
    def municipality(self, value):
        self._municipality = value
