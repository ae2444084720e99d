"""Elasticsearch or OpenSearch as the search engine: transport and index lifecycle.

Queries are built in `queries.py` with elasticsearch.dsl and sent as plain bodies, so the same code serves
both flavours; only the client library differs. Readers and writers use an alias (`SEARCH_INDEX_NAME`)
that points at one concrete index `<alias>-<timestamp>`, so a rebuild fills a fresh index and swaps the
alias in one atomic call while searches keep working.

New indices get the German analysis profile when every node has the modules it needs (analysis-common,
mapper-extras), else the portable one (search.analysis); SEARCH_ANALYSIS ("german", "portable") overrides the detection.
"""

import re
import time
from contextlib import contextmanager
from datetime import UTC, datetime

from django.conf import settings

from search.analysis import GERMAN, GERMAN_MODULES, PORTABLE, PROFILES, index_settings

from . import queries
from .base import Answer, EngineUnavailable, SearchEngine
from .suggestions import typed_word

#: Seconds a request may take before the engine counts as unavailable; a search page must not hang.
REQUEST_TIMEOUT = 10
BULK_CHUNK = 500
#: A rebuild is no reader waiting: a bulk request of REBUILD_CHUNK documents may take this long while the
#: engine merges segments, and a full rebuild must not fail on one slow request.
REBUILD_TIMEOUT = 120
#: Documents per bulk request of a rebuild (about 1.5 MB of German text), and requests in flight at once:
#: two keep the engine busy while this process builds the next chunk, more only queue up on a small node.
REBUILD_CHUNK = 1000
REBUILD_THREADS = 2
#: Index settings while a rebuild loads, each reset to the engine's default (replicas: to the configured
#: number) before the swap: no refresh, no replicas, and the translog synced in the background rather than
#: per request (a crash loses only this index, which the next rebuild makes anew).
LOADING_SETTINGS = {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}


def _client_for(flavour, url, timeout=REQUEST_TIMEOUT):
    """(client, helpers module, errors that mean "engine unavailable", not-found error) for a flavour."""
    if flavour == "elasticsearch":
        from elastic_transport import TransportError
        from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

        client = Elasticsearch(url, request_timeout=timeout, max_retries=1, retry_on_timeout=False)
        return client, helpers, (TransportError, ApiError, helpers.BulkIndexError), NotFoundError
    if flavour == "opensearch":
        from opensearchpy import NotFoundError, OpenSearch, helpers
        from opensearchpy.exceptions import OpenSearchException

        # One connection per rebuild thread (the client keeps one by default and drops the others).
        pool = {"pool_maxsize": REBUILD_THREADS} if timeout == REBUILD_TIMEOUT else {}
        client = OpenSearch([url], timeout=timeout, max_retries=1, retry_on_timeout=False, **pool)
        return client, helpers, (OpenSearchException, helpers.BulkIndexError), NotFoundError
    raise ValueError(f"Unknown search engine flavour {flavour!r}")


def _body(response):
    """The JSON of a response: the Elasticsearch client wraps it, the OpenSearch client does not."""
    return getattr(response, "body", response)


