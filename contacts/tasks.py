"""Delivering questions (a Django task; `manage.py db_worker` runs it in production).

The task takes the message's id, never an address, so the queue holds no personal data. A message is
deleted as soon as both mails went out; one the SMTP server keeps refusing is tried again with a growing
delay and deleted after `settings.CONTACTS_MESSAGE_RETENTION_HOURS` (`purge_messages`, run by every task
and by `manage.py prune_contact_messages`).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from exchange.retries import enqueue, retry_delay

from .mail import contact_mail, copy_mail
from .models.messages import ContactMessage

logger = logging.getLogger(__name__)

#: Seconds before the first retry; each further retry waits twice as long, at most an hour.
FIRST_RETRY_SECONDS = 30


def retention_cutoff(now=None):
    return (now or timezone.now()) - timedelta(hours=settings.CONTACTS_MESSAGE_RETENTION_HOURS)


def purge_messages(now=None):
    """Delete the messages older than the retention (never delivered) and the queue's rows of finished
    delivery tasks; returns how many messages went."""
    DBTaskResult.objects.finished().filter(task_path__startswith=f"{__name__}.").delete()
    return ContactMessage.objects.filter(created_at__lt=retention_cutoff(now)).delete()[0]


@task()
def deliver_message(message_id, attempt=0):
    """Mail a question to its contact, then the copy to its sender, then delete it."""
    purge_messages()
    message = ContactMessage.objects.select_related("contact__municipality").filter(pk=message_id).first()
    if message is None:  # delivered by an earlier run, or past the retention
        return {"sent": False}
    if not message.contact.email:  # the address was removed meanwhile: nobody to tell
        message.delete()
        return {"sent": False}
    connection = get_connection()
    try:
        with connection:
            if message.contact_mail_sent_at is None:
                connection.send_messages([contact_mail(message)])
                message.contact_mail_sent_at = timezone.now()
                message.save(update_fields=["contact_mail_sent_at"])
            connection.send_messages([copy_mail(message)])
    except (OSError, smtplib.SMTPException) as error:  # the error's text may repeat an address: class only
        enqueue(deliver_message, message_id, attempt + 1, delay_seconds=retry_delay(attempt + 1, FIRST_RETRY_SECONDS))
        logger.warning("Contact message %d not delivered (%s)", message_id, type(error).__name__)
        return {"sent": False}
    message.delete()
    return {"sent": True}
