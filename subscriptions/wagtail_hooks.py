"""The subscriptions' place in the Wagtail admin: an overview of the counts and, for those allowed, the
page for information and erasure; the permission for it can be given to groups in the admin."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views

app_name = "subscriptions_admin"
urlpatterns = [
    path("", admin_views.SubscriptionCountsView.as_view(), name="index"),
    path("auskunft/", admin_views.PersonalDataView.as_view(), name="personal_data"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("abonnements/", include((urlpatterns, app_name), namespace=app_name))]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_manage_personal_data(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    menu = Menu(
        items=[
            MenuItem(_("Übersicht"), reverse("subscriptions_admin:index"), icon_name="list-ul", order=100),
            PersonalDataMenuItem(
                _("Auskunft und Löschung"),
                reverse("subscriptions_admin:personal_data"),
                icon_name="user",
                order=200,
            ),
        ]
    )
    return SubmenuMenuItem(_("Abonnements"), menu, name="abonnements", icon_name="mail", order=215)


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="subscriptions", codename="manage_personal_data")
