"""The admin's "Als aktuell bestätigen": a confirmation page (GET) and the confirmation itself (POST).

Whether the user may confirm is checked here, on the server, whatever button led here: editing rights on the
page (so an editor of one municipality cannot confirm another's content) and a type whose freshness is tracked.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from .freshness import can_confirm, confirm_current

CONFIRM_URL_NAME = "editorial_confirm_current"


def confirm_url(page):
    return reverse(CONFIRM_URL_NAME, args=[page.pk])


def _next_url(request, page):
    """Where to go afterwards: a `next` address on this site, else the page's edit view."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return next_url
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@require_http_methods(["GET", "POST"])
def confirm_current_view(request, page_id):
    """Ask once, then record that the page is still current ("Zuletzt geprüft": today)."""
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    if not can_confirm(request.user, page):
        raise PermissionDenied
    next_url = _next_url(request, page)
    if request.method == "POST":
        reviewed = confirm_current(page, request.user)
        messages.success(
            request,
            _("„%(title)s“ ist als aktuell bestätigt (zuletzt geprüft: %(date)s).")
            % {"title": page.get_admin_display_title(), "date": date_format(reviewed, "j. F Y")},
        )
        return redirect(next_url)
    context = {
        "page": page,
        "page_title": _("Als aktuell bestätigen"),
        "page_subtitle": page.get_admin_display_title(),
        "header_icon": "tick",
        "next_url": next_url,
        "action_url": confirm_url(page),
    }
    return TemplateResponse(request, "editorial/confirm_current.html", context)
