"""Wagtail admin views for subscriptions: how many readers follow what, and the data subject's rights.

The overview shows counts only, never an address, to anyone with admin access. The page for information
and erasure (Art. 15 and 17 DSGVO) is for superusers and holders of `subscriptions.manage_personal_data`,
checked on every request. Its address travels in POST bodies only, so it never lands in a URL, a log or
the browser history; it is not logged and no admin log entry is written with it.
"""

import json
import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from exchange.models import MunicipalityPage, Topic

from . import subscribing
from .forms import AddressField
from .models import Subscriber, Subscription

logger = logging.getLogger(__name__)

MANAGE_PERSONAL_DATA = "subscriptions.manage_personal_data"


def can_manage_personal_data(user):
    """Superusers and holders of the permission (`has_perm` is true for every permission of an active superuser)."""
    return user.is_active and user.has_perm(MANAGE_PERSONAL_DATA)


def _distinct_subscribers_by(field):
    """{related id: number of distinct subscribers with a confirmed subscription naming it}, in one query."""
    through = field.remote_field.through
    related = field.m2m_reverse_field_name()
    source = field.m2m_field_name()
    return dict(
        through.objects.filter(**{f"{source}__confirmed_at__isnull": False})
        .values(related)
        .annotate(subscribers=Count(f"{source}__subscriber", distinct=True))
        .values_list(related, "subscribers")
    )


def confirmed_and_pending(subscriptions):
    """{"confirmed": n, "pending": m} of a queryset of subscriptions, in one query."""
    return subscriptions.aggregate(
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
    )


def subscriber_counts():
    """Counts for the overview, in a fixed number of queries (six) whatever the number of topics and places.

    A subscriber counts for a topic or municipality when at least one of its confirmed subscriptions names
    it; unconfirmed subscriptions count only in the totals, as pending.
    """
    by_topic = _distinct_subscribers_by(Subscription._meta.get_field("topics"))
    by_municipality = _distinct_subscribers_by(Subscription._meta.get_field("municipalities"))
    topics = [(topic, by_topic.get(topic.pk, 0)) for topic in Topic.objects.order_by("name").only("name")]
    municipalities = [
        (municipality, by_municipality.get(municipality.pk, 0))
        for municipality in MunicipalityPage.objects.order_by("title").only("title")
    ]
    confirmed = Exists(Subscription.objects.filter(subscriber=OuterRef("pk"), confirmed_at__isnull=False))
    subscribers = Subscriber.objects.annotate(has_confirmed=confirmed).aggregate(
        confirmed=Count("pk", filter=Q(has_confirmed=True)), pending=Count("pk", filter=Q(has_confirmed=False))
    )
    return {
        "topics": topics,
        "municipalities": municipalities,
        "subscribers": subscribers,
        "subscriptions": confirmed_and_pending(Subscription.objects.all()),
    }


class SubscriptionsAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


@method_decorator(never_cache, name="dispatch")
class SubscriptionCountsView(SubscriptionsAdminMixin, TemplateView):
    """Per topic and per municipality, how many confirmed subscribers follow it; totals below."""

    page_title = _("Abonnements")
    template_name = "subscriptions/admin/counts.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(subscriber_counts())
        context["can_manage_personal_data"] = can_manage_personal_data(self.request.user)
        return context


class AddressForm(forms.Form):
    email = AddressField(
        error_messages={
            "required": _("Bitte geben Sie eine E-Mail-Adresse ein."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class Ambiguous(Exception):
    pass


def find_subscriber(email):
    """The subscriber with this address; or, when none has exactly this spelling, the only one that differs
    from it in case alone (mailboxes rarely tell case apart). Raises Ambiguous for several such."""
    subscriber = Subscriber.objects.filter(email=email).first()
    if subscriber is not None:
        return subscriber
    matches = list(Subscriber.objects.filter(email__iexact=email).order_by("pk")[:2])
    if len(matches) > 1:
        raise Ambiguous
    return matches[0] if matches else None


@method_decorator([never_cache, sensitive_post_parameters("email")], name="dispatch")
class PersonalDataView(SubscriptionsAdminMixin, TemplateView):
    """Look an address up, then download its data as JSON (Art. 15 DSGVO) or delete it (Art. 17 DSGVO).

    Every step is a POST with the address in its body: `action` is "lookup", "export" or "delete".
    """

    page_title = _("Auskunft und Löschung")
    template_name = "subscriptions/admin/personal_data.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_personal_data(request.user):
            raise PermissionDenied  # the admin's wrapper answers with its "no permission" redirect
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=AddressForm()))

    def post(self, request, *args, **kwargs):
        form = AddressForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            subscriber = find_subscriber(form.cleaned_data["email"])
        except Ambiguous:
            form.add_error(
                "email",
                _(
                    "Mehrere gespeicherte Adressen unterscheiden sich von dieser nur in Groß- und "
                    "Kleinschreibung. Bitte geben Sie die Adresse genau so ein, wie sie abonniert wurde."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if subscriber is None:
            return self.render_to_response(self.get_context_data(form=form, not_found=True))
        action = request.POST.get("action", "lookup")
        if action == "export":
            return self.export(subscriber)
        if action == "delete":
            return self.delete(subscriber)
        form = AddressForm(initial={"email": subscriber.email})
        return self.render_to_response(self.get_context_data(form=form, subscriber=subscriber, **summary(subscriber)))

    def export(self, subscriber):
        data = subscribing.export(subscriber)
        logger.info("Data of subscriber %s exported by user %s", subscriber.pk, self.request.user.pk)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="auskunft-abonnement-{subscriber.pk}.json"'
        return response

    def delete(self, subscriber):
        pk = subscriber.pk
        subscribing.forget(subscriber)
        logger.info("Subscriber %s deleted by user %s", pk, self.request.user.pk)
        messages.success(self.request, _("Alle Daten zu dieser Adresse wurden gelöscht."))
        return redirect(reverse("subscriptions_admin:personal_data"))


def summary(subscriber):
    """What the page shows of a found address: counts and dates, the details are in the download."""
    return {
        "subscriptions": confirmed_and_pending(subscriber.subscriptions.all()),
        "deliveries": subscriber.deliveries.count(),
    }
