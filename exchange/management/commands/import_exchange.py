"""`manage.py import_exchange FILE`: import municipalities, topics, contacts and content from the JSON format.

With `--check` the file is only parsed and validated, exactly as before an import, and nothing is written.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from exchange.interchange.checking import check_text, contents
from exchange.interchange.errors import ImportFileError
from exchange.interchange.importer import import_document
from exchange.interchange.parsing import parse_json


class Command(BaseCommand):
    help = "Importiert eine Austauschdatei (docs/import-format.md): alles oder nichts, in einer Transaktion."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad zur JSON-Datei, oder - für die Standardeingabe.")
        parser.add_argument("--no-progress", action="store_true", help="Keinen Fortschrittsbalken zeigen.")
        parser.add_argument(
            "--check", action="store_true", help="Nur prüfen, wie vor einem Import, und nichts schreiben."
        )

    def handle(self, *args, file, no_progress, check, **options):
        text = self._read(file)
        if check:
            return self._check(file, text)
        try:
            report = import_document(parse_json(text), progress=not no_progress)
        except ImportFileError as exc:
            for error in exc.errors:
                self.stderr.write(error)
            raise CommandError(f"Import abgebrochen: {len(exc.errors)} Fehler, nichts wurde geändert.") from None
        self.stdout.write(self.style.SUCCESS(f"Import abgeschlossen. {report.summary()}"))

    def _check(self, file, text):
        """Report every problem the import would refuse the file for, or one line saying what it holds."""
        try:
            doc = check_text(text)
        except ImportFileError as exc:
            for error in exc.errors:
                self.stderr.write(error)
            raise CommandError(f"Prüfung fehlgeschlagen: {len(exc.errors)} Fehler.") from None
        name = "Standardeingabe" if file == "-" else file
        self.stdout.write(self.style.SUCCESS(f"OK: „{name}“ ist gültig ({contents(doc)}); nichts wurde geschrieben."))

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
