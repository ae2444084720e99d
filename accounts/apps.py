from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Login security of the admin: lock-out after failed logins, two-factor authentication."""

    name = "accounts"
    verbose_name = "Anmeldesicherheit"

    def ready(self):
        from accounts import signals  # noqa: F401  (connects the lock-out log)
