from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Startseite")

    def ready(self):
        from .signals import build_site_structure  # models are ready only now

        post_migrate.connect(build_site_structure, sender=self)
