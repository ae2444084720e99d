"""Search's own tables: the database engine's documents and the queue of index updates still to apply."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class SearchDocument(index.Indexed, models.Model):
    """One search document (see search.documents) as the database engine stores it.

    Many-valued facets (topics, tags) are kept as "|a|b|" strings so every database can filter them
    with a plain LIKE; the full document is kept in `data` for rendering hits.
    """

    id = models.CharField(primary_key=True, max_length=40)
    type = models.CharField(max_length=20, db_index=True)
    slug = models.CharField(max_length=255)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    topic_names = models.TextField(blank=True)
    topics = models.TextField(blank=True, help_text="|slug|slug|")
    tags = models.TextField(blank=True, help_text="|name|name| (lower case)")
    municipality = models.CharField(max_length=255, blank=True, db_index=True)
    municipality_kind = models.CharField(max_length=20, blank=True)
    funded = models.BooleanField(null=True)
    lesson_kind = models.CharField(max_length=20, blank=True)
    status = models.CharField(max_length=20, blank=True)
    date = models.DateField(null=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True)
    data = models.JSONField(default=dict)

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("summary", boost=2),
        index.SearchField("tags", boost=2),
        index.SearchField("topic_names", boost=1.5),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("type"),
    ]

    class Meta:
        verbose_name = _("Suchdokument")
        verbose_name_plural = _("Suchdokumente")

    def __str__(self):
        return f"{self.type}: {self.title}"


class IndexUpdate(models.Model):
    """An index change not yet applied to the search engine (outbox).

    Saved in the same transaction as the content change, so nothing is lost when the engine is down;
    the sync task applies and deletes these rows, and retries while the engine is unreachable.
    """

    doc_id = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("Ausstehende Index-Aktualisierung")
        verbose_name_plural = _("Ausstehende Index-Aktualisierungen")

    def __str__(self):
        return self.doc_id
