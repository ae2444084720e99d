"""`manage.py ensure_dev_admin`: local admin logins for `make run` (an administrator, an editor of
Mayen-Koblenz, a reviewer), printed on the console.

For local use only: refuses to run unless DEBUG is on. The password is kept in a git-ignored file so
it stays the same between runs. Runs after `setup_roles` (`make demo`), which makes the groups.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from editorial.models import EditorialSection
from editorial.roles import REVIEWERS

#: The municipality whose editor the local editor login is.
DEMO_MUNICIPALITY = "mayen-koblenz"

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
        section = EditorialSection.objects.select_related("group").filter(municipality__slug=DEMO_MUNICIPALITY).first()
        reviewers = Group.objects.filter(name=REVIEWERS).first()
        if section is None or reviewers is None:
            raise CommandError(
                f"Kommune „{DEMO_MUNICIPALITY}“ oder Gruppe „{REVIEWERS}“ fehlt: zuerst `make demo` (load_demo, setup_roles)."
            )
        self._user("redaktion-myk", password, group=section.group)
        self._user("netzwerkredaktion", password, group=reviewers)
        self.stdout.write(
            self.style.SUCCESS(
                "Lokale Zugänge für http://127.0.0.1:8000/admin/ (Passwort jeweils: "
                f"{password}):\n  admin – Administration\n"
                f"  redaktion-myk – {section.group.name} (nur eigene Seiten, Freigabe durch die Netzwerkredaktion)\n"
                f"  netzwerkredaktion – {REVIEWERS}: prüft und veröffentlicht"
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
            user.groups.add(group)
