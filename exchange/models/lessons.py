"""Lessons learned: Stolpersteine (what tripped a project up) and Booster (what sped it up)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from exchange.choices import LessonCause, LessonKind, ProjectPhase

from .content import ContentPage


class LessonPage(ContentPage):
    """One lesson: in which phase, from which cause, what happened and what to do instead."""

    lesson_kind = models.CharField(
        _("Art"), max_length=20, choices=LessonKind.choices, db_index=True, help_text=_("Stolperstein oder Booster.")
    )
    phase = models.CharField(
        _("Projektphase"), max_length=20, choices=ProjectPhase.choices, blank=True, help_text=_("Wann es passiert ist.")
    )
    cause = models.CharField(
        _("Ursache"), max_length=20, choices=LessonCause.choices, blank=True, help_text=_("Worin es begründet lag.")
    )
    recommendation = models.TextField(
        _("Empfehlung"), blank=True, help_text=_("Was andere Kommunen daraus machen sollten.")
    )
    related_case_study = models.ForeignKey(
        "exchange.CaseStudyPage",
        verbose_name=_("Zugehöriges Praxisbeispiel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
        help_text=_("Das Vorhaben, in dem die Erfahrung gemacht wurde."),
    )
    source_url = models.URLField(
        _("Quelle"), blank=True, max_length=500, help_text=_("Öffentliche Quelle, falls es eine gibt.")
    )

    type_key = "lesson"
    type_order = 20
    listing_slug = "stolpersteine-und-booster"
    navigation_label = _("Stolpersteine & Booster")
    linked_from_home = True
    tracks_freshness = True
    exchange_fields = (
        "lesson_kind",
        "phase",
        "cause",
        "recommendation",
        "related_case_study",
        ("source", "source_url"),
    )

    content_panels = (
        ContentPage.content_panels
        + [
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("lesson_kind"), FieldPanel("phase"), FieldPanel("cause")])],
                heading=_("Einordnung der Erfahrung"),
            ),
            FieldPanel("body", heading=_("Was ist passiert?")),
            FieldPanel("recommendation"),
            FieldPanel("related_case_study"),
            FieldPanel("source_url"),
        ]
        + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [
        index.SearchField("recommendation"),
        index.FilterField("lesson_kind"),
        index.FilterField("phase"),
        index.FilterField("cause"),
    ]

    class Meta:
        verbose_name = _("Stolperstein oder Booster")
        verbose_name_plural = _("Stolpersteine und Booster")

    @property
    def badge_label(self):
        """ "Stolperstein" or "Booster" rather than the generic type name."""
        return self.get_lesson_kind_display()

    def type_specific_text(self):
        return [self.get_phase_display(), self.get_cause_display(), self.recommendation]
