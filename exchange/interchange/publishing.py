"""Create and publish many pages in one transaction without paying Wagtail's per-save bookkeeping per page.

A page saved through Wagtail's usual path (add_child, save_revision, publish) is saved three times, and
each save updates the reference index and the page search index on its own (through a task each) and
logs on its own. Here a new page is saved once, live, and the rest is written in bulk when the batch is
flushed: child rows, revisions, log entries, the reference index and the search index (`indexing`). Wagtail's
signals (`page_published`, `published`) are still sent for every page, so receivers such as the search
outbox see what they would see otherwise.

Pages that already exist are republished through Wagtail's own `save_revision().publish()` (workflow,
scheduling, aliases and comments stay Wagtail's business); only their indexing waits for the batch.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import registry as log_registry
from wagtail.models import COMMENTS_RELATION_NAME, Page, Revision
from wagtail.signals import page_published, published

from .indexing import record_new_references, reload, update_references
from .tasks import update_search_index_task

#: Pages per flush: bounds memory (revision content is held until then) and the size of each bulk write.
BATCH_SIZE = 500


class PagePublisher:
    """Publishes pages for one import and does, batch by batch, what Wagtail would do per page.

    `published_ids` collects the pk of every page created or republished, for the `pages_imported` signal.
    """

    def __init__(self):
        self.now = timezone.now()
        self.published_ids = []
        self._new = []
        self._republished = []
        self._others = []
        self._parents = {}
        self._written = defaultdict(list)

    def create(self, page, parent, relations=None, many_to_many=None):
        """Save `page` as the last child of `parent`, live; its revision and relations follow on flush.

        `relations` maps child relations (e.g. "tagged_items") and `many_to_many` maps parental
        many-to-many fields (e.g. "topics") to the objects they hold.
        """
        slot = self._slot(parent)
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, slot.next_step)
        page._cached_parent_obj = parent
        page.locale_id = parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = self.now
        page.draft_title = page.title
        # A new page is no site's root; saying so spares Page.save its look-up (Wagtail's own hook).
        page._is_site_root = False
        _validate_new_page(page, slot.slugs)
        page.save(clean=False, log_action=None)
        slot.taken(page)
        for name, objects in {**(relations or {}), **(many_to_many or {})}.items():
            setattr(page, name, objects)
        setattr(page, COMMENTS_RELATION_NAME, [])
        self._new.append(page)
        if len(self._new) >= BATCH_SIZE:
            self.flush()

    def republish(self, page):
        """Save a new revision of an existing page and publish it the way the admin does.

        The page is validated as a new one is (Wagtail's slug check included), so `save_revision` need
        not look up its foreign keys again.
        """
        page.clean_fields(exclude=_relation_names(page))
        page.clean()
        page.save_revision(log_action=True, clean=False).publish()
        self._republished.append(page)
        if len(self._republished) >= BATCH_SIZE:
            self.flush()

    def move(self, page, parent):
        """Move an existing page below `parent` (Wagtail's move); positions below `parent` are looked up again."""
        slot = self._parents.pop(parent.pk, None)
        if slot is not None:
            slot.count()
        page.move(parent, pos="last-child")

    def saved(self, obj):
        """Note an object saved the ordinary way (topic, contact) so that it is indexed on flush."""
        self._others.append(obj)

    def _slot(self, parent):
        if parent.pk not in self._parents:
            self._parents[parent.pk] = _Children(parent)
        return self._parents[parent.pk]

    def flush(self):
        """Write what the pages created and republished since the last flush still need."""
        new, republished, others = self._new, self._republished, self._others
        self._new, self._republished, self._others = [], [], []
        if new:
            _write_children(new)
            self._write_revisions(new)
            self._write_log_entries(new)
            for slot in self._parents.values():
                slot.count()
            record_new_references(new)
            for page in new:
                revision = page.live_revision
                page_published.send(sender=type(page), instance=page, revision=revision, imported=True)
                published.send(sender=type(page), instance=page, revision=revision, imported=True)
        if republished or others:
            update_references(reload(republished + others))
        self.published_ids.extend(page.pk for page in new + republished)
        for obj in new + republished + others:
            self._written[type(obj)].append(obj.pk)

    def close(self):
        """Flush the last batch and have the search index brought up to date, once for the whole import."""
        self.flush()
        if self._written:
            update_search_index_task.enqueue(
                [[model._meta.app_label, model._meta.model_name, pks] for model, pks in self._written.items()]
            )
        self._written.clear()

    def _write_revisions(self, pages):
        """One revision per page, live and latest, as `save_revision()` would have written it."""
        revisions = [
            Revision(
                content_type=ContentType.objects.get_for_model(page),
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id=str(page.pk),
                created_at=self.now,
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        ]
        Revision.objects.bulk_create(revisions)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = page.live_revision = revision
        Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])

    def _write_log_entries(self, pages):
        """The "created" and "published" entries of each page's history, as Wagtail writes them."""
        model = log_registry.get_log_model_for_model(Page)
        entries = []
        for page in pages:
            common = {
                "content_type": ContentType.objects.get_for_model(page),
                "label": page.get_admin_display_title(),
                "timestamp": self.now,
                "page": page,
                "content_changed": True,
            }
            entries.append(model(action="wagtail.create", **common))
            entries.append(model(action="wagtail.publish", revision=page.live_revision, **common))
        model.objects.bulk_create(entries)


class _Children:
    """The children of one parent page during an import: next free tree position and the slugs taken.

    The parent row is locked (as treebeard's add_child does) until the import commits, so no other
    transaction adds a child meanwhile and both stay valid for the whole import.
    """

    def __init__(self, parent):
        self.parent = type(parent).objects.select_for_update().get(pk=parent.pk)
        last = self.parent.get_last_child() if self.parent.numchild else None
        self.next_step = last._get_lastpos_in_path() + 1 if last else 1
        self.slugs = set(Page.objects.child_of(self.parent).values_list("slug", flat=True))
        self.added = 0

    def taken(self, page):
        self.next_step += 1
        self.added += 1
        self.slugs.add(page.slug)

    def count(self):
        """Add the children created since the last count to the parent's `numchild`."""
        if self.added:
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.added)
            self.added = 0


def _validate_new_page(page, sibling_slugs):
    """Wagtail's validation of a page about to be created, minus the look-ups that cannot fail here.

    Its relations (locale, content type, case study) point at rows just read or written, and its tree
    position and the slugs of its siblings are known under the parent's lock, so foreign-key and
    uniqueness queries are left out. Field validation, the slug check (with Wagtail's message) and a
    type's own `clean` (e.g. an event's end) remain.
    """
    page.clean_fields(exclude=_relation_names(page))
    if type(page).clean is not Page.clean:
        page.clean()
    if page.slug in sibling_slugs:
        raise ValidationError(
            {
                "slug": _("The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'.")
                % {"page_slug": page.slug, "parent_url_path": page.get_parent().url_path}
            }
        )


def _relation_names(page):
    return [field.name for field in page._meta.concrete_fields if field.is_relation]


def _write_children(pages):
    """Child rows (tagged items, measures) and many-to-many rows of new pages: one bulk insert per table."""
    rows = defaultdict(list)
    for page in pages:
        for name, objects in page._cluster_related_objects.items():
            field = page._meta.get_field(name)
            if field.many_to_many:
                through = field.remote_field.through
                source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                rows[through].extend(through(**{source: page, target: obj}) for obj in objects)
                continue
            for position, child in enumerate(objects):
                if hasattr(child, "sort_order"):
                    child.sort_order = position
                rows[type(child)].append(child)
    for model, objects in rows.items():
        model.objects.bulk_create(objects)
