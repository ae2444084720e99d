"""Who must use a second factor, and the devices of a user (django-otp)."""

from django.conf import settings
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator-App"
BACKUP_DEVICE_NAME = "Notfallcodes"
BACKUP_CODE_COUNT = 10


def two_factor_required(user):
    """Superusers and reviewers need a second factor when ADMIN_2FA_REQUIRED is on."""
    if not settings.ADMIN_2FA_REQUIRED:
        return False
    return user.is_superuser or user.groups.filter(name__in=settings.ADMIN_2FA_REQUIRED_GROUPS).exists()


def has_confirmed_device(user):
    return any(True for _ in devices_for_user(user, confirmed=True))


def pending_app_device(user):
    """The authenticator app being set up: one unconfirmed TOTP device per user, kept until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def new_backup_codes(user):
    """Replace the user's backup codes with fresh ones and return them (shown once, stored as used-once tokens)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remove_devices(user):
    """Remove the authenticator app and backup codes: the next login needs the password only (or a new setup)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
