"""The registrations' place in the Wagtail admin: a menu entry for everyone who edits pages, and a button
"Anmeldungen" on each event page they may edit (header and page listing)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from exchange.models import EventPage

from . import admin_views

app_name = "registrations_admin"
urlpatterns = [
    path("", admin_views.EventIndexView.as_view(), name="index"),
    path("<int:event_id>/", admin_views.EventRegistrationsView.as_view(), name="event"),
    path("<int:event_id>/csv/", admin_views.EventRegistrationsCSVView.as_view(), name="csv"),
    path(
        "<int:event_id>/<int:registration_id>/absagen/",
        admin_views.CancelRegistrationView.as_view(),
        name="cancel",
    ),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("anmeldungen/", include((urlpatterns, app_name), namespace=app_name))]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RegistrationsMenuItem(
        _("Anmeldungen"), reverse("registrations_admin:index"), name="anmeldungen", icon_name="group", order=210
    )


class RegistrationsButton(PageMenuItem):
    label = _("Anmeldungen")
    icon_name = "group"

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, EventPage) and self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("registrations_admin:event", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    yield RegistrationsButton(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def page_listing_more_buttons(page, user, next_url=None):
    yield RegistrationsButton(page=page, priority=45)
