"""Remind everyone with a confirmed place of an event that begins tomorrow (in the site's time zone).
Run it daily, e.g. in the morning from cron; running it more often sends nothing twice: each registration is
claimed by setting `reminded_at` in one conditional UPDATE before its mail is enqueued."""

from django.core.management.base import BaseCommand

from registrations.reminders import remind


class Command(BaseCommand):
    help = "Send the reminder mail to everyone registered for an event that begins tomorrow."

    def handle(self, *args, **options):
        self.stdout.write(f"{remind()} reminder(s) enqueued")
