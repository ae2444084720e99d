"""Template context every page needs: the main navigation."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from exchange.models.registry import listed_content_page_types


def site_navigation(request):
    """Main navigation entries; the current one is marked with aria-current in the template.

    Between "Kommunen" and "Themen" come the listings of the content types that name a `navigation_label`.
    """
    items = [
        (_("Kommunen"), "/kommunen/"),
        *(
            (model.navigation_label, model.listing_url())
            for model in listed_content_page_types()
            if model.navigation_label
        ),
        (_("Themen"), reverse("exchange:topic_list")),
    ]
    return {
        "main_navigation": [
            {"label": label, "url": url, "current": request.path.startswith(url)} for label, url in items
        ]
    }
