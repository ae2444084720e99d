"""The public pages below /veranstaltungen/anmeldung/: the form's target, the "sent" page and the cancellation
(a page with a button: a mail scanner following the link cancels nothing).

The form lives on the event page (templatetags.registration_tags); when it has errors, this view renders the
event page again with the bound form, so the errors stand beside their fields. Every valid registration is
answered alike, whether it got a place, the waiting list or was already there: the result goes by mail, so the
page does not reveal who registered.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from exchange.models import EventPage
from exchange.visibility import publicly_visible
from home.models import FooterSettings

from . import registering
from .forms import RegistrationForm
from .models import Registration, Status
from .registering import Applicant, Outcome


def public_event(event_id):
    return get_object_or_404(publicly_visible(EventPage.objects.all()), pk=event_id)


def _limited(request, key, rate):
    return is_ratelimited(request, group="register", key=key, rate=rate, method="POST", increment=True)


def _address_key(group, request):
    """Per address and event: a person may register for many events, but one event cannot be used to flood
    an address with "already registered" mails."""
    return f"{request.resolver_match.kwargs['event_id']}:{request.POST.get('email', '').strip().lower()[:254]}"


def render_event_page(request, event, form, status):
    """The event page with this (bound) registration form, its errors beside the fields."""
    context = event.get_context(request)
    context["registration_form"] = form
    return TemplateResponse(request, event.get_template(request), context, status=status)


@require_POST
def register(request, event_id):
    event = public_event(event_id)
    if _limited(request, "ip", settings.REGISTRATION_RATE_PER_CLIENT):
        return render(request, "429.html", status=429)
    form = RegistrationForm(request.POST, questions=event.registration_questions.all())
    if not event.accepts_registrations():
        return render_event_page(request, event, form, status=409)
    if not form.is_valid():
        return render_event_page(request, event, form, status=400)
    if form.is_bot or _limited(request, _address_key, settings.REGISTRATION_RATE_PER_ADDRESS):
        return redirect("registrations:sent", event_id=event.pk)
    applicant = Applicant(
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        organisation=form.cleaned_data["organisation"],
        answers=form.answers(),
    )
    outcome = registering.register(event.pk, applicant, FooterSettings.for_request(request).privacy_page)
    if outcome == Outcome.CLOSED:
        return render_event_page(request, event, form, status=409)
    if outcome == Outcome.FULL:
        form.add_error(None, _("Leider sind inzwischen alle Plätze vergeben, und es gibt keine Warteliste."))
        return render_event_page(request, event, form, status=409)
    return redirect("registrations:sent", event_id=event.pk)


def sent(request, event_id):
    return render(request, "registrations/sent.html", {"event": public_event(event_id)})


@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, token):
    """GET asks, POST cancels. An unknown token (mistyped, or deleted after the event) is a 404."""
    registration = Registration.objects.select_related("event").filter(token=token).first()
    if registration is None:
        return render(request, "registrations/invalid_link.html", status=404)
    event = registration.event
    context = {"registration": registration, "event": event, "begun": event.start <= timezone.now()}
    if request.method == "POST" and registration.status != Status.CANCELLED and not context["begun"]:
        registering.cancel(registration)
        return render(request, "registrations/cancelled.html", context)
    return render(request, "registrations/cancel.html", context)
