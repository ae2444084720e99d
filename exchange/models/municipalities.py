"""Municipality profiles and their index ("Kommunen"), and what a profile shows of its content."""

from django.db import models
from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from exchange.choices import MunicipalityKind
from exchange.feeds import links
from exchange.visibility import publicly_visible

from .content import ContentPage
from .registry import content_page_types
from .strategies import StrategyPage
from .topics import Topic

#: How many of the newest items of each type a municipality profile shows; the rest are a link away.
PROFILE_ITEMS = 6


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
    publishes_without_review = models.BooleanField(
        _("Veröffentlicht ohne Prüfung"),
        default=False,
        help_text=_(
            "Angehakt: Die Redaktion der Kommune darf selbst veröffentlichen (z. B. erfahrene Modellprojekte). "
            "Leer: Jede Seite geht vor der Veröffentlichung an die Netzwerkredaktion."
        ),
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
        # Only reviewers and administrators see (and may send) it: an editor cannot make their own section trusted.
        FieldPanel("publishes_without_review", permission="exchange.set_review_trust"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("motto"),
        index.FilterField("kind"),
        index.FilterField("funded"),
        index.FilterField("state"),
    ]

    parent_page_types = ["exchange.MunicipalityIndexPage"]

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        permissions = [("set_review_trust", _("Darf festlegen, ob eine Kommune ohne Prüfung veröffentlicht"))]

    @classmethod
    def clean_subpage_models(cls):
        """A municipality holds content of every type of the registry (Wagtail's `subpage_types`, derived)."""
        return content_page_types()

    def get_context(self, request, *args, **kwargs):
        """Group the live content below this municipality by type, plus its contacts and strategy."""
        context = super().get_context(request, *args, **kwargs)
        context.update(self.profile_content())
        context["feed_links"] = [links.municipality_feed(self)]
        return context

    def profile_content(self, per_type=PROFILE_ITEMS):
        """The newest live content of each type below this municipality, how much there is, contacts and strategy.

        A fixed number of queries however much the municipality publishes: one for the counts per type, one
        for the newest items of every type, then the bulk preparation of those few pages.
        """
        content = ContentPage.objects.publicly_visible().newest_first().child_of(self)
        types = content_page_types()
        counts = content.order_by().aggregate(
            **{model.type_key: Count("pk", filter=content.type_q(model)) for model in types}
        )
        pages = content.newest_per_type(per_type).for_listing()
        for page in pages:
            page.municipality = self
        groups = []
        for model in types:
            items = [page for page in pages if isinstance(page, model)]
            if items and model.profile_group:
                count = counts[model.type_key]
                groups.append(
                    {
                        "heading": model._meta.verbose_name_plural,
                        "items": items,
                        "type_key": model.type_key,
                        "count": count,
                        "all_url": model.listing_url(self) if count > len(items) and model.listing_slug else None,
                    }
                )
        return {
            "content_groups": groups,
            "strategy": next((page for page in pages if isinstance(page, StrategyPage)), None),
            "contacts": self.contacts.select_related("photo").prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name"))
            ),
        }
