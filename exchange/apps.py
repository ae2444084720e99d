from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Wissensaustausch")

    def ready(self):
        # Connects the receiver that gives each new municipality its editor group.
        from . import editorial  # noqa: F401
