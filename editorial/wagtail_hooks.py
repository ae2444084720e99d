"""Admin hooks of the editorial app; each concern keeps its hooks in a block or module of its own."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from editorial import freshness_hooks  # noqa: F401 (registers the freshness and dashboard hooks)
from editorial.contacts import ContactViewSet, permission_policy
from editorial.models import EditorialSection
from exchange.models import Contact

# --- Roles: contacts by municipality ----------------------------------------------------------------------
# The policy is registered before the snippet, so every contact view and bulk action asks it.
register_permission_policy(Contact, permission_policy, exact_class=True)
register_snippet(ContactViewSet)


# --- Roles: a section's collection is not deleted while the municipality exists -----------------------------
@hooks.register("describe_collection_contents")
def describe_section(collection):
    """Wagtail refuses to delete a non-empty collection; a section's collection counts as holding its section."""
    section = EditorialSection.objects.filter(collection=collection).select_related("municipality").first()
    if section is not None:
        return {
            "count": 1,
            "count_text": _("Redaktionsbereich der Kommune „%(title)s“") % {"title": section.municipality.title},
            "url": reverse("wagtailadmin_pages:edit", args=[section.municipality_id]),
        }
