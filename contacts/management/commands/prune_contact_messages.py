"""`manage.py prune_contact_messages` (daily from cron): delete questions that could not be delivered within
the retention, and the queue's rows of finished delivery tasks."""

from django.core.management.base import BaseCommand

from contacts.tasks import purge_messages


class Command(BaseCommand):
    help = "Löscht Nachrichten an Ansprechpersonen, die nicht zugestellt werden konnten, nach der Aufbewahrungsfrist."

    def handle(self, *args, **options):
        deleted = purge_messages()
        self.stdout.write(f"{deleted} Nachricht(en) gelöscht.")
