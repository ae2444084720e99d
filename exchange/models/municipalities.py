"""Municipality profiles and their index ("Kommunen")."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from exchange.choices import MunicipalityKind
from exchange.visibility import publicly_visible

CONTENT_PAGE_TYPES = [
    "exchange.CaseStudyPage",
    "exchange.LessonPage",
    "exchange.ArticlePage",
    "exchange.EventPage",
    "exchange.StrategyPage",
]


class MunicipalityIndexPage(Page):
    """Lists all municipalities; the one parent under which editors add municipality profiles."""

    intro = models.TextField(_("Einleitung"), blank=True, help_text=_("Kurzer Text über der Liste der Kommunen."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["exchange.MunicipalityPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Kommunenübersicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["municipalities"] = (
            publicly_visible(MunicipalityPage.objects.child_of(self)).select_related("logo").order_by("title")
        )
        return context


class MunicipalityPage(Page):
    """The profile of one municipality; its content lives below it so page permissions scope its editors."""

    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=MunicipalityKind.choices,
        blank=True,
        help_text=_("Gebietskörperschaft oder Verbund."),
    )
    state = models.CharField(_("Bundesland"), max_length=50, blank=True, help_text=_("z. B. „Rheinland-Pfalz“"))
    population = models.PositiveIntegerField(
        _("Einwohnerzahl"), null=True, blank=True, help_text=_("Nur mit belegter Quelle angeben.")
    )
    funded = models.BooleanField(
        _("Gefördertes Modellprojekt"),
        default=False,
        db_index=True,
        help_text=_("Angehakt bei Modellprojekten Smart Cities; leer bei Kommunen ohne Förderung."),
    )
    cohort = models.PositiveSmallIntegerField(
        _("Förderstaffel"), null=True, blank=True, help_text=_("Jahr der Auswahl als Modellprojekt (2019, 2020, 2021).")
    )
    motto = models.CharField(_("Motto"), max_length=255, blank=True, help_text=_("Titel des Smart-City-Projekts."))
    latitude = models.DecimalField(_("Breitengrad"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("Längengrad"), max_digits=9, decimal_places=6, null=True, blank=True)
    website = models.URLField(_("Website"), blank=True, help_text=_("Offizielle Projektseite."))
    logo = models.ForeignKey(
        "exchange.ExchangeImage",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wappen oder Projektlogo."),
    )
    summary = models.TextField(
        _("Kurzporträt"), blank=True, help_text=_("Zwei bis vier Sätze über die Kommune und ihr Vorhaben.")
    )
    source = models.TextField(
        _("Quellen"), blank=True, help_text=_("Woher die Angaben stammen (Adressen, durch Semikolon getrennt).")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("state")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("cohort"), FieldPanel("funded")]),
                FieldPanel("motto"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Steckbrief"),
        ),
        FieldPanel("summary"),
        FieldPanel("source"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("motto"),
        index.FilterField("kind"),
        index.FilterField("funded"),
        index.FilterField("state"),
    ]

    parent_page_types = ["exchange.MunicipalityIndexPage"]
    subpage_types = CONTENT_PAGE_TYPES

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")

    def get_context(self, request, *args, **kwargs):
        """Group the live content below this municipality by type, plus its contacts and strategy."""
        from exchange.listings import content_for_municipality

        context = super().get_context(request, *args, **kwargs)
        context.update(content_for_municipality(self))
        return context
