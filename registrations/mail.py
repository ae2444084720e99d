"""The mails registered people get: German plain text, each with the cancellation link; those that give or
remind of a place carry the event as an iCalendar attachment (RFC 5545, `text/calendar; method=PUBLISH`).

The .ics uses the UID of the site's event calendar (exchange.feeds.ical), so a calendar that has both
shows the event once.
"""

from email.mime.text import MIMEText

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exchange.feeds.ical import calendar

#: kind -> (subject, whether the .ics is attached)
KINDS = {
    "confirmed": (gettext_lazy("Anmeldung bestätigt: %(title)s"), True),
    "waiting": (gettext_lazy("Warteliste: %(title)s"), False),
    "moved_up": (gettext_lazy("Ein Platz ist frei geworden: %(title)s"), True),
    "already": (gettext_lazy("Sie sind bereits angemeldet: %(title)s"), False),
    "reminder": (gettext_lazy("Erinnerung: %(title)s ist morgen"), True),
}


def absolute(path):
    """The public URL of a path on this site (settings.WAGTAILADMIN_BASE_URL is the site's own address)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def cancel_url(registration):
    return absolute(reverse("registrations:cancel", args=[registration.token]))


def event_ics(registration):
    """The event as an iCalendar file, its description ending with the cancellation link."""
    event = registration.event
    cal = calendar([event], None)
    cal.add("method", "PUBLISH")
    for component in cal.walk("VEVENT"):
        description = str(component.pop("description", ""))
        component.add("description", f"{description}\n\n{_('Absagen')}: {cancel_url(registration)}".strip())
    part = MIMEText(cal.to_ical().decode(), "calendar", "utf-8")
    part.set_param("method", "PUBLISH")
    part.add_header("Content-Disposition", "attachment", filename=f"{event.slug}.ics")
    return part


def registration_mail(registration, kind):
    """The mail of `kind` (tasks.Mail) about this registration."""
    subject, with_calendar = KINDS[kind]
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "event_url": event.get_full_url(None) or absolute(event.url or "/"),
        "cancel_url": cancel_url(registration),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    message = EmailMessage(
        subject=subject % {"title": event.title},
        body=render_to_string(f"registrations/mail/{kind}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    if with_calendar:
        message.attach(event_ics(registration))
    return message
