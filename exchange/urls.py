from django.urls import path

from exchange import views

app_name = "exchange"

urlpatterns = [
    path("themen/", views.topic_list, name="topic_list"),
    path("themen/<slug:slug>/", views.topic_detail, name="topic_detail"),
    path("schlagworte/<str:slug>/", views.tag_detail, name="tag_detail"),
    path("inhalte/<slug:type_slug>/", views.type_listing, name="type_listing"),
]
