"""The fixed top of the page tree: home page, "Kommunen" index, imprint and privacy pages, and the listing
pages ("Inhalte" with one list per content type, "Themen", "Schlagworte") and the contacts directory
("Kontakte", from the contacts app).

Created on demand rather than in a data migration: after every `migrate` (home.signals) and by tests,
so a fresh database and an existing one reach the same tree and re-running changes nothing; a content
type added later gets its list at the next `migrate`. The importer and the demo loader only look the
"Kommunen" index up. It lives with the home page,
whose app owns the top of the tree; exchange's models need not know it.

The tree order makes the main navigation (exchange.context_processors): "Kommunen", then the type lists
with a `navigation_label`, then "Themen", then "Kontakte".
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from contacts.models import ContactIndexPage
from exchange.models import (
    ContentIndexPage,
    MunicipalityIndexPage,
    TagIndexPage,
    TopicIndexPage,
    TypeListingPage,
)
from exchange.models.registry import listed_content_page_types

from .models import FooterSettings, HomePage, StandardPage

IMPRINT_TEXT = (
    "<p>Wissensnetz – Wissensaustausch der Kommunen zur digitalen Transformation.</p>"
    "<p>Angaben gemäß § 5 DDG: Diese Demo-Installation hat keinen Betreiber. "
    "Tragen Sie hier Name, Anschrift und Kontakt der verantwortlichen Stelle ein.</p>"
)
PRIVACY_TEXT = (
    "<p>Diese Website bindet keine Inhalte Dritter ein: keine externen Schriften, keine Karten von "
    "Fremdservern, keine Analysewerkzeuge. Beim Aufruf verarbeitet der Server technisch notwendige "
    "Daten (IP-Adresse, Zeitpunkt, aufgerufene Seite), um die Seite auszuliefern.</p>"
    "<p>Tragen Sie hier die Kontaktdaten der/des Datenschutzbeauftragten und die Rechte der "
    "betroffenen Personen nach Art. 15–21 DSGVO ein.</p>"
)


@transaction.atomic
def ensure_site_structure():
    """Return (home page, municipality index), creating whatever of the fixed tree is missing."""
    home = HomePage.objects.first()
    if home is None:
        root = _ensure_wagtail_roots()
        home = HomePage(
            title=_("Wissensnetz"),
            slug="start",
            intro=_(
                "Modellprojekte Smart Cities teilen, was sie gelernt haben: Praxisbeispiele, Stolpersteine "
                "und Booster, Strategien und Ansprechpersonen – für alle Kommunen, die ihre digitale "
                "Transformation gestalten."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        _point_default_site_at(home)
    index = MunicipalityIndexPage.objects.first()
    if index is None:
        index = MunicipalityIndexPage(
            title=_("Kommunen"),
            slug="kommunen",
            intro=_("Geförderte Modellprojekte und Kommunen ohne Förderung, die ihre Erfahrungen teilen."),
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    site = Site.objects.get(root_page=home)
    footer = FooterSettings.for_site(site)
    if footer.imprint_page_id is None or footer.privacy_page_id is None:
        footer.imprint_page = footer.imprint_page or _standard_page(
            home, StandardPage, _("Impressum"), "impressum", IMPRINT_TEXT
        )
        footer.privacy_page = footer.privacy_page or _standard_page(
            home, StandardPage, _("Datenschutz"), "datenschutz", PRIVACY_TEXT
        )
        footer.save()
    content_index = _listing_page(home, ContentIndexPage, _("Inhalte"))
    _ensure_type_listings(content_index)
    _listing_page(
        home,
        TopicIndexPage,
        _("Themen"),
        intro=_("Die Handlungsfelder, in denen Kommunen ihre Erfahrungen teilen."),
        show_in_menus=True,
    )
    _listing_page(home, TagIndexPage, _("Schlagworte"))
    _listing_page(
        home,
        ContactIndexPage,
        _("Kontakte"),
        intro=_(
            "Die Menschen hinter den Erfahrungen: Fragen Sie die Kommune direkt – Ihre Nachricht leiten wir weiter."
        ),
        show_in_menus=True,
    )
    return home, index


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _listing_page(home, model, title, **fields):
    """The one page of a listing page type, created below the home page when missing."""
    return model.objects.first() or _publish_child(home, model(title=title, **fields))


def _ensure_type_listings(content_index):
    """One list per content type with a listing slug, in registry order; its menu title is the type's
    `navigation_label`, and only types with one are shown in menus."""
    present = set(TypeListingPage.objects.values_list("listing_type", flat=True))
    for model in listed_content_page_types():
        if model.type_key not in present:
            page = TypeListingPage(
                title=str(model._meta.verbose_name_plural),
                listing_type=model.type_key,
                menu_title=str(model.navigation_label or ""),
                show_in_menus=bool(model.navigation_label),
            )
            _publish_child(content_index, page)


def _ensure_wagtail_roots():
    """The tree root, default locale and root collection that Wagtail's migrations create.

    A flushed database (e.g. after a transactional test) lacks them; recreating them here keeps
    this function usable on any database.
    """
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def _point_default_site_at(home):
    """Make the default site serve the new home page and drop Wagtail's placeholder welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Wissensnetz"
        )
    else:
        site.root_page = home
        site.site_name = "Wissensnetz"
        site.save()
    if old_root and old_root.pk != home.pk and old_root.depth == 2 and not old_root.get_children().exists():
        old_root.delete()


def _standard_page(home, model, title, slug, body):
    page = model.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        page = model(title=title, slug=slug, body=body)
        home.add_child(instance=page)
        page.save_revision().publish()
    return page
