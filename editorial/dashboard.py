"""The editors' panel on the admin home: what waits in their municipality, and what readers searched in vain.

An editor (a member of a municipality's editor group, `EditorialSection.group`) sees their sections' drafts,
the pending reviews and stale pages there; a reviewer (who may publish below „Kommunen“, or a superuser)
sees every pending review and stale page. The most frequent searches without results suggest new content.
A fixed number of queries, however many pages there are.
"""

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from exchange.models import ContentPage, MunicipalityIndexPage
from search.statistics import UNANSWERED_DAYS, unanswered_queries

from .freshness import content_of, stale_pages
from .models import EditorialSection

#: Entries per list; the heading says how many there are in all.
LIMIT = 8


def is_reviewer(user):
    """Whether the user reviews everyone's content: a superuser, or allowed to publish below „Kommunen“."""
    if user.is_superuser:
        return True
    index = MunicipalityIndexPage.objects.first()
    return index is not None and index.permissions_for_user(user).can_publish()


def user_sections(user):
    """The editorial sections whose editor group the user belongs to, with their municipality."""
    return list(EditorialSection.objects.filter(group__user=user).select_related("municipality"))


def pending_review(pages):
    """The pages of `pages` with a workflow in progress (submitted for review, not yet approved or rejected)."""
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type_id=get_default_page_content_type().pk,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return pages.filter(Exists(states))


class Listing:
    """Up to `LIMIT` pages of a queryset and how many there are."""

    def __init__(self, queryset):
        self.items = list(queryset[:LIMIT])
        self.count = queryset.count()

    @property
    def more(self):
        return self.count - len(self.items)


class EditorDashboard:
    """What the panel shows one user."""

    def __init__(self, user):
        self.user = user
        self.sections = user_sections(user)
        self.reviewer = is_reviewer(user)

    @property
    def shown(self):
        return bool(self.sections) or self.reviewer

    @cached_property
    def _own(self):
        return ContentPage.objects.filter(content_of([section.municipality for section in self.sections]))

    @cached_property
    def drafts(self):
        drafts = self._own.filter(Q(live=False) | Q(has_unpublished_changes=True))
        return Listing(drafts.order_by("-latest_revision_created_at", "-pk"))

    @cached_property
    def pending(self):
        """Pending reviews of any page: content and the municipality profiles themselves."""
        pages = Page.objects.all()
        if not self.reviewer:
            below = Q(pk__in=[])
            for section in self.sections:
                below |= Q(path__startswith=section.municipality.path)
            pages = pages.filter(below)
        return Listing(pending_review(pages).order_by("-latest_revision_created_at", "-pk"))

    @cached_property
    def stale(self):
        """Stale pages: everyone's for a reviewer, else the sections'."""
        return Listing(stale_pages(ContentPage.objects.all() if self.reviewer else self._own))

    @cached_property
    def unanswered(self):
        return unanswered_queries(limit=LIMIT)


class EditorDashboardPanel(Component):
    """The panel itself (`construct_homepage_panels`), shown to editors and reviewers only."""

    name = "editorial_dashboard"
    template_name = "editorial/dashboard_panel.html"
    order = 50

    def __init__(self, user):
        self.dashboard = EditorDashboard(user)

    @property
    def shown(self):
        return self.dashboard.shown

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["dashboard"] = self.dashboard
        context["unanswered_days"] = UNANSWERED_DAYS
        return context
