"""Admin hooks of the editorial system."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from editorial.contacts import ContactViewSet, permission_policy
from exchange.models import Contact

# --- Roles: contacts by municipality ----------------------------------------------------------------------
# The policy is registered before the snippet, so every contact view and bulk action asks it.
register_permission_policy(Contact, permission_policy, exact_class=True)
register_snippet(ContactViewSet)
