"""Login throttling on the real admin login: per account and per client, German page, reset and cool-off."""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from accounts.clients import client_ip

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "richtig-und-lang-2026"
WRONG = "falsch-geraten-123"
LOCKED = "Anmeldung vorübergehend gesperrt"
ATTACKER = "203.0.113.7"
OTHER_CLIENT = "198.51.100.20"


@pytest.fixture(autouse=True)
def policy(settings):
    """The limit the tests count against, whatever the environment sets."""
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)


@pytest.fixture
def anna(django_user_model):
    return django_user_model.objects.create_superuser("anna", "anna@example.org", PASSWORD)


@pytest.fixture
def bernd(django_user_model):
    return django_user_model.objects.create_superuser("bernd", "bernd@example.org", PASSWORD)


def log_in(client, username, password, ip=ATTACKER):
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client, username, times, ip=ATTACKER):
    return [log_in(client, username, WRONG, ip) for _ in range(times)][-1]


def logged_in(client):
    return "_auth_user_id" in client.session


def test_failures_up_to_the_limit_lock_out_with_a_german_page(client, anna):
    response = fail(client, "anna", 3)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert response["Retry-After"] == str(15 * 60)


def test_failures_below_the_limit_show_the_login_form_again(client, anna):
    response = fail(client, "anna", 2)
    assert response.status_code == 200
    assert LOCKED not in response.content.decode()


def test_the_right_password_is_refused_while_locked(client, anna):
    fail(client, "anna", 3)
    response = log_in(client, "anna", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_a_locked_account_is_locked_from_every_client(client, anna):
    for number in range(3):
        log_in(client, "anna", WRONG, ip=f"192.0.2.{number + 1}")
    response = log_in(client, "anna", PASSWORD, ip=OTHER_CLIENT)
    assert response.status_code == 429


def test_a_client_with_repeated_failures_is_locked_for_every_account(client, anna, bernd):
    for username in ("anna", "carla", "dora"):
        log_in(client, username, WRONG)
    response = log_in(client, "bernd", PASSWORD)
    assert response.status_code == 429


def test_another_account_from_another_client_is_unaffected(client, anna, bernd):
    fail(client, "anna", 3)
    response = log_in(client, "bernd", PASSWORD, ip=OTHER_CLIENT)
    assert response.status_code == 302
    assert logged_in(client)


def test_a_successful_login_resets_the_count(client, anna):
    fail(client, "anna", 2)
    log_in(client, "anna", PASSWORD)
    client.logout()
    fail(client, "anna", 2)
    response = log_in(client, "anna", PASSWORD)
    assert response.status_code == 302


def test_the_lock_out_ends_after_the_cool_off(client, anna):
    fail(client, "anna", 3)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response = log_in(client, "anna", PASSWORD)
    assert response.status_code == 302


def test_an_administrator_lifts_the_lock_out_with_axes_reset(client, anna):
    fail(client, "anna", 3)
    call_command("axes_reset", stdout=StringIO())
    response = log_in(client, "anna", PASSWORD)
    assert response.status_code == 302


def test_the_lock_out_is_logged_without_the_password(client, anna, caplog):
    with caplog.at_level(logging.WARNING, logger="accounts.security"):
        fail(client, "anna", 3)
    records = [record for record in caplog.records if record.name == "accounts.security"]
    assert len(records) == 1
    assert "anna" in records[0].getMessage() and ATTACKER in records[0].getMessage()
    assert all(WRONG not in record.getMessage() for record in caplog.records)


def test_stored_attempts_do_not_hold_the_password(client, anna):
    fail(client, "anna", 2)
    assert AccessAttempt.objects.exists()
    assert all(WRONG not in attempt.post_data for attempt in AccessAttempt.objects.all())


def test_purge_deletes_attempts_after_the_cool_off_only(client, anna, bernd):
    fail(client, "anna", 1)
    fail(client, "bernd", 1, ip=OTHER_CLIENT)
    AccessAttempt.objects.filter(username="anna").update(attempt_time=timezone.now() - timedelta(minutes=16))
    call_command("purge_login_attempts", stdout=StringIO())
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["bernd"]


def test_successful_logins_are_not_stored(client, anna):
    log_in(client, "anna", PASSWORD)
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()


def test_behind_a_proxy_the_configured_header_gives_the_client(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "203.0.113.7"


def test_without_a_proxy_setting_the_client_is_the_remote_address(settings):
    settings.RATELIMIT_IP_META_KEY = None
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9", REMOTE_ADDR="203.0.113.7")
    assert client_ip(request) == "203.0.113.7"
