"""Search's own tables: the database engine's documents, the queue of index updates still to apply, and how often
queries found nothing."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One search document (see search.documents) as the database engine stores it.

    The full document is kept in `data` for rendering hits; the columns are what queries sort and filter on.
    Its analysed text lives in the full-text table of the database in use (see search.engines.fulltext),
    keyed by `id`; its facet values are `SearchFacetTerm`s.
    """

    id = models.BigAutoField(primary_key=True)
    doc_id = models.CharField(max_length=40, unique=True)
    type = models.CharField(max_length=20)
    slug = models.CharField(max_length=255)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    date = models.DateField(null=True)
    data = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("Suchdokument")
        verbose_name_plural = _("Suchdokumente")
        indexes = [models.Index(fields=["date"], name="search_doc_date")]

    def __str__(self):
        return f"{self.type}: {self.title}"


class SearchFacetTerm(models.Model):
    """One value of one facet ("tag" = "LoRaWAN"), shared by the documents that carry it.

    `value` is the value as the engine reports it; `key` the form filters compare with (tags folded, so a tag
    filter ignores case and umlaut spelling). Documents refer to terms by integer id, so facet counts are a
    GROUP BY over small integers.
    """

    facet = models.CharField(max_length=20)
    key = models.CharField(max_length=255)
    value = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("Facettenwert")
        verbose_name_plural = _("Facettenwerte")
        constraints = [models.UniqueConstraint(fields=["facet", "key"], name="search_facet_term_unique")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchDocumentFacet(models.Model):
    """That a document carries a facet term; indexed both ways (document → terms for counts, term → documents
    for filters)."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets", db_index=False)
    term = models.ForeignKey(SearchFacetTerm, on_delete=models.CASCADE, related_name="documents", db_index=False)

    class Meta:
        verbose_name = _("Facette eines Dokuments")
        verbose_name_plural = _("Facetten der Dokumente")
        constraints = [models.UniqueConstraint(fields=["document", "term"], name="search_document_facet_unique")]
        indexes = [models.Index(fields=["term", "document"], name="search_facet_documents")]

    def __str__(self):
        return f"{self.document_id}: {self.term_id}"


class SearchWord(models.Model):
    """A word of the indexed titles and tags, as written (lower case) and folded, for "Meinten Sie …?".

    Only ever added to between rebuilds: a suggestion is checked against the index before it is shown.
    """

    word = models.CharField(max_length=100, primary_key=True)
    folded = models.CharField(max_length=100, db_index=True)

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")

    def __str__(self):
        return self.word


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


class UnansweredQueryDay(models.Model):
    """How often a query found nothing on one day, next to Wagtail's daily hits of the same query.

    Counted with those hits (first page of the search page only), so editors see which searches go unanswered
    and what content to write next; deleted with the query when Wagtail's statistics are cleaned up.
    """

    query = models.ForeignKey("wagtailsearchpromotions.Query", on_delete=models.CASCADE, related_name="unanswered_days")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Suchanfrage ohne Treffer")
        verbose_name_plural = _("Suchanfragen ohne Treffer")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="search_unanswered_query_day")]

    def __str__(self):
        return f"{self.query_id} {self.date}: {self.hits}"
