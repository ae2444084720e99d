"""The admin report "Zu prüfende Inhalte": live case studies and lessons nobody confirmed for a year.

Editors see the pages they may edit (their municipality's), moderators and superusers all; filterable by
municipality, exported as CSV or XLSX with Wagtail's export. One query for the rows, however many there are:
freshness date and municipality come as annotations (`editorial.freshness.tracked_pages`).
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from exchange.models import ContentPage, MunicipalityPage

from .freshness import stale_after_days, stale_pages

INDEX_URL_NAME = "editorial_stale_content"
RESULTS_URL_NAME = "editorial_stale_content_results"


class StaleContentFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(
        label=_("Kommune"),
        empty_label=_("Alle Kommunen"),
        queryset=lambda request: MunicipalityPage.objects.order_by("title").only("title", "path", "depth"),
        method="filter_municipality",
    )

    class Meta:
        model = ContentPage
        fields = []

    def filter_municipality(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path, depth=value.depth + 1) if value else queryset


class StaleContentReportView(ReportView):
    """Pages to check: title (to the editor), type, municipality, and since when it is unconfirmed."""

    page_title = _("Zu prüfende Inhalte")
    results_template_name = "editorial/stale_content_results.html"
    header_icon = "time"
    model = ContentPage
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    filterset_class = StaleContentFilterSet
    index_url_name = INDEX_URL_NAME
    index_results_url_name = RESULTS_URL_NAME
    default_ordering = "freshness"
    columns = [
        TitleColumn("title", label=_("Titel"), url_name="wagtailadmin_pages:edit", sort_key="title", accessor="title"),
        Column("type", label=_("Typ"), accessor="page_type_display_name"),
        Column("municipality_title", label=_("Kommune"), sort_key="municipality_title"),
        Column("freshness", label=_("Zuletzt geprüft / seit"), sort_key="freshness"),
    ]
    list_export = ["title", "page_type_display_name", "municipality_title", "freshness", "last_reviewed"]
    export_headings = {
        "title": _("Titel"),
        "page_type_display_name": _("Typ"),
        "municipality_title": _("Kommune"),
        "freshness": _("Zuletzt geprüft / seit"),
        "last_reviewed": _("Ausdrücklich bestätigt am"),
    }

    def get_filename(self):
        return f"zu-pruefende-inhalte-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        self.queryset = stale_pages(ContentPage.objects.filter(pk__in=editable.values("pk"))).select_related(
            "content_type"
        )
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stale_after_days"] = stale_after_days()
        return context

    @property
    def no_results_message(self):
        return _("Keine Inhalte zu prüfen: alles ist aktuell bestätigt.")