class RemoteEngine(SearchEngine):
    """One alias on an Elasticsearch 9 or OpenSearch 2/3 cluster."""

    def __init__(self, flavour, url, index_name):
        self.name = flavour
        self.url = url
        self.index_name = index_name
        self.client, self.helpers, self._errors, self._not_found = _client_for(flavour, url)
        self._rebuild_client = None  # with REBUILD_TIMEOUT, made on the first rebuild
        self._ready = False
        self._profile = None
        self._concrete = re.compile(rf"^{re.escape(index_name)}-\d{{20}}$")

    def __repr__(self):
        return f"<RemoteEngine {self.name} {self.url} alias={self.index_name}>"

    @contextmanager
    def _unavailable(self):
        """Every client error becomes EngineUnavailable, naming the engine, so callers handle one thing."""
        try:
            yield
        except self._errors as exc:
            raise EngineUnavailable(f"{self.name} at {self.url} ({self.index_name}): {exc}") from exc

    # Reading -----------------------------------------------------------------------------------------------

    def search(self, query):
        self.ensure_index()
        spelling = None
        with self._unavailable():
            response = _body(self.client.search(index=self.index_name, body=queries.search_body(query)))
            if queries.needs_suggestion(query, response["hits"]["total"]["value"]):
                spelling = _body(self.client.search(index=self.index_name, body=queries.suggestion_body(query)))
        return queries.to_result(query, self.name, response, spelling)

    def suggest(self, prefix, limit=8):
        word, typed = typed_word(queries.clean_text(prefix)[:50])
        if not typed:
            return Answer()
        self.ensure_index()
        body = queries.suggest_body(word, typed, limit)
        with self._unavailable():
            response = _body(self.client.search(index=self.index_name, body=body))
        return queries.to_suggestions(typed, response, limit)

    def related(self, doc_id, limit=4):
        self.ensure_index()
        body = queries.related_body(self.index_name, doc_id, limit)
        with self._unavailable():
            response = _body(self.client.search(index=self.index_name, body=body))
        return Answer(queries.to_hit(raw) for raw in response["hits"]["hits"])

    def indexed_ids(self):
        """All ids behind the alias, paged with search_after on the `id` keyword (sorting on _id is costly)."""
        self.ensure_index()
        ids, after = set(), None
        while True:
            with self._unavailable():
                response = _body(self.client.search(index=self.index_name, body=queries.ids_page_body(after)))
            hits = response["hits"]["hits"]
            if not hits:
                return ids
            ids.update(hit["_id"] for hit in hits)
            after = hits[-1]["sort"]

    def ping(self):
        """Whether the cluster answers. Cluster health rather than `HEAD /`: a node without the rest-root
        module (Elasticsearch's integ-test distribution) has no root endpoint."""
        try:
            self.client.cluster.health()
        except self._errors:
            return False
        return True

    def analysis_profile(self):
        """The analysis profile for new indices: SEARCH_ANALYSIS if set, else german when every node has
        GERMAN_MODULES (as modules or plugins), else portable. Asked once per engine object."""
        if self._profile is None:
            chosen = getattr(settings, "SEARCH_ANALYSIS", "")
            if chosen and chosen not in PROFILES:
                raise ValueError(f"SEARCH_ANALYSIS must be one of {', '.join(PROFILES)}, got {chosen!r}")
            self._profile = chosen or self._detected_profile()
        return self._profile

    def _detected_profile(self):
        with self._unavailable():
            nodes = _body(self.client.nodes.info(metric="plugins"))["nodes"].values()
        names = [{item["name"] for item in (*node.get("modules", []), *node.get("plugins", []))} for node in nodes]
        return GERMAN if names and all(found.issuperset(GERMAN_MODULES) for found in names) else PORTABLE

    def index_profile(self):
        """The analysis profile recorded in the `_meta` of the index behind the alias (None if unrecorded)."""
        self.ensure_index()
        with self._unavailable():
            mappings = _body(self.client.indices.get_mapping(index=self.index_name))
        profiles = {mapping["mappings"].get("_meta", {}).get("analysis") for mapping in mappings.values()}
        return profiles.pop() if len(profiles) == 1 else None

    # Writing -----------------------------------------------------------------------------------------------

    def index_documents(self, documents):
        self.ensure_index()
        actions = (
            {"_index": self.index_name, "_id": doc["id"], "_source": queries.document_source(doc)} for doc in documents
        )
        with self._unavailable():
            written, _ = self.helpers.bulk(self.client, actions, chunk_size=BULK_CHUNK, refresh=False)
        return written

    def delete_documents(self, doc_ids):
        doc_ids = list(doc_ids)
        if not doc_ids:
            return
        self.ensure_index()
        actions = ({"_op_type": "delete", "_index": self.index_name, "_id": doc_id} for doc_id in doc_ids)
        with self._unavailable():
            self.helpers.bulk(self.client, actions, chunk_size=BULK_CHUNK, refresh=False, ignore_status=(404,))

    def refresh(self):
        """Make recent writes searchable now (tests, and the end of a rebuild)."""
        with self._unavailable():
            self.client.indices.refresh(index=self.index_name)

    # Index lifecycle ---------------------------------------------------------------------------------------

    def _new_index_name(self):
        return f"{self.index_name}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"

    def _aliased_indices(self):
        """Concrete indices the alias points at now (empty if there is no alias)."""
        try:
            return sorted(_body(self.client.indices.get_alias(name=self.index_name)))
        except self._not_found:
            return []

    def _create_index(self, name, **extra_settings):
        body = index_settings(replicas=self._replicas(), profile=self.analysis_profile())
        body["settings"]["index"].update(extra_settings)
        self.client.indices.create(index=name, body=body)

    @staticmethod
    def _replicas():
        return getattr(settings, "SEARCH_INDEX_REPLICAS", 0)

    def ensure_index(self):
        """Create the first index and its alias if the alias is missing; remembered per engine object.

        A concrete index that carries the alias name (from an older setup) also counts: it keeps working
        until the next rebuild replaces it.
        """
        if self._ready:
            return
        with self._unavailable():
            if not self.client.indices.exists(index=self.index_name):
                name = self._new_index_name()
                body = index_settings(replicas=self._replicas(), profile=self.analysis_profile())
                body["aliases"] = {self.index_name: {}}
                self.client.indices.create(index=name, body=body)
        self._ready = True

    def rebuild(self, documents, total, progress=None):
        """Fill a new index from `documents`, then point the alias at it atomically and drop the old ones.

        While loading, the new index neither refreshes nor replicates nor syncs its translog per request
        (LOADING_SETTINGS, much faster), and REBUILD_THREADS bulk requests are in flight at once, on a client
        with the longer REBUILD_TIMEOUT; the settings are restored before the swap. If loading fails (a document refused, the engine gone), the
        half-built index is removed and the alias keeps pointing at the old index.
        """
        started = time.monotonic()
        name = self._new_index_name()
        client = self._client_for_rebuild()
        actions = ({"_index": name, "_id": doc["id"], "_source": queries.document_source(doc)} for doc in documents)
        count = 0
        with self._unavailable():
            self._create_index(name, **LOADING_SETTINGS)
            try:
                loaded = self.helpers.parallel_bulk(
                    client, actions, thread_count=REBUILD_THREADS, chunk_size=REBUILD_CHUNK, queue_size=REBUILD_THREADS
                )
                for ok, _ in loaded:
                    count += ok
                    if progress and count % 50 == 0:
                        progress(count)
                restored = {**dict.fromkeys(LOADING_SETTINGS), "number_of_replicas": self._replicas()}
                client.indices.put_settings(index=name, body={"index": restored})
                client.indices.refresh(index=name)
                # A commit point now: the translog was synced lazily, and a node restarted before the engine's
                # own flush would replay all of it (minutes at 100,000 documents).
                client.indices.flush(index=name)
                self._swap_alias(name)
            except BaseException:
                self.client.indices.delete(index=name, ignore_unavailable=True)
                raise
        if progress:
            progress(count)
        self._ready = True
        return {"index": name, "count": count, "total": total, "seconds": round(time.monotonic() - started, 2)}

    def _client_for_rebuild(self):
        """A client of its own for rebuilds, with REBUILD_TIMEOUT instead of a reader's REQUEST_TIMEOUT."""
        if self._rebuild_client is None:
            self._rebuild_client = _client_for(self.name, self.url, REBUILD_TIMEOUT)[0]
        return self._rebuild_client

    def _swap_alias(self, name):
        """One `_aliases` call: remove the alias from the old indices, add it to the new one.

        A concrete index named like the alias (older setup) is removed in the same call (`remove_index`).
        Old indices are deleted only after the swap, so searches never see an empty alias.
        """
        old = self._aliased_indices()
        actions = [{"remove": {"index": index, "alias": self.index_name}} for index in old]
        if not old and self.client.indices.exists(index=self.index_name):
            actions.append({"remove_index": {"index": self.index_name}})
        actions.append({"add": {"index": name, "alias": self.index_name}})
        self.client.indices.update_aliases(body={"actions": actions})
        for index in old:
            if index != name and self._concrete.match(index):
                self.client.indices.delete(index=index, ignore_unavailable=True)

    def drop(self):
        """Delete the alias and the indices behind it, or a concrete index named like the alias (tests, or
        starting over). Other indices stay."""
        with self._unavailable():
            indices = self._aliased_indices()
            if not indices and self.client.indices.exists(index=self.index_name):
                indices = [self.index_name]
            for index in indices:
                self.client.indices.delete(index=index, ignore_unavailable=True)
        self._ready = False
