"""Events such as the KommunalCamp or a Kommunaldialog."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from exchange.choices import EventKind
from exchange.feeds import links
from exchange.visibility import publicly_visible

from .content import ContentPage

RESULTS_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "document-link"]


class EventPage(ContentPage):
    """An event with time, place (or online), its registration settings and, afterwards, its results.

    The registrations themselves are personal data in the `registrations` app, which renders the form on the
    page through a template tag; this class only says whether and until when people may register.
    """

    start = models.DateTimeField(_("Beginn"), db_index=True, help_text=_("Datum und Uhrzeit des Beginns."))
    end = models.DateTimeField(_("Ende"), null=True, blank=True, help_text=_("Leer lassen, wenn offen."))
    location = models.CharField(_("Ort"), max_length=255, blank=True, help_text=_("Adresse oder „Online“."))
    online = models.BooleanField(
        _("Online-Veranstaltung"), default=False, help_text=_("Angehakt, wenn sie im Netz stattfindet.")
    )
    capacity = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, help_text=_("Leer lassen, wenn unbegrenzt.")
    )
    event_kind = models.CharField(
        _("Format"), max_length=20, choices=EventKind.choices, blank=True, help_text=_("z. B. Kommunaldialog.")
    )
    registration_open = models.BooleanField(
        _("Anmeldung geöffnet"),
        default=False,
        help_text=_("Angehakt: Die Seite zeigt das Anmeldeformular bis zum Anmeldeschluss."),
    )
    registration_deadline = models.DateTimeField(
        _("Anmeldeschluss"), null=True, blank=True, help_text=_("Leer lassen: Anmeldung bis zum Beginn.")
    )
    registration_waiting_list = models.BooleanField(
        _("Warteliste"),
        default=True,
        help_text=_(
            "Angehakt: Sind alle Plätze vergeben, kommen weitere Anmeldungen auf die Warteliste und rücken "
            "bei Absagen automatisch nach. Leer: Die Anmeldung schließt, wenn alle Plätze vergeben sind."
        ),
    )
    results = RichTextField(
        _("Ergebnisse"),
        blank=True,
        features=RESULTS_FEATURES,
        help_text=_("Nach der Veranstaltung: was herauskam, Präsentationen, Protokoll. Erscheint auf der Seite."),
    )

    type_key = "event"
    type_order = 40
    listing_slug = "veranstaltungen"
    navigation_label = _("Veranstaltungen")
    exchange_fields = (
        "start",
        "end",
        "location",
        "online",
        "capacity",
        "event_kind",
        "registration_open",
        "registration_deadline",
        "registration_waiting_list",
        "registration_questions",
        "results",
    )

    content_panels = (
        ContentPage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
                    FieldPanel("event_kind"),
                ],
                heading=_("Termin"),
            ),
            FieldPanel("body"),
            MultiFieldPanel(
                [
                    FieldPanel("registration_open"),
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                    FieldPanel("registration_waiting_list"),
                    InlinePanel("registration_questions", heading=_("Zusatzfragen"), label=_("Zusatzfrage")),
                ],
                heading=_("Anmeldung"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("results"),
                    InlinePanel("result_pages", heading=_("Inhalte aus der Veranstaltung"), label=_("Inhalt")),
                ],
                heading=_("Ergebnisse"),
            ),
        ]
        + ContentPage.classification_panels
    )

    search_fields = ContentPage.search_fields + [index.SearchField("location"), index.FilterField("start")]

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende muss nach dem Beginn liegen.")})
        if self.start and self.registration_deadline and self.registration_deadline > (self.end or self.start):
            raise ValidationError(
                {"registration_deadline": _("Der Anmeldeschluss darf nicht nach der Veranstaltung liegen.")}
            )

    def save(self, *args, **kwargs):
        """Events sort by their start day unless an editor set another date."""
        if self.start and not self.date:
            self.date = timezone.localtime(self.start).date()
        super().save(*args, **kwargs)

    @classmethod
    def clean_exchange_entry(cls, entry):
        """An imported event must not end before it starts; without a date of its own it is dated by its start
        day (as `save` does)."""
        if entry["end"] and entry["end"] < entry["start"]:
            return {"end": _("liegt vor dem Beginn („start“).")}
        deadline = entry["registration_deadline"]
        if deadline and deadline > (entry["end"] or entry["start"]):
            return {"registration_deadline": _("liegt nach der Veranstaltung.")}
        entry["date"] = entry["date"] or timezone.localtime(entry["start"]).date()
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = links.event_calendar_url(self)
        context["result_pages"] = self.visible_result_pages()
        return context

    def visible_result_pages(self):
        """The case studies and lessons chosen as results that the public may see, in the editor's order."""
        chosen = [row.page_id for row in self.result_pages.all()]
        if not chosen:
            return []
        visible = {page.pk: page for page in publicly_visible(ContentPage.objects.filter(pk__in=chosen)).for_listing()}
        return [visible[pk] for pk in chosen if pk in visible]

    def type_specific_text(self):
        return [self.location, self.get_event_kind_display()]

    @property
    def place(self):
        """Where it takes place, as the page and calendars show it ("Online – Kusel"); empty when not yet known."""
        if self.online:
            return f"{_('Online')} – {self.location}" if self.location and self.location != "Online" else _("Online")
        return self.location

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def registration_closes_at(self):
        """Until when people may register: the deadline, or else the start."""
        return self.registration_deadline or self.start

    def accepts_registrations(self, now=None):
        """Whether the form is open now: switched on by the editor, before the deadline (or the start)."""
        return self.registration_open and (now or timezone.now()) < self.registration_closes_at
