"""Wagtail admin views for organisers: the events they may edit with their counts, one event's registrations,
and its CSV export.

Who may see an event's registrations is who may edit its page (`can_edit()`), checked on every request, so
each municipality's editors see their own events and the reviewers all. Exports are logged by user and event
id, never with an address.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from exchange.models import EventPage

from . import registering
from .exports import ordered_registrations, registrations_csv
from .models import ACTIVE, Registration, Status
from .registering import free_places

logger = logging.getLogger(__name__)


def editable_events(user):
    """The events `user` may edit (their municipality's, or all for reviewers and administrators)."""
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return EventPage.objects.filter(pk__in=pages.values("pk"))


def status_counts():
    """The annotations of an event queryset with its confirmed, waiting and cancelled registrations."""
    return {
        name: Count("registrations", filter=Q(registrations__status=status))
        for name, status in (
            ("confirmed", Status.CONFIRMED),
            ("waiting", Status.WAITING),
            ("cancelled", Status.CANCELLED),
        )
    }


def event_for(user, event_id):
    """The event, if `user` may edit it; PermissionDenied otherwise (the admin answers with its redirect)."""
    event = get_object_or_404(EventPage, pk=event_id)
    if not event.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return event


class RegistrationsAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


@method_decorator(never_cache, name="dispatch")
class EventIndexView(RegistrationsAdminMixin, TemplateView):
    """Every event the user may edit that takes or took registrations, newest first, with its counts."""

    page_title = _("Anmeldungen")
    template_name = "registrations/admin/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = (
            editable_events(self.request.user)
            .filter(Q(registration_open=True) | Exists(Registration.objects.filter(event=OuterRef("pk"))))
            .annotate(**status_counts())
            .order_by("-start")
            .only("title", "start", "capacity", "registration_open")
        )
        context["events"] = events
        return context


@method_decorator(never_cache, name="dispatch")
class EventRegistrationsView(RegistrationsAdminMixin, TemplateView):
    """One event's registrations: confirmed, the waiting list in its order; the cancelled as a number."""

    template_name = "registrations/admin/event.html"

    def dispatch(self, request, event_id, *args, **kwargs):
        self.event = event_for(request.user, event_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Anmeldungen: %(title)s") % {"title": self.event.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = ordered_registrations(self.event)
        groups = {status: [r for r in registrations if r.status == status] for status in ACTIVE}
        counts = {status: len(rows) for status, rows in groups.items()}
        counts[Status.CANCELLED] = Registration.objects.filter(event=self.event, status=Status.CANCELLED).count()
        context.update(
            event=self.event,
            groups=[(Status(status).label, status, groups[status]) for status in ACTIVE],
            counts=counts,
            free_places=free_places(self.event, counts[Status.CONFIRMED]),
            questions=[question.label for question in self.event.registration_questions.all()],
        )
        return context


@method_decorator(never_cache, name="dispatch")
class EventRegistrationsCSVView(View):
    def get(self, request, event_id):
        event = event_for(request.user, event_id)
        logger.info("Registrations of event %s exported by user %s", event.pk, request.user.pk)
        response = HttpResponse(registrations_csv(event), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="anmeldungen-{event.slug}.csv"'
        return response


class CancelRegistrationView(View):
    """An organiser cancels a registration for a participant who asked (by phone or mail): the same as the
    participant's own cancellation, so the data are erased and the waiting list moves up. POST only."""

    http_method_names = ["post"]

    def post(self, request, event_id, registration_id):
        event = event_for(request.user, event_id)
        registration = get_object_or_404(Registration, pk=registration_id, event=event, status__in=ACTIVE)
        registering.cancel(registration)
        logger.info("Registration %s of event %s cancelled by user %s", registration.pk, event.pk, request.user.pk)
        messages.success(request, _("Die Anmeldung ist abgesagt; die Angaben der Person sind gelöscht."))
        return redirect("registrations_admin:event", event_id=event.pk)
