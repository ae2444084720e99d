"""The search engine that needs no extra service: documents in the site's own database.

It is the default when SEARCH_URL is unset and the fallback when the configured engine is down, so it must
answer every query the view accepts, fast, on a site with thousands of documents. German is analysed in
Python (search.german) and the terms are matched by the database's own full-text index (SQLite FTS5 or
PostgreSQL, see `fulltext`). A search runs the full-text match once and reuses its ids for the hits, the
count and the facet counts (one GROUP BY per group of facets, see `database_facets`); no query per hit.
"""

import time

from django.db import connection, transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Sum, Value, When
from django.db.models.expressions import RawSQL

from .. import german, intent, vocabulary
from ..documents import CONTENT_TYPES
from ..models import SearchDocument, SearchDocumentFacet, SearchFacetTerm, SearchWord
from . import database_index, spelling
from .base import SNIPPET_CHARS, Answer, Hit, SearchEngine, SearchResult
from .database_facets import facet_counts, filter_terms, filters_q
from .fulltext import fulltext
from .suggestions import CANDIDATES, suggestions, tag_limit, typed_word

NEWEST = (F("date").desc(nulls_last=True), "title", "id")
#: Relevance ranks content above municipality profiles and people: short profiles that merely list a
#: topic would otherwise outrank the case studies that explain it.
TYPE_PRIORITY = {**dict.fromkeys(CONTENT_TYPES, 0), "municipality": 1}
#: What a match of only some words of a query counts against a match of all (the remote engine's
#: partial clause has the same weight, search.engines.queries).
PARTIAL_WEIGHT = 0.2
#: What a match of only terms related to the query's (search.vocabulary) counts against a match of the
#: query's own words (the remote engine's related clause has the same boost, search.engines.queries).
RELATED_WEIGHT = 0.05


def _hit(row, query_words=(), score=None):
    data = row.data or {}
    text = german.snippet([row.summary, row.body], query_words, SNIPPET_CHARS)
    return Hit(
        id=row.doc_id,
        type=row.type,
        slug=row.slug,
        title=row.title,
        url=data.get("url", ""),
        municipality=data.get("municipality_name", "") or "",
        municipality_slug=data.get("municipality", "") or "",
        date=data.get("date"),
        snippet=text,
        score=score,
        lesson_kind=data.get("lesson_kind", "") or "",
        last_reviewed=data.get("last_reviewed"),
    )


