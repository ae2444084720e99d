"""Delete lock-out records whose cool-off has ended: they hold usernames, IP addresses and user agents."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Löscht Anmeldeversuche, deren Sperrfrist abgelaufen ist (Datensparsamkeit; täglich per Cron)."

    def handle(self, *args, **options):
        threshold = timezone.now() - settings.AXES_COOLOFF_TIME
        attempts, _ = AccessAttempt.objects.filter(attempt_time__lte=threshold).delete()
        logs, _ = AccessLog.objects.filter(attempt_time__lte=threshold).delete()
        failures, _ = AccessFailureLog.objects.filter(attempt_time__lte=threshold).delete()
        self.stdout.write(f"{attempts} Anmeldeversuche und {logs + failures} Protokolleinträge gelöscht.")
