"""`manage.py import_exchange FILE`: import municipalities, topics, contacts and content from the JSON format."""

import sys

from django.core.management.base import BaseCommand, CommandError

from exchange.interchange.errors import ImportFileError
from exchange.interchange.importer import import_document
from exchange.interchange.parsing import parse_json


class Command(BaseCommand):
    help = "Importiert eine Austauschdatei (docs/import-format.md): alles oder nichts, in einer Transaktion."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad zur JSON-Datei, oder - für die Standardeingabe.")
        parser.add_argument("--no-progress", action="store_true", help="Keinen Fortschrittsbalken zeigen.")

    def handle(self, *args, file, no_progress, **options):
        try:
            text = self._read(file)
            report = import_document(parse_json(text), progress=not no_progress)
        except ImportFileError as exc:
            for error in exc.errors:
                self.stderr.write(error)
            raise CommandError(f"Import abgebrochen: {len(exc.errors)} Fehler, nichts wurde geändert.") from None
        self.stdout.write(self.style.SUCCESS(f"Import abgeschlossen. {report.summary()}"))

    def _read(self, file):
        if file == "-":
            return sys.stdin.read()
        try:
            with open(file, encoding="utf-8") as fp:
                return fp.read()
        except OSError as exc:
            raise CommandError(f"Datei „{file}“ lässt sich nicht lesen: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"Datei „{file}“ ist nicht in UTF-8 kodiert.") from None
