"""Delete what must not be kept: subscriptions never confirmed within 7 days (and addresses left with
none), and the queue's rows of finished subscription tasks. Run it daily, e.g. from cron."""

from django.core.management.base import BaseCommand

from subscriptions.subscribing import delete_expired
from subscriptions.tasks import prune_task_rows


class Command(BaseCommand):
    help = "Delete unconfirmed subscriptions older than 7 days and finished subscription task rows."

    def handle(self, *args, **options):
        expired = delete_expired()
        tasks = prune_task_rows()
        self.stdout.write(f"{expired} unconfirmed subscription(s) and {tasks} finished task row(s) deleted")
