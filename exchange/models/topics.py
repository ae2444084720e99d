"""Topics (Handlungsfelder): the controlled vocabulary every piece of content is filed under."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .listing_urls import topic_url


class Topic(index.Indexed, models.Model):
    """A field of action such as "Mobilität"; readers browse and follow content by topic."""

    name = models.CharField(_("Name"), max_length=100, unique=True, help_text=_("z. B. „Mobilität“"))
    slug = models.SlugField(
        _("Kurzname"),
        max_length=100,
        unique=True,
        help_text=_("Teil der Adresse /themen/<kurzname>/; nur Kleinbuchstaben, Ziffern und Bindestriche."),
    )
    description = models.TextField(
        _("Beschreibung"), blank=True, help_text=_("Ein bis zwei Sätze, was zu diesem Handlungsfeld gehört.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """The topic's route below the topic index (`/themen/<slug>/`)."""
        return topic_url(self.slug)