class DatabaseEngine(SearchEngine):
    """Search in the site's own database; always available."""

    name = "database"

    # -- index upkeep -------------------------------------------------------------------------------

    def index_documents(self, documents):
        written = 0
        with transaction.atomic():
            for batch in database_index.chunks(documents):
                written += database_index.write_batch(batch)
        return written

    def delete_documents(self, doc_ids):
        with transaction.atomic():
            for batch in database_index.chunks(doc_ids):
                database_index.delete_batch(batch)

    def rebuild(self, documents, total, progress=None):
        """Replace all rows in one transaction: readers see the old index until the new one is complete."""
        started = time.perf_counter()
        written = 0
        seen = set()
        with transaction.atomic():
            SearchWord.objects.all().delete()
            for batch in database_index.chunks(documents):
                written += database_index.write_batch(batch)
                seen.update(doc["id"] for doc in batch)
                if progress:
                    progress(written)
            stale = set(SearchDocument.objects.values_list("doc_id", flat=True)) - seen
            self.delete_documents(stale)
            database_index.prune_terms()
        return {
            "index": "SearchDocument",
            "count": written,
            "deleted": len(stale),
            "total": total,
            "seconds": round(time.perf_counter() - started, 2),
        }

    def indexed_ids(self):
        return set(SearchDocument.objects.values_list("doc_id", flat=True))

    # -- search -------------------------------------------------------------------------------------

    def _scores(self, query_words, operator, limit=None):
        """{document id: score} of the documents matching the words with `operator` ("and"/"or")."""
        sql, params = fulltext().match(query_words, operator)
        if limit:
            sql += f" LIMIT {int(limit)}"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return dict(cursor.fetchall())

    def _match(self, query_words, limit=None, partial=False):
        """{document id: score} of the documents matching every word, else any word (multi-word queries).

        With `partial`, documents matching only some words of a multi-word query are kept even when others
        match all, at `PARTIAL_WEIGHT` of their score, as the remote engine's partial clause keeps them:
        pages answering part of a question ("Baugenehmigung schneller") belong on the list, below the rest.
        """
        scores = self._scores(query_words, "and", limit)
        if len(query_words) < 2 or (scores and not partial):
            return scores
        some = self._scores(query_words, "or", limit)
        if not scores:
            return some
        return {**{pk: score * PARTIAL_WEIGHT for pk, score in some.items()}, **scores}

    def _with_related(self, scores, texts):
        """Scores with the documents matching terms related to the query's words `texts` added, each at
        RELATED_WEIGHT of its score: "Hitzeschutz" also finds "Klimaanpassung", below "Hitzeschutz"."""
        related = vocabulary.vocabulary().related_words(texts)
        if not related:
            return scores
        combined = dict(scores)
        for pk, score in self._scores(related, "or").items():
            combined[pk] = combined.get(pk, 0.0) + score * RELATED_WEIGHT
        return combined

    def _matched(self, ids):
        """The documents with these ids (an iterable, or a dict keyed by them), passed as one parameter."""
        sql, params = fulltext().id_list(ids)
        return SearchDocument.objects.filter(id__in=RawSQL(sql, params))

    def _page(self, selected, scores, query):
        """(count, rows of the requested page): by relevance (type, then score) or newest first.

        By relevance, the ids and types of all selected documents are read once and sorted here.
        """
        offset = (max(query.page, 1) - 1) * query.per_page
        if scores is None or query.sort == "newest":
            count = selected.count()
            rows = list(selected.order_by(*NEWEST)[offset : offset + query.per_page]) if offset < count else []
            return count, rows
        candidates = list(selected.values_list("id", "type"))
        candidates.sort(key=lambda row: (TYPE_PRIORITY.get(row[1], 2), -scores.get(row[0], 0.0), row[0]))
        page_ids = [row[0] for row in candidates[offset : offset + query.per_page]]
        by_id = SearchDocument.objects.in_bulk(page_ids)
        return len(candidates), [by_id[pk] for pk in page_ids]

    def _prefer(self, scores, understood):
        """Scores with the kind the query names (search.intent) boosted, as the remote engine boosts it: a
        factor on the text score. A query naming only a kind also finds that kind's other documents, each
        scored as the weakest text match before the factor (as the remote engine adds a constant)."""
        preferred = SearchDocument.objects.filter(type=understood.prefer.type)
        if understood.prefer.lesson_kind:
            preferred = preferred.filter(data__lesson_kind=understood.prefer.lesson_kind)
        if not understood.kind_only:
            preferred = preferred.filter(id__in=self._matched(scores).values("id"))
        floor = min(scores.values(), default=1.0)
        boosted = dict(scores)
        for pk in preferred.values_list("id", flat=True):
            boosted[pk] = boosted.get(pk, floor) * intent.KIND_BOOST
        return boosted

    def search(self, query):
        started = time.perf_counter()
        understood = intent.parse(" ".join(query.text.split()))
        query_words = vocabulary.vocabulary().expand(german.query_words(understood.text))
        scores = None
        if query_words:
            scores = self._with_related(
                self._match(query_words, partial=True), german.meaningful_words(understood.text)
            )
        if scores is not None and understood.prefer is not None and (scores or understood.kind_only):
            scores = self._prefer(scores, understood)
        if scores is None:
            base = SearchDocument.objects.all()
        else:
            base = self._matched(scores) if scores else SearchDocument.objects.none()
        if query.within:
            base = base.filter(doc_id__in=query.within)
        terms = filter_terms(query.filters)
        count, rows = self._page(base.filter(filters_q(terms)), scores, query)
        suggestion = None
        if query_words:
            # Corrections are of what the reader typed, kind words included.
            suggestion = spelling.correction(
                german.query_words(query.text),
                is_known=lambda word: bool(self._match([word.as_written()], limit=1)),
                count=lambda words: len(self._match(words)),
            )
        return SearchResult(
            query=query,
            engine=self.name,
            count=count,
            hits=[_hit(row, query_words, scores.get(row.pk) if scores else None) for row in rows],
            facets=facet_counts(None if scores is None else base, terms),
            took_ms=round((time.perf_counter() - started) * 1000, 1),
            suggestion=suggestion,
        )

    # -- suggestions and related content -----------------------------------------------------------------

    def suggest(self, prefix, limit=8):
        """Titles with a word starting with what is typed (any umlaut spelling), and tags with such a word."""
        _, folded = typed_word(prefix)
        if not folded:
            return Answer()
        tags = (
            SearchFacetTerm.objects.filter(facet="tag")
            .filter(Q(key__startswith=folded) | Q(key__contains=f" {folded}"))
            .filter(Exists(SearchDocumentFacet.objects.filter(term=OuterRef("pk"))))
            .order_by("key", "value")
            .values_list("value", flat=True)[: tag_limit(limit) * 3]
        )
        sql, params = fulltext().completes(folded)
        titles = (
            SearchDocument.objects.filter(id__in=RawSQL(sql, params))
            .order_by("title")
            .values_list("title", "data__url")[:CANDIDATES]
        )
        return suggestions(folded, list(titles), list(tags), limit)

    def related(self, doc_id, limit=4):
        """Content sharing topics (weight 2) and tags (weight 1) with `doc_id`, best overlap first."""
        source = SearchDocument.objects.filter(doc_id=doc_id).values_list("id", flat=True).first()
        if source is None:
            return Answer()
        shared = list(
            SearchDocumentFacet.objects.filter(document_id=source, term__facet__in=("topic", "tag")).values_list(
                "term_id", flat=True
            )
        )
        if not shared:
            return Answer()
        weight = Case(When(term__facet="topic", then=Value(2)), default=Value(1), output_field=IntegerField())
        ranked = (
            SearchDocumentFacet.objects.filter(term_id__in=shared, document__type__in=CONTENT_TYPES)
            .exclude(document_id=source)
            .values("document_id")
            .annotate(overlap=Sum(weight))
            .order_by("-overlap", F("document__date").desc(nulls_last=True), "document_id")[:limit]
        )
        overlaps = {row["document_id"]: row["overlap"] for row in ranked}
        by_id = SearchDocument.objects.in_bulk(list(overlaps))
        return Answer(_hit(by_id[pk], score=float(overlap)) for pk, overlap in overlaps.items() if pk in by_id)
