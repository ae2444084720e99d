from django.apps import AppConfig


class SixthTypeConfig(AppConfig):
    name = "tests.sixth_type"
    label = "sixth_type"
    verbose_name = "Sechster Inhaltstyp (nur Tests)"
