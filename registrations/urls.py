"""/veranstaltungen/anmeldung/…: included before the page tree so no page can shadow them."""

from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("anmeldung/<int:event_id>/", views.register, name="register"),
    path("anmeldung/<int:event_id>/gesendet/", views.sent, name="sent"),
    path("anmeldung/<str:token>/absagen/", views.cancel, name="cancel"),
]
