"""Search URLs: the page and its JSON endpoints. Included before the page tree so no page can shadow them."""

from django.urls import path

from . import views

urlpatterns = [
    path("suche/", views.search, name="search"),
    path("api/search/", views.api_search, name="search_api"),
    path("api/search/suggest/", views.api_suggest, name="search_suggest"),
]
