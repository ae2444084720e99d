"""`manage.py load_demo`: load the demo municipalities and content (safe to run again)."""

from django.core.management.base import BaseCommand, CommandError

from exchange.demo.loader import load_demo
from exchange.interchange.validation import ImportFileError


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte (Kommunen, Praxisbeispiele, Stolpersteine, Booster, …). Mehrfach ausführbar."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Keinen Fortschrittsbalken zeigen.")

    def handle(self, *args, no_progress, **options):
        try:
            report = load_demo(progress=not no_progress)
        except ImportFileError as exc:
            raise CommandError("Die Demo-Inhalte sind ungültig:\n" + "\n".join(exc.errors)) from None
        self.stdout.write(self.style.SUCCESS(f"Demo-Inhalte geladen. {report.summary()}"))
