from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate


def create_cache_tables(sender, using, **kwargs):
    """The rate limits count in a database cache table (settings.CACHES): `migrate` creates it if missing."""
    call_command("createcachetable", database=using, verbosity=0)


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Abonnements"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401

        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="subscriptions-cache-tables")
