"""Writing the database engine's index: document rows, facet terms, full-text entries and spelling words.

Each batch of documents costs a fixed number of statements, whatever its size (upserts and bulk inserts),
so a rebuild of a large site is a few statements per 500 documents.
"""

from django.db import connection
from django.db.models import Exists, OuterRef
from django.utils.dateparse import parse_date

from .. import german
from ..folding import fold_for_search
from ..models import SearchDocument, SearchDocumentFacet, SearchFacetTerm, SearchWord
from .database_facets import document_facets
from .fulltext import fulltext

BATCH_SIZE = 500
#: Words of titles and tags shorter than this are not offered as spelling corrections.
MIN_SPELLING_WORD = 4
#: Fields of a document row that an update rewrites (all but the keys).
UPDATED_FIELDS = ("type", "slug", "title", "summary", "body", "date", "data")


def document_row(doc):
    """The `SearchDocument` for a search document dict (see search.documents)."""
    return SearchDocument(
        doc_id=doc["id"],
        type=doc["type"],
        slug=(doc.get("slug") or "")[:255],
        title=(doc.get("title") or "")[:255],
        summary=doc.get("summary") or "",
        body=doc.get("body") or "",
        date=parse_date(doc["date"][:10]) if doc.get("date") else None,
        data=doc,
    )


def fulltext_columns(doc):
    """The analysed text of each full-text column of a document."""
    texts = {
        "title": doc.get("title"),
        "summary": doc.get("summary"),
        "tags": " ".join(doc.get("tags") or ()),
        "topics": " ".join(doc.get("topic_names") or ()),
        "municipality": doc.get("municipality_name"),
        "body": doc.get("body"),
    }
    return {name: german.index_terms(text or "") for name, text in texts.items()}


def spelling_words(doc):
    """Words of the title and tags as a reader might type them (lower case)."""
    text = " ".join([doc.get("title") or "", *(doc.get("tags") or ())])
    return {word.lower()[:100] for word in german.words(text) if len(word) >= MIN_SPELLING_WORD and not word.isdigit()}


def _insert(model, columns, rows, ignore_conflicts=False):
    """Insert many rows with one prepared statement: tens of thousands of link rows per rebuild, where
    building a model instance for each would cost more than writing it."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    placeholders = ", ".join(["%s"] * len(columns))
    conflict = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders}){conflict}", rows)


def chunks(documents, size=BATCH_SIZE):
    """Lists of at most `size` documents from any iterable, so a rebuild never holds all of them."""
    batch = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _terms(values):
    """{(facet, key): term id} for these facet values, creating missing terms (the latest value wins)."""
    if not values:
        return {}
    SearchFacetTerm.objects.bulk_create(
        [SearchFacetTerm(facet=facet, key=key, value=value) for (facet, key), value in values.items()],
        update_conflicts=True,
        unique_fields=["facet", "key"],
        update_fields=["value"],
    )
    rows = SearchFacetTerm.objects.filter(key__in={key for _facet, key in values}).values_list("facet", "key", "id")
    return {(facet, key): pk for facet, key, pk in rows if (facet, key) in values}


def write_batch(documents):
    """Create or replace one batch of documents (call inside a transaction); returns how many."""
    documents = list({doc["id"]: doc for doc in documents}.values())
    if not documents:
        return 0
    SearchDocument.objects.bulk_create(
        [document_row(doc) for doc in documents],
        update_conflicts=True,
        unique_fields=["doc_id"],
        update_fields=UPDATED_FIELDS,
    )
    ids = dict(SearchDocument.objects.filter(doc_id__in=[doc["id"] for doc in documents]).values_list("doc_id", "id"))
    facets = {doc["id"]: document_facets(doc) for doc in documents}
    terms = _terms({pair: value for found in facets.values() for pair, value in found.items()})
    SearchDocumentFacet.objects.filter(document_id__in=ids.values()).delete()
    _insert(
        SearchDocumentFacet,
        ("document_id", "term_id"),
        [(ids[doc_id], terms[pair]) for doc_id, found in facets.items() for pair in found],
    )
    fulltext().write(
        [(ids[doc["id"]], fulltext_columns(doc), german.prefix_terms(doc.get("title") or "")) for doc in documents]
    )
    words = {word: fold_for_search(word)[:100] for doc in documents for word in spelling_words(doc)}
    _insert(SearchWord, ("word", "folded"), list(words.items()), ignore_conflicts=True)
    return len(documents)


def delete_batch(doc_ids):
    """Remove the documents with these ids (call inside a transaction); unknown ids are ignored."""
    ids = list(SearchDocument.objects.filter(doc_id__in=doc_ids).values_list("id", flat=True))
    if ids:
        fulltext().delete(ids)
        SearchDocumentFacet.objects.filter(document_id__in=ids).delete()
        SearchDocument.objects.filter(id__in=ids).delete()


def prune_terms():
    """Drop facet terms no document carries any more (after a rebuild)."""
    SearchFacetTerm.objects.filter(~Exists(SearchDocumentFacet.objects.filter(term=OuterRef("pk")))).delete()
