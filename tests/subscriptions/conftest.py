"""Real parts for the subscription tests: an SMTP server (aiosmtpd) on 127.0.0.1, Django's SMTP backend,
and the django-tasks-db queue with its worker (`manage.py db_worker --batch`)."""

import email
import logging
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import caches
from django.core.management import call_command

from tests.search.indices import engine_settings  # noqa: F401 (a fixture)

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Inbox:
    """What the SMTP server accepted: parsed messages with their envelope recipients."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, address):
        return [message for recipients, message in self.messages if address in recipients]

    def clear(self):
        self.messages.clear()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPServer:
    """A real SMTP server that a test can stop (the port refuses connections) and start again."""

    def __init__(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(autouse=True)
def no_rate_limits_counted(db):
    """Each test starts with no requests counted against the rate limits (they count in the database, and the
    flush after a transactional test leaves the cache table as it is)."""
    caches["ratelimit"].clear()


@pytest.fixture
def smtp(settings):
    """The SMTP server, with Django sending to it and tasks going through the database queue."""
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # the test server's own log of each command
    server = SMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = DB_TASKS
    settings.SEARCH_URL = ""
    settings.SUBSCRIPTIONS_REPLY_TO = "redaktion@wissensnetz.example.org"
    yield server
    server.stop()


def run_worker():
    """Run every task that is due, as `manage.py db_worker --batch` does, then return."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0, interval=0.1)


@pytest.fixture
def worker():
    return run_worker
