"""People registered for an event: personal data, kept only until `REGISTRATION_RETENTION_DAYS` after it.

A registration is a plain model, never a page. It holds what the person gave (name, address, organisation,
answers to the event's extra questions), its place (confirmed, waiting list, cancelled), the secret of its
cancellation link and the consent it was given under. A cancellation erases the person's data at once (the row
stays, anonymous, as a count); deleting the event deletes its registrations.
"""

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("angemeldet")
    WAITING = "waiting", _("Warteliste")
    CANCELLED = "cancelled", _("abgesagt")


#: The statuses that hold a place or a place in the queue: one such registration per address and event.
ACTIVE = (Status.CONFIRMED, Status.WAITING)


class Registration(models.Model):
    """One person's registration for one event. `token` is the secret in its cancellation link.

    The waiting list is served in order of `created_at`; `confirmed_at` is when the place was given (at once,
    or on moving up), `reminded_at` when the reminder was sent, so it is sent once.
    """

    event = models.ForeignKey(
        "exchange.EventPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("Veranstaltung")
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    #: The answers to the event's extra questions as [{"question": label, "answer": text}], in the form's order:
    #: the label is kept with the answer, so a question changed or removed later leaves the answer readable.
    answers = models.JSONField(_("Antworten"), default=list, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("angemeldet am"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("Platz erhalten am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)
    # Consent (Art. 7 DSGVO): the text agreed to and the version of the privacy notice shown with it.
    consent_text = models.TextField(_("bestätigter Text"))
    privacy_notice_version = models.CharField(_("Fassung der Datenschutzhinweise"), max_length=100)

    class Meta:
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=models.Q(status__in=ACTIVE),
                name="registration_once_per_event",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="registration_event_status")]

    def __str__(self):
        return f"Anmeldung {self.pk}"

    @property
    def is_active(self):
        return self.status in ACTIVE
