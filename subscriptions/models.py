"""Readers who follow content by e-mail: an address, what it follows, and what was sent to it.

Personal data lives in `Subscriber` alone (the address); everything else hangs off it and goes with it
(`on_delete=CASCADE`), so deleting the subscriber, which unsubscribing does, leaves no trace of the address.
Tasks and delivery records carry ids, never the address.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: How long a confirmation link works; unconfirmed subscriptions are deleted after it (prune_subscriptions).
CONFIRMATION_DAYS = 7
#: Days between two weekly digests to one address.
DIGEST_DAYS = 7


def new_key():
    return secrets.token_urlsafe(32)


def new_nonce():
    return secrets.token_urlsafe(12)


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("sofort, eine E-Mail je neuem Inhalt")
    WEEKLY = "weekly", _("wöchentlich, als Zusammenfassung")


class Subscriber(models.Model):
    """One e-mail address. `key` is the secret in its links to manage or end its subscriptions."""

    email = models.EmailField(_("E-Mail-Adresse"), max_length=254, unique=True)
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_digest_at = models.DateTimeField(_("letzte Wochenübersicht"), null=True, blank=True)

    class Meta:
        verbose_name = _("Abonnent:in")
        verbose_name_plural = _("Abonnent:innen")
        permissions = [("manage_personal_data", _("Auskunft über Abonnent:innen erteilen und sie löschen"))]

    def __str__(self):
        return f"Abonnent:in {self.pk}"


class Subscription(models.Model):
    """What one address follows: any combination of topics, tags, municipalities and content types (OR within
    each, AND across them, like the search page's filters), or a saved search: query text plus the search
    page's other filters (`filters`, facet name -> values). Nothing chosen follows everything new.

    `has_*` say which criteria were chosen, so a deleted topic, tag or municipality narrows the subscription
    to nothing rather than widening it to everything.
    """

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    topics = models.ManyToManyField("exchange.Topic", blank=True, related_name="+", verbose_name=_("Themen"))
    tags = models.ManyToManyField("exchange.Tag", blank=True, related_name="+", verbose_name=_("Schlagworte"))
    municipalities = models.ManyToManyField(
        "exchange.MunicipalityPage", blank=True, related_name="+", verbose_name=_("Kommunen")
    )
    has_topics = models.BooleanField(default=False)
    has_tags = models.BooleanField(default=False)
    has_municipalities = models.BooleanField(default=False)
    types = models.JSONField(_("Inhaltsarten"), default=list, blank=True)
    query = models.CharField(_("Suchbegriff"), max_length=200, blank=True)
    filters = models.JSONField(_("weitere Suchfilter"), default=dict, blank=True)
    frequency = models.CharField(_("Häufigkeit"), max_length=10, choices=Frequency.choices)
    #: The choices in a canonical form: subscribing again with the same choices changes nothing.
    fingerprint = models.CharField(max_length=64)
    nonce = models.CharField(max_length=20, default=new_nonce, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Consent (Art. 7 DSGVO): when it was given and confirmed, to what, under which privacy notice.
    consent_text = models.TextField(_("bestätigter Text"))
    privacy_notice_version = models.CharField(_("Fassung der Datenschutzhinweise"), max_length=100)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("Abonnement")
        verbose_name_plural = _("Abonnements")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "fingerprint"], name="subscription_unique_choices")
        ]

    def __str__(self):
        return f"Abonnement {self.pk}"

    @property
    def is_saved_search(self):
        return bool(self.query or self.filters)


class Announcement(models.Model):
    """A page whose going live was handled: its notifications are recorded (Delivery), so later edits and
    re-publishing never announce it again."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    announced_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Page {self.page_id} announced"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("wartet")
    SENDING = "sending", _("wird gesendet")
    SENT = "sent", _("gesendet")


class Delivery(models.Model):
    """One page for one address, sent at once or collected for the weekly digest. Unique per (address, page):
    however many of its subscriptions a page matches, and however often a task runs, it is sent once."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    digest = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    #: Which worker claimed it (a random token per claim, see subscriptions.delivery).
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    #: The kind of the last failure (exception class and SMTP code), never its text: that may name the address.
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "page"], name="delivery_once_per_page")]
        indexes = [models.Index(fields=["status", "digest"], name="delivery_status_digest")]

    def __str__(self):
        return f"Delivery {self.pk} ({self.status})"
