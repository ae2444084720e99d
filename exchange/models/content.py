"""The common parent of everything a municipality publishes, and what each content type declares about itself.

`ContentPage` is a concrete page so that one query can list content of every type by topic, tag or
date (newest first) while each type keeps its own fields in its own table. A type's class says what
differs about it (type key, listing slug, import fields, searchable text); the registry
(`exchange.models.registry`) lists the types, and every table of types is derived from the two.
"""

from django.db import models
from django.utils import timezone
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

from .body_text import stream_to_text
from .content_queries import ContentPageManager, municipality_model
from .listing_urls import type_listing_url
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

    last_reviewed = models.DateField(
        _("Zuletzt geprüft"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Wann die Redaktion zuletzt bestätigt hat, dass der Inhalt noch aktuell ist."),
    )

    objects = ContentPageManager()

    base_form_class = ContentPageForm
    is_creatable = False
    parent_page_types = ["exchange.MunicipalityPage"]
    subpage_types = []

    # What each type declares; its names (badge, listing heading) are the Meta's verbose names.
    #: Key of the type in the import format, in search documents and in the `type` search facet.
    type_key = "content"
    #: Where the type stands wherever types are listed (profile, search facets, import messages).
    type_order = 0
    #: URL slug of the type's listing page (/inhalte/<slug>/, a `TypeListingPage` titled `verbose_name_plural`).
    listing_slug = ""
    #: Menu title of the type's listing page when it is created (shown in the main navigation); None: not in it.
    navigation_label = None
    #: Whether the home page links to the type's listing ("Alle Praxisbeispiele").
    linked_from_home = False
    #: Whether a municipality profile shows the type as a group of its own.
    profile_group = True
    #: Type-specific fields of the import format, as model field (or child relation) names; a pair
    #: ("name in the file", "model field") where the two differ. Kinds and limits come from the fields.
    exchange_fields = ()
    #: Whether editors confirm now and then that the content is still current ("Zuletzt geprüft"): its
    #: freshness date is shown on the page and in search hits, and the stale-content report lists it.
    tracks_freshness = False

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
            municipalities = municipality_model(type(self)).objects
            self._municipality = municipalities.filter(path=self.path[: -self.steplen]).first()
        return self._municipality

    @municipality.setter
    def municipality(self, value):
        self._municipality = value

    @property
    def type_label(self):
        """Human name of the type, shown as a badge: the model's verbose name ("Praxisbeispiel")."""
        return self._meta.verbose_name

    @classmethod
    def listing_url(cls, municipality=None):
        """The address of the type's listing, filtered by a municipality when one is given."""
        return type_listing_url(cls.listing_slug, municipality)

    @classmethod
    def clean_exchange_entry(cls, entry):
        """Check an import entry across its fields; return {field: German message}. May fill in values."""
        return {}

    @property
    def freshness_date(self):
        """When the content was last known to be current: the editors' last confirmation, else the day it first
        went live (publishing passed review). None for a page never published."""
        if self.last_reviewed:
            return self.last_reviewed
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def with_content_json(self, content):
        """A revision restores the page's content, never an older "Zuletzt geprüft": confirming a page is current
        is not an edit (it creates no revision), so publishing any revision later keeps the date."""
        page = super().with_content_json(content)
        page.last_reviewed = self.last_reviewed
        return page

    def body_text(self):
        """The body as plain text: paragraphs and headings, as the import format and search documents read it."""
        return stream_to_text(self.body)

    def type_specific_text(self):
        """Texts only this type carries, searchable together with the body; each type adds its own."""
        return []
