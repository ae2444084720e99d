"""Admin registration of the snippets (topics, tags and contacts)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exchange.models import Contact, Tag, Topic


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


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "role"]


register_snippet(TopicViewSet)
register_snippet(TagViewSet)
register_snippet(ContactViewSet)
