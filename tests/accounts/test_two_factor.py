"""Two-factor authentication in the admin, with real TOTP codes computed from the device key."""

import re
import time
from base64 import b32encode

import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "richtig-und-lang-2026"
SETUP_URL = "/admin/zwei-faktor/"
VERIFY_URL = "/admin/zwei-faktor/code/"
WRONG_CODE = "Der Code ist falsch oder abgelaufen."


def code(device, offset=0):
    """The code an authenticator app shows now (offset in steps: -1 is the previous code)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def required(settings):
    settings.ADMIN_2FA_REQUIRED = True
    settings.ADMIN_2FA_REQUIRED_GROUPS = ["Netzwerkredaktion"]


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("anna", "anna@example.org", PASSWORD)


@pytest.fixture
def editor(django_user_model):
    """A user with admin access and no special role."""
    user = django_user_model.objects.create_user("erik", "erik@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def device(admin_user):
    return TOTPDevice.objects.create(user=admin_user, name="Authenticator-App", confirmed=True)


def password_login(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def test_not_required_a_user_without_device_opens_the_admin(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


def test_required_a_superuser_without_device_is_sent_to_the_setup(client, admin_user, required):
    client.force_login(admin_user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP_URL}?next=%2Fadmin%2Fpages%2F"


def test_required_the_django_admin_is_guarded_too(client, admin_user, required):
    client.force_login(admin_user)
    response = client.get("/django-admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP_URL)


def test_required_a_reviewer_without_device_is_sent_to_the_setup(client, editor, required):
    editor.groups.add(Group.objects.create(name="Netzwerkredaktion"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 302


def test_required_an_editor_outside_the_groups_may_go_without(client, editor, required):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_required_logout_stays_reachable_without_setup(client, admin_user, required):
    client.force_login(admin_user)
    client.post("/admin/logout/")
    assert "_auth_user_id" not in client.session


def test_the_setup_page_shows_a_qr_code_and_the_secret_as_text(client, admin_user):
    client.force_login(admin_user)
    response = client.get(SETUP_URL)
    pending = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    page = response.content.decode()
    assert 'src="data:image/svg+xml' in page
    secret = b32encode(pending.bin_key).decode()
    shown = re.search(r'<code id="totp-secret">([^<]+)</code>', page).group(1)
    assert shown.replace(" ", "") == secret
    assert '<label class="w-field__label" for="id_token"' in page


def test_setup_confirmed_with_the_first_code_grants_access(client, admin_user, required):
    client.force_login(admin_user)
    client.get(SETUP_URL)
    pending = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    response = client.post(SETUP_URL, {"token": code(pending), "next": "/admin/pages/"})
    assert "Notfallcodes" in response.content.decode()
    assert TOTPDevice.objects.get(user=admin_user).confirmed
    assert StaticToken.objects.filter(device__user=admin_user).count() == 10
    assert client.get("/admin/pages/").status_code == 200


def test_setup_with_a_wrong_code_shows_a_german_error(client, admin_user):
    client.force_login(admin_user)
    client.get(SETUP_URL)
    pending = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    wrong = f"{(int(code(pending)) + 1) % 1_000_000:06d}"
    response = client.post(SETUP_URL, {"token": wrong})
    assert WRONG_CODE in response.content.decode()
    assert not TOTPDevice.objects.get(user=admin_user).confirmed


def test_with_a_device_the_admin_asks_for_a_code_after_the_password(client, admin_user, device):
    password_login(client, admin_user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY_URL}?next=%2Fadmin%2F"


def test_the_correct_code_grants_access(client, admin_user, device):
    password_login(client, admin_user)
    response = client.post(VERIFY_URL, {"token": code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_is_refused_with_a_german_error(client, admin_user, device):
    password_login(client, admin_user)
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    response = client.post(VERIFY_URL, {"token": wrong})
    assert response.status_code == 200
    assert WRONG_CODE in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_code_that_is_no_code_gets_a_german_error(client, admin_user, device):
    password_login(client, admin_user)
    response = client.post(VERIFY_URL, {"token": "12"})
    assert "Der Code hat mindestens sechs Zeichen." in response.content.decode()


def test_after_wrong_codes_even_the_right_one_waits(client, admin_user, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a wait no slow machine outlasts between two requests
    password_login(client, admin_user)
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    client.post(VERIFY_URL, {"token": wrong})
    client.post(VERIFY_URL, {"token": wrong})
    response = client.post(VERIFY_URL, {"token": code(device)})
    assert "Zu viele falsche Codes." in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_backup_code_grants_access_once(client, admin_user, device):
    backup = StaticDevice.objects.create(user=admin_user, name="Notfallcodes", confirmed=True)
    backup.token_set.create(token="abcd2345")
    password_login(client, admin_user)
    assert client.post(VERIFY_URL, {"token": "ABCD 2345"}).status_code == 302
    assert not backup.token_set.exists()


def test_the_code_page_does_not_send_the_user_to_another_site(client, admin_user, device):
    password_login(client, admin_user)
    response = client.post(VERIFY_URL, {"token": code(device), "next": "https://example.com/"})
    assert response["Location"] == "/admin/"


def test_removing_the_device_when_required_leads_to_a_new_setup(client, admin_user, device, required):
    password_login(client, admin_user)
    client.post(VERIFY_URL, {"token": code(device)})
    client.post("/admin/zwei-faktor/entfernen/")
    assert not TOTPDevice.objects.filter(user=admin_user, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/")["Location"].startswith(SETUP_URL)


def test_the_account_page_links_the_two_factor_setup(client, admin_user):
    client.force_login(admin_user)
    assert SETUP_URL in client.get("/admin/account/").content.decode()
