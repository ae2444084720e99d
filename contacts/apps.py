from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Kontakte"
    default_auto_field = "django.db.models.BigAutoField"
