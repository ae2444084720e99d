"""The network's addresses, included before the page tree so no page can shadow them."""

from django.urls import path

from . import views

urlpatterns = [
    path("api/municipalities.geojson", views.municipalities_geojson, name="municipalities_geojson"),
    path("strategien/vergleich/", views.strategy_comparison, name="strategy_comparison"),
]
