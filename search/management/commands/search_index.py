"""`manage.py search_index rebuild|status`: build the search index from scratch, or check it is in sync.

Works with whichever engine SEARCH_URL names: Elasticsearch/OpenSearch (a new index behind the alias) or,
with no SEARCH_URL, the database engine (the `SearchDocument` table).
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search.documents import count_all_documents, iter_all_documents
from search.engines import EngineUnavailable, engine_for_url
from search.engines.database import DatabaseEngine
from search.tasks import apply_all_pending

#: How many missing or stale ids `status` lists; the counts are always complete.
SHOWN_IDS = 20


class Command(BaseCommand):
    help = "Baut den Suchindex neu auf (rebuild) oder prüft, ob er zum Inhalt passt (status)."

    def add_arguments(self, parser):
        parser.add_argument(
            "action",
            choices=["rebuild", "status", "sync"],
            help="rebuild: neu aufbauen; status: prüfen; sync: ausstehende Aktualisierungen anwenden.",
        )
        parser.add_argument("--no-progress", action="store_true", help="Keinen Fortschrittsbalken zeigen.")

    def handle(self, *args, action, no_progress, **options):
        engine = engine_for_url(settings.SEARCH_URL)
        try:
            if action == "rebuild":
                self.rebuild(engine, progress=not no_progress)
            elif action == "sync":
                self.sync()
            else:
                self.status(engine)
        except EngineUnavailable as exc:
            raise CommandError(
                f"Die Suchmaschine ist nicht erreichbar (SEARCH_URL={settings.SEARCH_URL!r}): {exc}"
            ) from None

    def _where(self, engine):
        if settings.SEARCH_URL:
            return f"{engine.name} ({settings.SEARCH_URL}, Alias {settings.SEARCH_INDEX_NAME!r})"
        return "Datenbank (kein SEARCH_URL gesetzt)"

    def rebuild(self, engine, progress):
        total = count_all_documents()
        self.stdout.write(f"Baue den Suchindex neu auf: {self._where(engine)}, {total} Dokumente …")
        with tqdm(total=total, unit=" Dok.", file=sys.stderr, disable=not progress) as bar:

            def advance(done):
                # Engines report the running total; tqdm wants the step.
                bar.update(done - bar.n)

            stats = engine.rebuild(iter_all_documents(), total=total, progress=advance)
        self.stdout.write(
            self.style.SUCCESS(f"Index {stats['index']}: {stats['count']} Dokumente in {stats['seconds']} s.")
        )
        if engine.name != "database":
            # The database engine answers when the remote engine is down, so it is rebuilt as well.
            mirror = DatabaseEngine().rebuild(iter_all_documents(), total=total)
            self.stdout.write(f"Ersatzindex in der Datenbank: {mirror['count']} Dokumente in {mirror['seconds']} s.")
        # Changes made while the rebuild ran went to the old index; apply what is still pending.
        applied, remaining = apply_all_pending()
        if applied or remaining:
            self.stdout.write(f"Ausstehende Aktualisierungen: {applied} angewendet, {remaining} offen.")

    def sync(self):
        """Apply pending index updates now (the background task does this too, with back-off)."""
        applied, remaining = apply_all_pending()
        self.stdout.write(f"{applied} Aktualisierungen angewendet, {remaining} offen.")
        if remaining:
            raise CommandError(
                "Die Suchmaschine ist nicht erreichbar; die offenen Aktualisierungen bleiben gespeichert."
            )

    def status(self, engine):
        expected = {doc["id"] for doc in iter_all_documents()}
        indexed = engine.indexed_ids()
        missing = sorted(expected - indexed)
        stale = sorted(indexed - expected)
        self.stdout.write(f"Suchindex: {self._where(engine)}")
        if engine.name != "database":
            # german or portable (search.analysis), as recorded in the index behind the alias.
            self.stdout.write(f"  Analyseprofil: {engine.index_profile() or 'nicht vermerkt (älterer Index)'}")
        self.stdout.write(f"  erwartet: {len(expected)}, im Index: {len(indexed)}")
        self.stdout.write(f"  fehlen: {len(missing)}, veraltet: {len(stale)}")
        for label, ids in (("Fehlen im Index", missing), ("Veraltet im Index", stale)):
            if ids:
                more = f" (und {len(ids) - SHOWN_IDS} weitere)" if len(ids) > SHOWN_IDS else ""
                self.stdout.write(f"  {label}: {', '.join(ids[:SHOWN_IDS])}{more}")
        if missing or stale:
            raise CommandError(
                "Der Suchindex ist nicht aktuell: `manage.py search_index rebuild` behebt das.", returncode=1
            )
        self.stdout.write(self.style.SUCCESS("Der Suchindex ist aktuell."))
