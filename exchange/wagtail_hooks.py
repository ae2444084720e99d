"""Admin registration of the shared vocabulary (topics and tags); contacts are registered by `editorial`,
which scopes them to each editor's municipalities."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exchange.models import Tag, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TagViewSet(SnippetViewSet):
    """Editors rename and delete free tags here; a slug left empty is made from the name."""

    model = Tag
    icon = "tag"
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(TopicViewSet)
register_snippet(TagViewSet)
