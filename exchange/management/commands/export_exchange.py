"""`manage.py export_exchange FILE`: write all publicly visible content in the JSON exchange format."""

import sys

from django.core.management.base import BaseCommand, CommandError

from exchange.interchange.exporter import dump, export_document


class Command(BaseCommand):
    help = "Exportiert alle öffentlich sichtbaren Inhalte im Austauschformat (docs/import-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Zieldatei, oder - für die Standardausgabe.")

    def handle(self, *args, file, **options):
        document = export_document()
        if file == "-":
            dump(document, sys.stdout)
            return
        try:
            with open(file, "w", encoding="utf-8") as fp:
                dump(document, fp)
        except OSError as exc:
            raise CommandError(f"Datei „{file}“ lässt sich nicht schreiben: {exc.strerror}") from None
        counts = ", ".join(f"{key}: {len(value)}" for key, value in document.items())
        self.stderr.write(self.style.SUCCESS(f"Export nach {file} geschrieben ({counts})."))
