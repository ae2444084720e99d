"""A real SMTP server (aiosmtpd) on 127.0.0.1 for tests that send mail, Django's settings to use it, and the
database task queue (django-tasks-db) with its worker, through which the mails go."""

import email
import logging
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

#: The database task queue, as in production: tasks wait for `run_worker()`.
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


def send_mail_to(settings, server):
    """Point Django's SMTP backend at `server` (a started `SMTPServer`) for the current test."""
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # the test server's own log of each command
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5


def run_worker():
    """Run every task that is due, as `manage.py db_worker --batch` does, then return."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0, interval=0.1)


@pytest.fixture
def smtp(settings):
    """The SMTP server, with Django sending to it and tasks going through the database queue (and no search
    engine, which the mails do not need). A conftest imports this fixture to offer it to its tests."""
    server = SMTPServer()
    server.start()
    send_mail_to(settings, server)
    settings.TASKS = DB_TASKS
    settings.SEARCH_URL = ""
    yield server
    server.stop()


@pytest.fixture
def worker():
    """`run_worker`, for the tests that take the queue's tasks through it."""
    return run_worker
