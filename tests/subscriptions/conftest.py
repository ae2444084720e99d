"""Real parts for the subscription tests: an SMTP server (aiosmtpd) on 127.0.0.1, Django's SMTP backend,
and the django-tasks-db queue with its worker (`manage.py db_worker --batch`)."""

import pytest
from django.core.cache import caches

from tests.search.indices import engine_settings  # noqa: F401 (a fixture)
from tests.smtp import DB_TASKS, SMTPServer, run_worker, send_mail_to


@pytest.fixture(autouse=True)
def no_rate_limits_counted(db):
    """Each test starts with no requests counted against the rate limits (they count in the database, and the
    flush after a transactional test leaves the cache table as it is)."""
    caches["ratelimit"].clear()


@pytest.fixture
def smtp(settings):
    """The SMTP server, with Django sending to it and tasks going through the database queue."""
    server = SMTPServer()
    server.start()
    send_mail_to(settings, server)
    settings.TASKS = DB_TASKS
    settings.SEARCH_URL = ""
    settings.SUBSCRIPTIONS_REPLY_TO = "redaktion@wissensnetz.example.org"
    yield server
    server.stop()


@pytest.fixture
def worker():
    return run_worker
