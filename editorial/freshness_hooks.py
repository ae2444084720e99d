"""Admin hooks of freshness and the editors' dashboard, imported by `editorial.wagtail_hooks`.

The "Als aktuell bestätigen" button (page header and the listing's "more" menu), its history entry, the
report "Zu prüfende Inhalte" in the Reports menu, and the editors' panel on the admin home.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from .dashboard import EditorDashboardPanel
from .freshness import CONFIRM_ACTION, CONFIRM_LABEL, can_confirm
from .reports import INDEX_URL_NAME, RESULTS_URL_NAME, StaleContentReportView
from .views import CONFIRM_URL_NAME, confirm_current_view


class ConfirmCurrentButton(PageMenuItem):
    label = _("Als aktuell bestätigen")
    icon_name = "tick"
    url_name = CONFIRM_URL_NAME

    def is_shown(self, user):
        return can_confirm(user, self.page)


class StaleContentMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_log_actions")
def register_freshness_log_actions(actions):
    actions.register_action(CONFIRM_ACTION, CONFIRM_LABEL, _("Als aktuell bestätigt (zuletzt geprüft gesetzt)"))


@hooks.register("register_page_header_buttons")
def confirm_current_header_button(page, user, view_name, next_url=None):
    yield ConfirmCurrentButton(page=page, next_url=next_url, priority=62)


@hooks.register("register_page_listing_more_buttons")
def confirm_current_listing_button(page, user, next_url=None):
    yield ConfirmCurrentButton(page=page, next_url=next_url, priority=45)


@hooks.register("register_admin_urls")
def freshness_admin_urls():
    return [
        path("redaktion/aktuell/<int:page_id>/", confirm_current_view, name=CONFIRM_URL_NAME),
        path("redaktion/zu-pruefen/", StaleContentReportView.as_view(), name=INDEX_URL_NAME),
        path(
            "redaktion/zu-pruefen/ergebnisse/",
            StaleContentReportView.as_view(results_only=True),
            name=RESULTS_URL_NAME,
        ),
    ]


@hooks.register("register_reports_menu_item")
def stale_content_menu_item():
    return StaleContentMenuItem(_("Zu prüfende Inhalte"), reverse(INDEX_URL_NAME), icon_name="time", order=750)


@hooks.register("construct_homepage_panels")
def editorial_dashboard_panel(request, panels):
    panel = EditorDashboardPanel(request.user)
    if panel.shown:
        panels.append(panel)
