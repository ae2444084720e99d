"""`manage.py setup_roles`: create or repair every editorial role, the shared collection and the review workflow."""

from django.core.management.base import BaseCommand

from editorial.roles import SHARED_COLLECTION, setup_roles


class Command(BaseCommand):
    help = (
        "Legt für jede Kommune die Gruppe „Redaktion <Kommune>“ und ihre Sammlung an, die Netzwerkredaktion, "
        "die gemeinsame Sammlung und den Prüf-Workflow; ein zweiter Lauf ändert nichts."
    )

    def handle(self, *args, **options):
        summary = setup_roles()
        self.stdout.write(
            f"{summary['sections']} Redaktionsbereiche ({summary['new_sections']} neu, "
            f"{summary['trusted']} veröffentlichen ohne Prüfung); Prüfgruppe „{summary['reviewers']}“, "
            f"gemeinsame Sammlung „{SHARED_COLLECTION}“, Workflow „{summary['workflow'] or 'keiner (keine Kommunenübersicht)'}“."
        )
