"""Delete what must not be kept: the registrations of events that ended more than REGISTRATION_RETENTION_DAYS
ago, and the queue's rows of finished registration mail tasks. Run it daily, e.g. from cron."""

from django.core.management.base import BaseCommand

from registrations.registering import delete_expired
from registrations.tasks import prune_task_rows


class Command(BaseCommand):
    help = "Delete registrations of long-past events and finished registration task rows."

    def handle(self, *args, **options):
        expired = delete_expired()
        tasks = prune_task_rows()
        self.stdout.write(f"{expired} registration(s) and {tasks} finished task row(s) deleted")
