"""The search engine that needs no extra service: documents in `SearchDocument`, Wagtail's database search.

It is the default when SEARCH_URL is unset and the fallback when the configured engine is down, so it
must answer every query the view accepts. Full-text matching uses Wagtail's database backend (SQLite
FTS5 or PostgreSQL full-text search); filters, facet counts, sorting and pagination are plain SQL on the
same set of matching rows. German is handled on the query side (see `german`).
"""

import difflib
import time
from functools import reduce
from operator import add, and_, or_

from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.html import escape
from django.utils.text import Truncator
from taggit.models import Tag
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from ..documents import CONTENT_TYPES
from ..models import SearchDocument
from . import german
from .base import Hit, SearchEngine, SearchResult
from .database_facets import facet_counts, filters_q

BATCH_SIZE = 500
NEWEST = (F("date").desc(nulls_last=True), "title", "id")
#: Relevance ranks content above municipality profiles and people: short profiles that merely list a
#: topic would otherwise outrank the case studies that explain it.
TYPE_PRIORITY = Case(
    When(type__in=CONTENT_TYPES, then=Value(0)), When(type="municipality", then=Value(1)), default=Value(2)
)
#: Below this many hits the engine proposes a spelling ("Meinten Sie …?").
SUGGEST_BELOW = 3


def _pipe(values):
    values = [str(value).strip().replace("|", "/") for value in values or () if str(value).strip()]
    return f"|{'|'.join(values)}|" if values else ""


def document_row(doc):
    """The `SearchDocument` for a search document dict (see search.documents)."""
    return SearchDocument(
        id=doc["id"],
        type=doc["type"],
        slug=(doc.get("slug") or "")[:255],
        title=(doc.get("title") or "")[:255],
        summary=doc.get("summary") or "",
        body=doc.get("body") or "",
        topic_names=" ".join(doc.get("topic_names") or ()),
        topics=_pipe(doc.get("topics")),
        tags=_pipe(tag.lower() for tag in doc.get("tags") or ()),
        municipality=doc.get("municipality") or "",
        municipality_kind=doc.get("municipality_kind") or "",
        funded=doc.get("funded"),
        lesson_kind=doc.get("lesson_kind") or "",
        status=doc.get("status") or "",
        date=parse_date(doc["date"][:10]) if doc.get("date") else None,
        year=doc.get("year"),
        data=doc,
    )


def _hit(row, query_words=(), score=None):
    data = row.data or {}
    if query_words:
        text = german.snippet([row.summary, row.body], query_words)
    else:
        text = escape(Truncator(row.summary or row.body).chars(220))
    return Hit(
        id=row.id,
        type=row.type,
        slug=row.slug,
        title=row.title,
        url=data.get("url", ""),
        municipality=data.get("municipality_name", ""),
        municipality_slug=row.municipality,
        date=data.get("date"),
        snippet=text,
        score=score,
        lesson_kind=row.lesson_kind,
    )


