"""Admin forms of the home app's pages."""

from django.urls import URLResolver, get_resolver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

#: The URL name of Wagtail's page view, whose include answers every address the others leave.
PAGE_VIEW = "wagtail_serve"


def _serves_pages(resolver):
    return any(getattr(pattern, "name", None) == PAGE_VIEW for pattern in resolver.url_patterns)


def _taken(patterns, path):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if _serves_pages(pattern):
                continue
            match = pattern.pattern.match(path)
            if match is not None and (match[0] == "" or _taken(pattern.url_patterns, match[0])):
                return True
        elif pattern.pattern.match(path):
            return True
    return False


def taken_by_the_site(slug):
    """Whether /<slug>/ or an address below it is one of the site's own (search, feeds, subscriptions, admin,
    …), which the URL configuration answers before the page tree: a page there could not be reached."""
    return _taken(get_resolver().url_patterns, f"{slug}/")


class StandardPageForm(WagtailAdminPageForm):
    """Refuses a slug below the home page that one of the site's own addresses already uses."""

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        parent = self.parent_page
        if slug and parent is not None and parent.depth == 2 and taken_by_the_site(slug):
            self.add_error(
                "slug",
                _(
                    "Die Adresse /%(slug)s/ gehört schon zu einer Funktion der Website. Bitte wählen Sie einen anderen Kurznamen."
                )
                % {"slug": slug},
            )
        return cleaned_data
