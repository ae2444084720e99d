"""Smart-city strategies with their measures for 2023–2027."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from exchange.choices import MeasureStatus

from .body_text import html_to_text
from .content import ContentPage

STRATEGY_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]
RICH_TEXT_FIELDS = ("starting_situation", "challenges", "vision", "fields_of_action")


class StrategyPage(ContentPage):
    """A municipality's cross-sector strategy: starting point, challenges, vision, fields of action and measures."""

    starting_situation = RichTextField(
        _("Ausgangssituation"), blank=True, features=STRATEGY_FEATURES, help_text=_("Wo die Kommune steht.")
    )
    challenges = RichTextField(
        _("Herausforderungen"), blank=True, features=STRATEGY_FEATURES, help_text=_("Was zu lösen ist.")
    )
    vision = RichTextField(
        _("Leitbild und Vision"), blank=True, features=STRATEGY_FEATURES, help_text=_("Wohin die Kommune will.")
    )
    fields_of_action = RichTextField(
        _("Handlungsfelder"), blank=True, features=STRATEGY_FEATURES, help_text=_("Die Felder, in denen sie handelt.")
    )

    type_key = "strategy"
    type_order = 50
    listing_slug = "strategien"
    #: A profile shows its municipality's strategy on its own, not as a list.
    profile_group = False
    exchange_fields = (*RICH_TEXT_FIELDS, "measures")

    content_panels = (
        ContentPage.content_panels
        + [
            FieldPanel("starting_situation"),
            FieldPanel("challenges"),
            FieldPanel("vision"),
            FieldPanel("fields_of_action"),
            InlinePanel("measures", heading=_("Maßnahmen 2023–2027"), label=_("Maßnahme")),
        ]
        + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [
        index.SearchField("starting_situation"),
        index.SearchField("challenges"),
        index.SearchField("vision"),
        index.SearchField("fields_of_action"),
        index.RelatedFields("measures", [index.SearchField("title"), index.SearchField("description")]),
    ]

    class Meta:
        verbose_name = _("Strategie")
        verbose_name_plural = _("Strategien")

    def type_specific_text(self):
        texts = [html_to_text(getattr(self, name)) for name in RICH_TEXT_FIELDS]
        return texts + [f"{m.title}. {m.description}" for m in self.measures.all()]


class StrategyMeasure(Orderable):
    """One measure of a strategy, shown as a row of the measures table."""

    page = ParentalKey(StrategyPage, on_delete=models.CASCADE, related_name="measures")
    title = models.CharField(_("Titel"), max_length=255)
    field_of_action = models.ForeignKey(
        "exchange.Topic",
        verbose_name=_("Handlungsfeld"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("Status"), max_length=20, choices=MeasureStatus.choices, default=MeasureStatus.PLANNED)
    start_year = models.PositiveSmallIntegerField(_("Beginn (Jahr)"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("Ende (Jahr)"), null=True, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("field_of_action"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")

    def __str__(self):
        return self.title
