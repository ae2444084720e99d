"""Rows that belong to an event: the extra questions of its registration form and the content its results
point to. Registrations themselves are personal data and live in the `registrations` app."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable


class EventRegistrationQuestion(Orderable):
    """One question an organiser adds to an event's registration form (e.g. „Kommune“, „Barrierefreiheit“);
    name, e-mail address and organisation are always asked."""

    event = ParentalKey("exchange.EventPage", on_delete=models.CASCADE, related_name="registration_questions")
    label = models.CharField(
        _("Frage"), max_length=200, help_text=_("z. B. „Welche Unterstützung brauchen Sie, um teilzunehmen?“")
    )
    hint = models.CharField(
        _("Hinweis"), max_length=255, blank=True, help_text=_("Erklärt die Frage; erscheint unter ihr im Formular.")
    )
    required = models.BooleanField(
        _("Pflichtangabe"), default=False, help_text=_("Angehakt: Ohne Antwort ist keine Anmeldung möglich.")
    )
    long_answer = models.BooleanField(
        _("Lange Antwort"), default=False, help_text=_("Angehakt: ein mehrzeiliges Textfeld statt einer Zeile.")
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("hint"),
        FieldRowPanel([FieldPanel("required"), FieldPanel("long_answer")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Zusatzfrage")
        verbose_name_plural = _("Zusatzfragen")

    def __str__(self):
        return self.label


class EventResultPage(Orderable):
    """A case study or lesson that came out of an event, chosen by the editor and shown with its results."""

    event = ParentalKey("exchange.EventPage", on_delete=models.CASCADE, related_name="result_pages")
    page = models.ForeignKey(
        "exchange.ContentPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Inhalt"),
        help_text=_("Ein Praxisbeispiel oder Stolperstein, der aus der Veranstaltung hervorging."),
    )

    panels = [PageChooserPanel("page", page_type=["exchange.CaseStudyPage", "exchange.LessonPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("Ergebnis-Inhalt")
        verbose_name_plural = _("Ergebnis-Inhalte")

    def __str__(self):
        return f"Ergebnis {self.page_id} der Veranstaltung {self.event_id}"
