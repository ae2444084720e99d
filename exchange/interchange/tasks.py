"""The importer's background task: Wagtail's search index of everything one import wrote, in bulk.

It stands in for the per-save tasks Wagtail would have enqueued (one per save, three saves per page),
so it runs where those would have run: at once with the immediate task backend, else in the worker
after the import's transaction has committed.
"""

from django.apps import apps
from django_tasks import task

from .indexing import update_search_index

#: Objects fetched and indexed per round.
CHUNK_SIZE = 500


@task()
def update_search_index_task(written):
    """Index `written`: a list of [app label, model name, [pk, …]] as the import collected them."""
    for app_label, model_name, pks in written:
        model = apps.get_model(app_label, model_name)
        for start in range(0, len(pks), CHUNK_SIZE):
            update_search_index(model, pks[start : start + CHUNK_SIZE])
