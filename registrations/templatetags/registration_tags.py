"""`{% registration_section page %}`: the registration part of an event page (places, deadline, the form).

The event template renders it through this tag, so `exchange` never depends on registrations. After a
failed POST the view passes the bound form as `registration_form`, and the section shows its errors.
"""

from django import template
from django.utils import timezone

from home.models import FooterSettings

from ..consent import privacy_notice
from ..forms import RegistrationForm
from ..registering import free_places

register = template.Library()


@register.inclusion_tag("components/registration_section.html", takes_context=True)
def registration_section(context, event):
    request = context.get("request")
    now = timezone.now()
    if not event.registration_open or event.start <= now:
        return {"shown": False}
    places = free_places(event)
    form = context.get("registration_form")
    if form is None:
        form = RegistrationForm(questions=event.registration_questions.all())
    return {
        "shown": True,
        "request": request,
        "event": event,
        "form": form,
        "open": event.accepts_registrations(now),
        "free_places": places,
        "full": places == 0,
        "privacy_notice": privacy_notice(),
        "privacy_page": FooterSettings.for_request(request).privacy_page if request else None,
    }
