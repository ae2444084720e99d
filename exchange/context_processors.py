"""Template context every page needs: the main navigation."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def site_navigation(request):
    """Main navigation entries; the current one is marked with aria-current in the template."""
    items = [
        (_("Kommunen"), "/kommunen/"),
        (_("Praxisbeispiele"), reverse("exchange:type_listing", args=["praxisbeispiele"])),
        (_("Stolpersteine & Booster"), reverse("exchange:type_listing", args=["stolpersteine-und-booster"])),
        (_("Veranstaltungen"), reverse("exchange:type_listing", args=["veranstaltungen"])),
        (_("Themen"), reverse("exchange:topic_list")),
    ]
    return {
        "main_navigation": [
            {"label": label, "url": url, "current": request.path.startswith(url)} for label, url in items
        ]
    }
