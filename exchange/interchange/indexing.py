"""Keep Wagtail's reference index and page search index right for the objects an import writes.

Saving one object normally updates both indexes (a task each per save). During an import that is
switched off (`deferred_indexing`): the publisher records the references of each batch in the import's
transaction, and the search index of everything written is brought up to date by one task per import
(`tasks.update_search_index_task`), as Wagtail's own per-save tasks would have done.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)


@contextmanager
def deferred_indexing(models):
    """Stop per-save reference and search indexing of `models` while the block runs.

    The reference index has Wagtail's own (thread-local) switch; the search index has none, so its
    post_save receiver is disconnected for `models` and reconnected afterwards. Imports run in a
    management command's own process, where no other thread saves pages meanwhile.
    """
    disconnected = [model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def record_new_references(pages):
    """The reference index rows of pages created in this import, in one insert.

    Wagtail's `create_or_update_for_object` first reads what it recorded before, which costs three
    queries per page; a page created in this transaction has nothing recorded, so its references
    (found by Wagtail's own extractor) are simply inserted, as that method would insert them.
    """
    rows = []
    base_content_type_id = ContentType.objects.get_for_model(Page).pk
    for page in pages:
        if not ReferenceIndex.is_indexed(type(page)):
            continue
        content_type_id = ContentType.objects.get_for_model(page, for_concrete_model=False).pk
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        ):
            rows.append(
                ReferenceIndex(
                    content_type_id=content_type_id,
                    base_content_type_id=base_content_type_id,
                    object_id=page.pk,
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)


def update_references(objects):
    """Wagtail's own update of the reference index, for objects that may have recorded references before."""
    for obj in objects:
        if ReferenceIndex.is_indexed(type(obj)):
            ReferenceIndex.create_or_update_for_object(obj)


def reload(objects):
    """`objects` as stored now (republishing saves a copy), with the child relations the reference index reads."""
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj.pk)
    reloaded = []
    for model, pks in by_model.items():
        relations = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        reloaded.extend(model._default_manager.filter(pk__in=pks).prefetch_related(*relations))
    return reloaded


def update_search_index(model, pks):
    """Add or update the objects of `model` with `pks` in every auto-updated search backend, in bulk.

    Like modelsearch's own update after a save, this indexes only the model's indexed objects, in
    their specific class, and keeps going (logging) when a backend that may be down fails.
    """
    if not index.class_is_indexed(model):
        return
    queryset = model.get_indexed_objects().filter(pk__in=pks)
    objects = list(queryset.prefetch_related(*_many_valued_search_relations(model)))
    if not objects:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(model, objects)
        except Exception:
            logger.exception("Could not add %d %s to the search backend %r", len(objects), model.__name__, name)
            if not backend.catch_indexing_errors:
                raise


def _many_valued_search_relations(model):
    """Relations to many objects (topics, tags) that the search index reads, to prefetch them in one query each.

    modelsearch prefetches most such relations itself, but not a cluster's parental many-to-many fields.
    """
    names = []
    for search_field in model.get_search_fields():
        if isinstance(search_field, index.RelatedFields):
            field = model._meta.get_field(search_field.field_name)
            if isinstance(field, ParentalManyToManyField):
                names.append(search_field.field_name)
    return names
