"""/abonnieren/…: included before the page tree so no page can shadow them."""

from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("gesendet/", views.sent, name="sent"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("verwalten/<str:key>/", views.manage, name="manage"),
    path("abmelden/<str:key>/", views.unsubscribe, name="unsubscribe"),
]
