"""The editorial system: roles per municipality, review before publishing, freshness, the editors' dashboard
and the admin's protection. Depends on `exchange` (and may use `search`); neither depends on it."""

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Redaktion"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Roles: each new municipality gets its section (group and collection) at once.
        from editorial import signals  # noqa: F401
