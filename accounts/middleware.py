"""The admin asks for the second factor before anything else (django-otp's OTPMiddleware runs first)."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from accounts.two_factor import has_confirmed_device, two_factor_required

#: Admin views a user reaches before the second factor: the two-factor pages themselves, logging in and out,
#: and the admin's JavaScript translations those pages load.
OPEN_VIEWS = {
    "accounts_two_factor_verify",
    "accounts_two_factor_setup",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "admin:login",
    "admin:logout",
}


class AdminTwoFactorMiddleware:
    """Below the Wagtail and Django admin: a user with a device must enter a code once per session; a user
    who must use two factors (ADMIN_2FA_REQUIRED) and has no device is sent to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        target = self.redirect_for(request)
        return redirect(target) if target else self.get_response(request)

    def redirect_for(self, request):
        user = request.user
        if not self.is_admin(request.path_info) or not user.is_authenticated or user.is_verified():
            return None
        if self.view_name(request.path_info) in OPEN_VIEWS:
            return None
        if has_confirmed_device(user):
            view = "accounts_two_factor_verify"
        elif two_factor_required(user):
            view = "accounts_two_factor_setup"
        else:
            return None
        return f"{reverse(view)}?{urlencode({'next': request.get_full_path()})}"

    @staticmethod
    def is_admin(path):
        return path.startswith((reverse("wagtailadmin_home"), reverse("admin:index")))

    @staticmethod
    def view_name(path):
        try:
            return resolve(path).view_name
        except Resolver404:
            return None
