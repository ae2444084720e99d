"""Contacts: the people a reader can reach about a municipality's experience."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Contact(index.Indexed, ClusterableModel):
    """A person with a role in a municipality (e.g. Chief Digital Officer), linked from the content they know about."""

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(
        _("Kurzname"), max_length=100, unique=True, help_text=_("Eindeutiger Kurzname für Import und Export.")
    )
    role = models.CharField(_("Funktion"), max_length=200, blank=True, help_text=_("z. B. „Chief Digital Officer“"))
    municipality = models.ForeignKey(
        "exchange.MunicipalityPage",
        verbose_name=_("Kommune"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contacts",
        help_text=_("Die Kommune, für die die Person spricht."),
    )
    email = models.EmailField(_("E-Mail"), blank=True, help_text=_("Dienstliche Adresse."))
    phone = models.CharField(_("Telefon"), max_length=50, blank=True, help_text=_("Dienstliche Nummer."))
    photo = models.ForeignKey(
        "exchange.ExchangeImage",
        verbose_name=_("Foto"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Nur mit Einwilligung der Person."),
    )
    topics = ParentalManyToManyField("exchange.Topic", blank=True, verbose_name=_("Themen"), related_name="contacts")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("municipality"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
        FieldPanel("topics"),
    ]

    search_fields = [index.SearchField("name"), index.SearchField("role"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kontakt")
        verbose_name_plural = _("Kontakte")

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
