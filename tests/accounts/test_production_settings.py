"""Production settings: short, secure sessions, two factors required, and a clean deploy check."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-like-secret-key-for-the-test-0123456789abcdef",
    "ALLOWED_HOSTS": "wissensnetz.example.org",
}
NAMES = [
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "SESSION_COOKIE_AGE",
    "SESSION_EXPIRE_AT_BROWSER_CLOSE",
    "ADMIN_2FA_REQUIRED",
    "AXES_FAILURE_LIMIT",
]


def production(*args, env=None):
    """Run Python in a fresh process with the production settings and the environment they require."""
    # Only what a server sets: the test run's own variables (e.g. DJANGO_ALLOW_ASYNC_UNSAFE) stay out.
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    environment.update(PRODUCTION_ENV, **(env or {}))
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )


def production_settings(env=None):
    script = (
        "import json; from config.settings import production as s; "
        f"print(json.dumps({{name: getattr(s, name) for name in {NAMES!r}}}))"
    )
    result = production("-c", script, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_sessions_are_secure_and_short():
    values = production_settings()
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert values["SESSION_COOKIE_AGE"] == 8 * 60 * 60
    assert values["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True


def test_production_requires_two_factors_unless_switched_off():
    assert production_settings()["ADMIN_2FA_REQUIRED"] is True
    assert production_settings({"ADMIN_2FA_REQUIRED": "0"})["ADMIN_2FA_REQUIRED"] is False


def test_the_session_age_and_failure_limit_come_from_the_environment():
    values = production_settings({"SESSION_COOKIE_AGE": "3600", "LOGIN_FAILURE_LIMIT": "10"})
    assert (values["SESSION_COOKIE_AGE"], values["AXES_FAILURE_LIMIT"]) == (3600, 10)


def test_the_deploy_check_is_clean():
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
