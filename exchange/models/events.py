"""Events such as the KommunalCamp or a Kommunaldialog."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from exchange.choices import EventKind
from exchange.feeds import links

from .content import ContentPage


class EventPage(ContentPage):
    """An event with time, place (or online) and capacity; registration is added separately."""

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

    type_key = "event"
    type_order = 40
    listing_slug = "veranstaltungen"
    navigation_label = _("Veranstaltungen")
    exchange_fields = ("start", "end", "location", "online", "capacity", "event_kind")

    content_panels = (
        ContentPage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("event_kind")]),
                ],
                heading=_("Termin"),
            ),
            FieldPanel("body"),
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
        entry["date"] = entry["date"] or timezone.localtime(entry["start"]).date()
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = links.event_calendar_url(self)
        return context

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
