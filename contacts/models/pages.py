"""The contacts directory as a page in the tree (`/kontakte/`), so that it has breadcrumbs, an SEO title and an
intro editors write. Contacts are snippets (`exchange.Contact`), so each one's page and relay form are routes
below it; the routes' work is in `contacts.views`."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from contacts import views
from contacts.addresses import CONTACT_INDEX_SLUG, QUESTION_SEGMENT, SENT_SEGMENT
from exchange.models.listing_pages import ListingPage, refuses_invalid_parameters


class ContactIndexPage(RoutablePageMixin, ListingPage):
    """The people readers can reach (`/kontakte/`, filterable), one page per contact (`/kontakte/<slug>/`) and
    the relay form „Frage an die Kommune“ (`/kontakte/<slug>/frage/`), which mails the contact through the server
    so that their address is never printed on the site."""

    fixed_slug = CONTACT_INDEX_SLUG

    class Meta:
        verbose_name = _("Kontaktverzeichnis")

    @path("", name="directory")
    @refuses_invalid_parameters
    def directory(self, request):
        return views.directory(self, request)

    @path("<slug:slug>/", name="contact")
    @refuses_invalid_parameters
    def contact(self, request, slug):
        return views.contact(self, request, slug)

    @path(f"<slug:slug>/{QUESTION_SEGMENT}/", name="question")
    def question(self, request, slug):
        return views.question(self, request, slug)

    @path(f"<slug:slug>/{QUESTION_SEGMENT}/{SENT_SEGMENT}/", name="sent")
    def sent(self, request, slug):
        return views.sent(self, request, slug)
