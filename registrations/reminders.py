"""The reminder the day before: everyone with a confirmed place of an event that begins tomorrow (in the
site's time zone) gets it once, claimed by setting `reminded_at` in one conditional UPDATE before the mail is
enqueued, so the command may run as often as the scheduler likes."""

from django.utils import timezone

from .models import Registration, Status
from .tasks import Mail, enqueue_mail


def tomorrow_window(now=None):
    """[start, end) of tomorrow in the site's time zone."""
    today = timezone.localdate(now or timezone.now())
    zone = timezone.get_current_timezone()
    start = timezone.datetime.combine(today + timezone.timedelta(days=1), timezone.datetime.min.time(), zone)
    end = timezone.datetime.combine(today + timezone.timedelta(days=2), timezone.datetime.min.time(), zone)
    return start, end


def remind(now=None):
    """Claim and enqueue the reminders due; returns how many."""
    now = now or timezone.now()
    start, end = tomorrow_window(now)
    due = Registration.objects.filter(
        status=Status.CONFIRMED, reminded_at__isnull=True, event__start__gte=start, event__start__lt=end
    )
    sent = 0
    for pk in list(due.values_list("pk", flat=True)):
        if Registration.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now):
            enqueue_mail(pk, Mail.REMINDER)
            sent += 1
    return sent
