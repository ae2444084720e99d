"""`manage.py ensure_dev_admin`: a local admin login for `make run`, printed on the console.

For local use only: refuses to run unless DEBUG is on. The password is kept in a git-ignored file so
it stays the same between runs.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = Path(settings.BASE_DIR) / ".dev-admin-password"


class Command(BaseCommand):
    help = "Legt lokal einen Admin-Zugang an (nur mit DEBUG) und zeigt die Zugangsdaten."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Nur für die lokale Entwicklung (DEBUG=True).")
        if PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        self._user("admin", password, is_staff=True, is_superuser=True)
        self._user("redaktion-myk", password, group="Redaktion Landkreis Mayen-Koblenz")
        self._user("moderation", password, group="Moderators")
        self.stdout.write(
            self.style.SUCCESS(
                "Lokale Zugänge für http://127.0.0.1:8000/admin/ (Passwort jeweils: "
                f"{password}):\n  admin – Administration\n"
                "  redaktion-myk – Redaktion Landkreis Mayen-Koblenz (nur eigene Seiten, Freigabe durch Moderation)\n"
                "  moderation – prüft und veröffentlicht"
            )
        )

    def _user(self, username, password, group=None, **flags):
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", **flags}
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
