"""Home page, standard pages and the footer settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from exchange.listings import home_page_context

from .forms import StandardPageForm


class HomePage(Page):
    """The entry page: latest content, topics with counts, municipalities and a call to subscribe."""

    intro = models.TextField(
        _("Einleitung"), blank=True, help_text=_("Ein bis zwei Sätze, die erklären, wozu das Wissensnetz da ist.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "exchange.MunicipalityIndexPage",
        "exchange.ContentIndexPage",
        "exchange.TopicIndexPage",
        "exchange.TagIndexPage",
        "contacts.ContactIndexPage",
        "home.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context())
        return context


class StandardPage(Page):
    """A plain editable page such as the imprint (Impressum) or the privacy notice (Datenschutz)."""

    body = RichTextField(_("Inhalt"), blank=True, help_text=_("Der Text der Seite."))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    base_form_class = StandardPageForm

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """Which pages the footer links to as imprint and privacy notice."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Seite mit dem Impressum."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutzerklärung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Seite mit der Datenschutzerklärung."),
    )

    panels = [FieldPanel("imprint_page"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("Fußzeile")
