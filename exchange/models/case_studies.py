"""Case studies (Praxisbeispiele): what a municipality built, what it cost and how others can copy it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from exchange.choices import CaseStudyStatus
from exchange.visibility import publicly_visible

from .content import ContentPage


class CaseStudyPage(ContentPage):
    """A project told for re-use: status, costs, funding, partners, outcomes and transferability."""

    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=CaseStudyStatus.choices,
        default=CaseStudyStatus.PLANNING,
        db_index=True,
        help_text=_("Wie weit das Vorhaben ist."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("Startjahr"), null=True, blank=True, help_text=_("Jahr des Projektstarts.")
    )
    costs = models.TextField(
        _("Kosten"), blank=True, help_text=_("Größenordnung und wofür, z. B. „ca. 180.000 € Sachkosten“.")
    )
    funding = models.TextField(
        _("Finanzierung"), blank=True, help_text=_("Förderprogramm, Eigenanteil, Betriebskosten.")
    )
    partners = models.TextField(_("Partner"), blank=True, help_text=_("Beteiligte Ämter, Unternehmen, Vereine."))
    outcomes = models.TextField(
        _("Ergebnisse"), blank=True, help_text=_("Was sich messbar oder spürbar verändert hat.")
    )
    transferability = models.TextField(
        _("Übertragbarkeit"), blank=True, help_text=_("Was eine andere Kommune braucht, um das nachzumachen.")
    )

    type_key = "case_study"
    type_order = 10
    listing_slug = "praxisbeispiele"
    navigation_label = _("Praxisbeispiele")
    linked_from_home = True
    tracks_freshness = True
    exchange_fields = ("status", "start_year", "costs", "funding", "partners", "outcomes", "transferability")

    content_panels = (
        ContentPage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("status"), FieldPanel("start_year")]),
                    FieldPanel("costs"),
                    FieldPanel("funding"),
                    FieldPanel("partners"),
                ],
                heading=_("Eckdaten"),
            ),
            FieldPanel("body"),
            FieldPanel("outcomes"),
            FieldPanel("transferability"),
        ]
        + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [
        index.SearchField("outcomes"),
        index.SearchField("transferability"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("Praxisbeispiel")
        verbose_name_plural = _("Praxisbeispiele")

    def type_specific_text(self):
        return [self.costs, self.funding, self.partners, self.outcomes, self.transferability]

    def related_lessons(self):
        """Stolpersteine and Booster that refer to this case study."""
        return publicly_visible(self.lessons.all()).order_by("-date")
