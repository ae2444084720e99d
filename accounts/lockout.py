"""The page a locked-out client sees: German, HTTP 429 Too Many Requests, with Retry-After."""

from django.conf import settings
from django.template.response import TemplateResponse


def lockout_response(request, original_response, credentials):
    """Axes' AXES_LOCKOUT_CALLABLE: the lock-out page with the cool-off in minutes."""
    cooloff = settings.AXES_COOLOFF_TIME
    response = TemplateResponse(
        request,
        "accounts/locked_out.html",
        {"cooloff_minutes": int(cooloff.total_seconds() // 60), "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(int(cooloff.total_seconds()))
    return response.render()
