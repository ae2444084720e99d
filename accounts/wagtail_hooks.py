"""The two-factor pages in the admin and their entry in the account menu."""

from django.urls import path, reverse
from wagtail import hooks

from accounts import views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("zwei-faktor/code/", views.verify, name="accounts_two_factor_verify"),
        path("zwei-faktor/", views.setup, name="accounts_two_factor_setup"),
        path("zwei-faktor/entfernen/", views.remove, name="accounts_two_factor_remove"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor_setup"),
        "label": "Zwei-Faktor-Anmeldung",
        "help_text": "Eine Authenticator-App als zweiten Faktor einrichten oder entfernen.",
    }
