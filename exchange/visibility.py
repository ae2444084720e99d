"""One rule for what the public may see, used by every public surface: listings, profiles, search documents,
suggestions, related content, feeds and notifications.

A page is publicly visible when it is live, has not expired, and neither it nor an ancestor carries a view
restriction (password, login or groups, set in the admin's privacy dialog).
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page


def publicly_visible(pages):
    """The pages of a page queryset that the public may see."""
    not_expired = Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    return pages.live().public().filter(not_expired, expired=False)


def is_publicly_visible(page):
    """Whether the public may see this one page (one query)."""
    return publicly_visible(Page.objects.filter(pk=page.pk)).exists()
