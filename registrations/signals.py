"""An editor who publishes an event with more places (or switches the waiting list on again) frees places:
the first people on the waiting list move up when the transaction commits."""

from django.db import transaction
from wagtail.signals import page_published

from exchange.models import EventPage

from .registering import fill_places_of


def on_page_published(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        event_id = instance.pk
        transaction.on_commit(lambda: fill_places_of(event_id))


page_published.connect(on_page_published, sender=EventPage, dispatch_uid="registrations-fill-places")
