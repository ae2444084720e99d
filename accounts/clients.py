"""The client address that lock-outs count, read as the public forms' rate limits read it."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or behind a reverse proxy the header named by RATELIMIT_IP_META_KEY.

    A header with a list (X-Forwarded-For) gives its last entry: the address the nearest proxy saw, which a
    client cannot forge.
    """
    meta_key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    value = request.META.get(meta_key) or request.META.get("REMOTE_ADDR") or ""
    return value.split(",")[-1].strip() or None
