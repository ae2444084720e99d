"""Admin pages for the second factor: enter a code after the password, set up or remove the app."""

from base64 import b32encode

import segno
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import devices_for_user
from django_otp import login as otp_login

from accounts.forms import TokenForm
from accounts.two_factor import (
    has_confirmed_device,
    new_backup_codes,
    pending_app_device,
    remove_devices,
    two_factor_required,
)

WRONG_CODE = "Der Code ist falsch oder abgelaufen. Bitte geben Sie den aktuellen Code ein."


def next_url(request):
    """Where to go after the code: the admin page asked for, never another site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def throttled_until(devices):
    """The end of the longest wait django-otp imposes after wrong codes, or None if every device may verify."""
    waits = [data.get("locked_until") for allowed, data in (d.verify_is_allowed() for d in devices) if not allowed]
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None


def verify(request):
    """After the password: a code from the app or a backup code, once per session."""
    devices = list(devices_for_user(request.user, confirmed=True))
    if not devices or request.user.is_verified():
        return redirect(next_url(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        until = throttled_until(devices)
        if until:
            local = formats.time_format(timezone.localtime(until), "H:i:s")
            form.add_error("token", f"Zu viele falsche Codes. Bitte versuchen Sie es nach {local} Uhr erneut.")
        else:
            device = next((d for d in devices if d.verify_token(form.cleaned_data["token"])), None)
            if device:
                otp_login(request, device)
                return redirect(next_url(request))
            form.add_error("token", WRONG_CODE)
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": next_url(request)})


def setup(request):
    """Set up the authenticator app (QR code and secret, confirmed by a first code), or see that it is set up."""
    user = request.user
    if has_confirmed_device(user):
        return TemplateResponse(request, "accounts/setup_done.html", {"required": two_factor_required(user)})
    device = pending_app_device(user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_backup_codes(user)
            return TemplateResponse(request, "accounts/backup_codes.html", {"codes": codes, "next": next_url(request)})
        form.add_error("token", WRONG_CODE)
    secret = b32encode(device.bin_key).decode("ascii")
    context = {
        "form": form,
        "next": next_url(request),
        "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "required": two_factor_required(user),
    }
    return TemplateResponse(request, "accounts/setup.html", context)


@require_POST
def remove(request):
    """Remove the app and the backup codes, e.g. for a new phone; when required, the admin asks for a new setup."""
    remove_devices(request.user)
    messages.success(request, "Die Zwei-Faktor-Anmeldung wurde entfernt.")
    return redirect("accounts_two_factor_setup")
