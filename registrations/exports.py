"""An event's registrations as CSV for Excel: UTF-8 with a byte order mark (so Excel reads the umlauts),
semicolons between fields (the delimiter German Excel expects, since the comma is its decimal sign), CRLF
line ends, times in the site's zone. Cells that a spreadsheet would run as a formula are quoted with a
leading apostrophe (CSV injection)."""

import csv
import io

from django.utils import timezone

from .models import ACTIVE, Registration, Status

BOM = "\ufeff"
DELIMITER = ";"
#: What a spreadsheet takes as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
STATUS_ORDER = {Status.CONFIRMED: 0, Status.WAITING: 1}


def safe(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def local(moment):
    return timezone.localtime(moment).strftime("%d.%m.%Y %H:%M") if moment else ""


def ordered_registrations(event):
    """Confirmed first, then the waiting list in its order; each by time of registration. Cancelled ones hold no
    personal data any more (registering.cancel) and are only counted."""
    registrations = list(Registration.objects.filter(event=event, status__in=ACTIVE).order_by("created_at", "pk"))
    return sorted(registrations, key=lambda registration: STATUS_ORDER[registration.status])


def question_labels(event, registrations):
    """The event's questions in the editor's order, then labels only older answers carry (a removed question)."""
    labels = [question.label for question in event.registration_questions.all()]
    for registration in registrations:
        for answer in registration.answers:
            if answer["question"] not in labels:
                labels.append(answer["question"])
    return labels


def registrations_csv(event):
    """The CSV text (with its BOM) of all registrations of `event`."""
    registrations = ordered_registrations(event)
    labels = question_labels(event, registrations)
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(
        ["Status", "Wartelistenplatz", "Name", "E-Mail-Adresse", "Organisation", *labels]
        + ["Angemeldet am", "Platz erhalten am"]
    )
    position = 0
    for registration in registrations:
        answers = {answer["question"]: answer["answer"] for answer in registration.answers}
        if registration.status == Status.WAITING:
            position += 1
        writer.writerow(
            [
                registration.get_status_display(),
                position if registration.status == Status.WAITING else "",
                safe(registration.name),
                safe(registration.email),
                safe(registration.organisation),
                *(safe(answers.get(label, "")) for label in labels),
                local(registration.created_at),
                local(registration.confirmed_at),
            ]
        )
    return out.getvalue()
