"""iCalendar (RFC 5545) of the public events: upcoming ones as a calendar to subscribe to, and one .ics file
per event to add it to a calendar.

Times are written in the site's zone (`TIME_ZONE`, Europe/Berlin) with its VTIMEZONE, so a client shows
the local time the event was announced in and handles daylight saving itself. An event without an end
has no DTEND (RFC 5545: it ends when it starts), rather than an invented duration. DTSTAMP and
LAST-MODIFIED are the page's last publication, so the same content gives the same file; the VTIMEZONE
covers the years the events span. UIDs are the
page id at the site's host, stable when the page is renamed or moved.
"""

from datetime import date
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from exchange import listings
from exchange.models.events import EventPage
from exchange.visibility import publicly_visible

#: How many upcoming events the calendar holds, soonest first.
CALENDAR_EVENTS = 500
CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODUCT_ID = "-//Wissensnetz//Veranstaltungen//DE"


def event_component(event, request):
    """One event as a VEVENT."""
    zone = ZoneInfo(settings.TIME_ZONE)
    url = event.get_full_url(request)
    component = Event()
    component.add("uid", f"{event.pk}@{urlsplit(url).hostname}")
    stamp = event.last_published_at or event.first_published_at or timezone.now()
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    component.add("dtstart", event.start.astimezone(zone))
    if event.end:
        component.add("dtend", event.end.astimezone(zone))
    component.add("summary", event.title)
    if event.place:
        component.add("location", event.place)
    component.add("description", "\n\n".join(part for part in (event.summary, url) if part))
    component.add("url", url)
    if event.event_kind:
        component.add("categories", [event.get_event_kind_display()])
    return component


def calendar(events, request, name=None):
    """A VCALENDAR of `events`, with the VTIMEZONE their times refer to."""
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", settings.TIME_ZONE)
    events = list(events)
    for event in events:
        cal.add_component(event_component(event, request))
    if events:
        # The zone's rules for the years the events span, not for 1970 to 2038 (the library's default).
        times = [time for event in events for time in (event.start, event.end) if time]
        first, last = min(times).date(), max(times).date()
        cal.add_missing_timezones(first_date=first.replace(month=1, day=1), last_date=date(last.year + 1, 12, 31))
    return cal


def calendar_response(cal, filename, disposition):
    response = HttpResponse(cal.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def upcoming_events(request):
    """The public events that have not ended yet, soonest first, as one calendar to subscribe to."""
    events = listings.upcoming_events()[:CALENDAR_EVENTS]
    name = _("Veranstaltungen im Wissensnetz")
    return calendar_response(calendar(events, request, name), "wissensnetz-veranstaltungen.ics", "inline")


def event(request, pk):
    """One public event as an .ics file (past ones too: the page still shows them); any other id is a 404."""
    event = get_object_or_404(publicly_visible(EventPage.objects.all()), pk=pk)
    return calendar_response(calendar([event], request), f"{event.slug}.ics", "attachment")
