"""Test settings: fast hashing, tasks run immediately, media in a temporary folder (see conftest)."""

import uuid

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files straight from the app and project folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests never touch the development index, nor another run's: each run has an alias of its own, engine
# tests add a unique suffix to it, and the run checks that nothing with this prefix is left at its end.
SEARCH_INDEX_NAME = f"wissensnetz-test-{uuid.uuid4().hex[:8]}"
# Two suites on one PostgreSQL server (e.g. two checkouts) need test databases of their own.
if os.environ.get("TEST_DATABASE_NAME"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}  # noqa: F405
# A sixth content type that only the tests know (tests/sixth_type): adding a type needs no other code.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.sixth_type"]  # noqa: F405
