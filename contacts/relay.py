"""Accepting a question: it is stored (`ContactMessage`) and mailed by a task once the request's transaction
commits, so the worker never looks for a row that is not there yet."""

from django.db import transaction

from .models.messages import ContactMessage
from .tasks import deliver_message


def accept(contact, data):
    """Store the cleaned form `data` as a message to `contact` and send it after the commit."""
    message = ContactMessage.objects.create(
        contact=contact,
        sender_name=data["name"],
        sender_email=data["email"],
        subject=data["subject"],
        text=data["message"],
    )
    transaction.on_commit(lambda: deliver_message.enqueue(message.pk))
    return message