def _chunks(documents, size=BATCH_SIZE):
    batch = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class DatabaseEngine(SearchEngine):
    """Search in the site's own database; always available."""

    name = "database"

    # -- index upkeep -------------------------------------------------------------------------------

    def _write(self, documents):
        """Upsert rows without per-row signals, then index them in Wagtail's search index explicitly.

        `bulk_create` skips `post_save`, whose handler would only queue one indexing task per row.
        """
        rows = [document_row(doc) for doc in documents]
        if not rows:
            return 0
        fields = [field.name for field in SearchDocument._meta.concrete_fields if not field.primary_key]
        SearchDocument.objects.bulk_create(rows, update_conflicts=True, unique_fields=["id"], update_fields=fields)
        get_search_backend().add_bulk(SearchDocument, rows)
        return len(rows)

    def index_documents(self, documents):
        written = 0
        with transaction.atomic():
            for batch in _chunks(documents):
                written += self._write(batch)
        return written

    def delete_documents(self, doc_ids):
        # Deleting through the ORM also removes the rows' Wagtail index entries (signal + generic relation).
        SearchDocument.objects.filter(pk__in=list(doc_ids)).delete()

    def rebuild(self, documents, total, progress=None):
        """Replace all rows in one transaction: readers see the old index until the new one is complete."""
        started = time.perf_counter()
        written = 0
        seen = set()
        with transaction.atomic():
            for batch in _chunks(documents):
                written += self._write(batch)
                seen.update(doc["id"] for doc in batch)
                if progress:
                    progress(written)
            stale = set(SearchDocument.objects.values_list("id", flat=True)) - seen
            self.delete_documents(stale)
        return {
            "index": "SearchDocument",
            "count": written,
            "deleted": len(stale),
            "total": total,
            "seconds": round(time.perf_counter() - started, 2),
        }

    def indexed_ids(self):
        return set(SearchDocument.objects.values_list("id", flat=True))

    # -- search -------------------------------------------------------------------------------------

    def _full_text(self, query_words, operator):
        """Rows matching the words (every word with "and", any with "or"), ordered by Wagtail's ranking."""
        parts = [
            Or([PlainText(variant) for variant in german.variants(word)])
            if len(german.variants(word)) > 1
            else PlainText(word)
            for word in query_words
        ]
        query = parts[0] if len(parts) == 1 else (And(parts) if operator == "and" else Or(parts))
        results = get_search_backend().search(query, SearchDocument.objects.all(), operator=operator)
        results = results.annotate_score("_score")
        if hasattr(results, "get_queryset"):
            return results.get_queryset()
        # A backend without a queryset to refine (not the database ones): filter by the matched ids.
        ranked = {row.pk: index for index, row in enumerate(results)}
        order = Case(*[When(pk=pk, then=Value(i)) for pk, i in ranked.items()], output_field=IntegerField())
        return SearchDocument.objects.filter(pk__in=ranked).order_by(order)

    def _substring(self, query_words):
        """Last resort for German compounds ("Pegel" in "Pegelsensoren"), which the backends don't split."""
        long_words = [word for word in query_words if len(word) >= 4]
        if not long_words:
            return SearchDocument.objects.none()
        conditions = [
            reduce(
                or_,
                (
                    Q(**{f"{field}__icontains": variant})
                    for variant in german.variants(word)
                    for field in ("title", "summary", "tags", "topic_names", "body")
                ),
            )
            for word in long_words
        ]
        return SearchDocument.objects.filter(reduce(and_, conditions)).order_by(*NEWEST)

    def _matching(self, query_words):
        """(ranked queryset, strategy): "and" first, then "or", then substrings; the first that finds anything."""
        strategies = ["and", "or"] if len(query_words) > 1 else ["and"]
        for operator in strategies:
            ranked = self._full_text(query_words, operator)
            if ranked.exists():
                return ranked, operator
        return self._substring(query_words), "substring"

    def search(self, query):
        started = time.perf_counter()
        query_words = german.words(query.text)
        if query_words:
            ranked, _strategy = self._matching(query_words)
            base = SearchDocument.objects.filter(pk__in=ranked.order_by().values("pk"))
        else:
            ranked = base = SearchDocument.objects.all()
        selected = base.filter(filters_q(query.filters))
        if query.sort == "newest" or not query_words:
            ordered = selected.order_by(*NEWEST)
        else:
            ordered = ranked.filter(filters_q(query.filters))
            ordered = ordered.order_by(TYPE_PRIORITY, *ordered.query.order_by)
        count = selected.count()
        offset = (max(query.page, 1) - 1) * query.per_page
        rows = list(ordered[offset : offset + query.per_page]) if offset < count else []
        hits = [_hit(row, query_words, getattr(row, "_score", None)) for row in rows]
        facets = facet_counts(base, query.filters)
        suggestion = self.spelling(query_words) if query_words and count < SUGGEST_BELOW else None
        return SearchResult(
            query=query,
            engine=self.name,
            count=count,
            hits=hits,
            facets=facets,
            took_ms=round((time.perf_counter() - started) * 1000, 1),
            suggestion=suggestion,
        )

    def spelling(self, query_words):
        """A corrected query from the words of titles and tags ("Meinten Sie …?"), or None."""
        vocabulary = set()
        for title, tags in SearchDocument.objects.values_list("title", "tags"):
            vocabulary.update(german.words(f"{title} {tags}"))
        vocabulary = {word for word in vocabulary if len(word) > 3 and not word.isdigit()}
        corrected = []
        for word in query_words:
            if word in vocabulary or any(variant in vocabulary for variant in german.variants(word)):
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
        return " ".join(corrected) if corrected != list(query_words) else None

    # -- suggestions and related content -----------------------------------------------------------------

    def _word_start_q(self, field, prefix):
        """`field` has a word starting with `prefix`, in any umlaut spelling (SQLite's LIKE only folds ASCII)."""
        conditions = Q()
        for variant in german.variants(prefix):
            for form in {variant, variant.capitalize()}:
                conditions |= Q(**{f"{field}__istartswith": form})
                conditions |= Q(**{f"{field}__icontains": f" {form}"}) | Q(**{f"{field}__icontains": f"-{form}"})
        return conditions

    def suggest(self, prefix, limit=8):
        prefix = " ".join(german.words(prefix)[-1:]) if prefix else ""
        if len(prefix) < 2:
            return []
        tags = (
            Tag.objects.filter(self._word_start_q("name", prefix), exchange_contentpagetag_items__isnull=False)
            .distinct()
            .order_by("name")[: max(2, limit // 3)]
        )
        suggestions = [
            {"label": tag.name, "kind": "tag", "url": reverse("exchange:tag_detail", args=[tag.slug])} for tag in tags
        ]
        rows = (
            SearchDocument.objects.filter(self._word_start_q("title", prefix))
            .annotate(link=KT("data__url"))
            .order_by("title")
            .values_list("title", "link")[: limit * 3]
        )
        starts = tuple(german.fold(variant) for variant in german.variants(prefix))
        titles = sorted(
            ((title, url) for title, url in rows if url), key=lambda row: not german.fold(row[0]).startswith(starts)
        )[: limit - len(suggestions)]
        return [{"label": title, "kind": "title", "url": url} for title, url in titles] + suggestions

    def related(self, doc_id, limit=4):
        """Content sharing topics (weight 2) and tags (weight 1) with `doc_id`, best overlap first."""
        source = SearchDocument.objects.filter(pk=doc_id).values("topics", "tags").first()
        if not source:
            return []
        weighted = [("topics__icontains", value, 2) for value in source["topics"].strip("|").split("|") if value]
        weighted += [("tags__icontains", value, 1) for value in source["tags"].strip("|").split("|") if value]
        if not weighted:
            return []
        shares = [Q(**{lookup: f"|{value}|"}) for lookup, value, _weight in weighted]
        overlap = reduce(
            add,
            (
                Case(When(share, then=Value(weight)), default=Value(0), output_field=IntegerField())
                for share, (_lookup, _value, weight) in zip(shares, weighted, strict=True)
            ),
        )
        rows = (
            SearchDocument.objects.filter(type__in=CONTENT_TYPES)
            .filter(reduce(or_, shares))
            .exclude(pk=doc_id)
            .annotate(overlap=overlap)
            .order_by("-overlap", *NEWEST)[:limit]
        )
        return [_hit(row, score=float(row.overlap)) for row in rows]
