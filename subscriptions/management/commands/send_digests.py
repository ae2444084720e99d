"""Send every due weekly digest, and retry due immediate notifications. Safe from cron at any frequency:
a digest is due when the address has undelivered items and never got one or got the last 7 days ago,
so running it twice in a row sends nothing new."""

import smtplib

from django.core.mail import get_connection
from django.core.management.base import BaseCommand

from subscriptions.delivery import Entries, due_digest_subscribers, due_q, send_digest, send_immediate
from subscriptions.models import Delivery
from subscriptions.tasks import SEND_BATCH, prune_task_rows


class Command(BaseCommand):
    help = "Send the weekly digests that are due and retry notifications whose retry time has come."

    def handle(self, *args, **options):
        digests, failed = 0, 0
        connection = get_connection()
        entries = Entries()
        for subscriber in due_digest_subscribers().iterator(chunk_size=500):
            try:
                digests += send_digest(subscriber, connection, entries)
            except (OSError, smtplib.SMTPException) as error:
                failed += 1
                self.stderr.write(
                    f"Digest for subscriber {subscriber.pk} not sent ({type(error).__name__}); kept for the next run"
                )
        connection.close()
        retried = 0
        immediate = list(Delivery.objects.filter(due_q(), digest=False).values_list("pk", flat=True))
        for start in range(0, len(immediate), SEND_BATCH):
            retried += send_immediate(immediate[start : start + SEND_BATCH])[0]
        prune_task_rows()
        self.stdout.write(f"{digests} digest(s) sent, {failed} failed; {retried} notification(s) sent on retry")
        if failed:
            raise SystemExit(1)
