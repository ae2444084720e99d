"""Signal handlers that mark search documents stale when content changes (see search.outbox)."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from exchange.interchange.signals import pages_imported
from exchange.models import Contact, ContentPage, MunicipalityPage, Topic

from .documents import page_doc_id
from .outbox import mark_contacts_stale, mark_pages_stale, mark_stale

#: Outbox rows written by one statement when an import reports its pages.
BATCH = 1000


def _page_and_descendants(page):
    return Page.objects.filter(path__startswith=page.path).only("pk")


def on_page_published_or_unpublished(sender, instance, **kwargs):
    """A published page (new text, slug or title) or an unpublished one; a municipality also renames its content.

    Content pages an import publishes come again, all at once, with `pages_imported`.
    """
    if kwargs.get("imported") and not isinstance(instance, MunicipalityPage):
        return
    if isinstance(instance, MunicipalityPage):
        mark_pages_stale(_page_and_descendants(instance))
        mark_contacts_stale(instance.contacts.all())
    elif isinstance(instance, ContentPage | MunicipalityPage):
        mark_pages_stale([instance])


def on_pages_imported(sender, page_ids, **kwargs):
    """One import's created and changed pages, recorded in batches rather than one statement per page."""
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), BATCH):
        mark_stale(page_doc_id(pk) for pk in page_ids[start : start + BATCH])


def on_page_moved(sender, instance, **kwargs):
    """Moving changes the URL of the page and everything below it."""
    mark_pages_stale(_page_and_descendants(instance))


def on_page_deleted(sender, instance, **kwargs):
    """Connected for `Page` only (deleting a specific page deletes its `Page` row too): a receiver for every
    model would make Django delete every other model row by row."""
    mark_stale([page_doc_id(instance.pk)])


def on_view_restriction_changed(sender, instance, **kwargs):
    """Restricting a page (password, login, groups) or lifting it changes what the public may see of it and of
    everything below it, including the contacts of the municipalities there."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the restriction goes with a deleted page, whose deletion is recorded already
        return
    mark_pages_stale(_page_and_descendants(page))
    mark_contacts_stale(Contact.objects.filter(municipality__path__startswith=page.path).only("pk"))


def on_contact_changed(sender, instance, **kwargs):
    mark_contacts_stale([instance])


def on_contact_topics_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Contact):
        mark_contacts_stale([instance])


def on_topic_changed(sender, instance, **kwargs):
    """A renamed topic changes every document filed under it."""
    mark_pages_stale(instance.pages.all().only("pk"))
    mark_contacts_stale(instance.contacts.all().only("pk"))


def on_topic_deleted(sender, instance, **kwargs):
    on_topic_changed(sender, instance)


def connect():
    page_published.connect(on_page_published_or_unpublished, dispatch_uid="search-page-published")
    page_unpublished.connect(on_page_published_or_unpublished, dispatch_uid="search-page-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search-page-moved")
    pages_imported.connect(on_pages_imported, dispatch_uid="search-pages-imported")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-set")
    post_delete.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-lifted"
    )
    post_save.connect(on_contact_changed, sender=Contact, dispatch_uid="search-contact-saved")
    post_delete.connect(on_contact_changed, sender=Contact, dispatch_uid="search-contact-deleted")
    m2m_changed.connect(on_contact_topics_changed, sender=Contact.topics.through, dispatch_uid="search-contact-topics")
    post_save.connect(on_topic_changed, sender=Topic, dispatch_uid="search-topic-saved")
    pre_delete.connect(on_topic_deleted, sender=Topic, dispatch_uid="search-topic-deleted")
