"""A page going live for the first time (admin publish, approved moderation, scheduled go-live, an import)
is announced to its subscribers by a task enqueued when the transaction commits."""

import logging

from django.db import transaction
from wagtail.signals import page_published

from exchange.interchange.signals import pages_imported
from exchange.models import ContentPage
from exchange.retries import enqueue

from .models import Announcement
from .tasks import announce_pages

logger = logging.getLogger(__name__)


def _announce_after_commit(page_ids):
    page_ids = list(page_ids)
    known = set(Announcement.objects.filter(page_id__in=page_ids).values_list("page_id", flat=True))
    fresh = [pk for pk in page_ids if pk not in known]
    if not fresh:
        return

    def run():
        try:
            enqueue(announce_pages, fresh)
        except Exception:  # a broken queue must not break publishing
            logger.exception("Could not enqueue the announcement of %d page(s)", len(fresh))

    transaction.on_commit(run)


def on_page_published(sender, instance, **kwargs):
    """Content pages an import publishes come again, all at once, with `pages_imported`."""
    if kwargs.get("imported") or not isinstance(instance, ContentPage):
        return
    _announce_after_commit([instance.pk])


def on_pages_imported(sender, page_ids, **kwargs):
    content_ids = ContentPage.objects.filter(pk__in=list(page_ids)).values_list("pk", flat=True)
    _announce_after_commit(content_ids)


page_published.connect(on_page_published, dispatch_uid="subscriptions-page-published")
pages_imported.connect(on_pages_imported, dispatch_uid="subscriptions-pages-imported")
