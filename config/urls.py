"""The site's URLs; errors below /api/ are answered as JSON, all others with the HTML templates."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext as _
from django.views import defaults
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search.views import api_error, api_not_found

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("search.urls")),
    path("", include("network.urls")),
    path("feeds/", include("exchange.feeds.urls")),
    path("abonnieren/", include("subscriptions.urls")),
    path("veranstaltungen/", include("registrations.urls")),
    # Every other address below /api/ is an unknown endpoint, never a Wagtail page.
    re_path(r"^api/(?:.*/)?$", api_not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]


def _is_api(request):
    return request.path_info.startswith("/api/")


def bad_request(request, exception):
    """400 for a request Django refuses before any view (e.g. more parameters than allowed)."""
    if _is_api(request):
        return api_error(400, _("Die Anfrage ist ungültig."))
    return defaults.bad_request(request, exception)


def page_not_found(request, exception):
    """404: JSON below /api/, templates/404.html elsewhere."""
    if _is_api(request):
        return api_not_found(request, exception)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """500: JSON below /api/, templates/500.html elsewhere (a static page: it must render when all else fails)."""
    if _is_api(request):
        return api_error(500, _("Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal."))
    return defaults.server_error(request)


handler400 = bad_request
handler404 = page_not_found
handler500 = server_error
