"""`manage.py send_freshness_reminders`: once a month (cron), one reminder task per editor with stale pages."""

from django.core.management.base import BaseCommand

from editorial.freshness_mail import editors_to_remind
from editorial.tasks import send_freshness_reminder


class Command(BaseCommand):
    help = "Erinnert Redakteurinnen und Redakteure per E-Mail an Inhalte, die lange nicht geprüft wurden."

    def handle(self, *args, **options):
        user_ids = editors_to_remind()
        for user_id in user_ids:
            send_freshness_reminder.enqueue(user_id)
        self.stdout.write(f"{len(user_ids)} Erinnerung(en) eingeplant.")
