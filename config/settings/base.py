"""Settings shared by every environment.

Production-safe by default: DEBUG is off and everything that differs between machines
(database, secret key, hosts, e-mail, media) comes from the environment.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "exchange",
    "home",
    "search",
    "subscriptions",
    "editorial",
    "contacts",
    "network",
    "registrations",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "exchange.context_processors.site_navigation",
            ],
        },
    },
]

# Database: SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: per process by default; the rate limits of public forms (django-ratelimit) count in the database,
# so every worker process sees the same counts without another server. Cache keys are hashes, not the
# addresses or IPs they count. The database cache increments without a lock, so two requests in the same
# instant may count once: a limit can be exceeded by a request or two, never bypassed (django_ratelimit.E003
# and W001 are silenced for that reason). A site with memcached may point CACHES["ratelimit"] at it instead.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ratelimit_cache"},
}
RATELIMIT_USE_CACHE = "ratelimit"
# Behind a reverse proxy, name the header carrying the client address, e.g. HTTP_X_FORWARDED_FOR.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# German first; an English catalogue may follow.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch"))]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Wissensnetz <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SUBSCRIPTIONS_REPLY_TO = os.environ.get("SUBSCRIPTIONS_REPLY_TO", "")
# Subscribe requests per client address and per e-mail address (django-ratelimit rates, e.g. "20/h").
SUBSCRIPTIONS_RATE_PER_CLIENT = os.environ.get("SUBSCRIPTIONS_RATE_PER_CLIENT", "20/h")
SUBSCRIPTIONS_RATE_PER_ADDRESS = os.environ.get("SUBSCRIPTIONS_RATE_PER_ADDRESS", "3/h")
# Seconds before the first retry of a mail the SMTP server did not take; each further retry waits twice as long.
SUBSCRIPTIONS_RETRY_SECONDS = int(os.environ.get("SUBSCRIPTIONS_RETRY_SECONDS", "30"))

# Questions to contacts („Frage an die Kommune“): posts per client address, per sender address and per contact
# (django-ratelimit rates), and how long an undeliverable question is kept before it is deleted.
CONTACTS_RATE_PER_CLIENT = os.environ.get("CONTACTS_RATE_PER_CLIENT", "10/h")
CONTACTS_RATE_PER_ADDRESS = os.environ.get("CONTACTS_RATE_PER_ADDRESS", "5/h")
CONTACTS_RATE_PER_CONTACT = os.environ.get("CONTACTS_RATE_PER_CONTACT", "30/d")
CONTACTS_MESSAGE_RETENTION_HOURS = int(os.environ.get("CONTACTS_MESSAGE_RETENTION_HOURS", "72"))
# Event registrations (registrations/, docs/events.md): days after an event its registrations are kept before
# `prune_registrations` deletes them, and registrations allowed per client IP and per address and event.
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "30"))
REGISTRATION_RATE_PER_CLIENT = os.environ.get("REGISTRATION_RATE_PER_CLIENT", "20/h")
REGISTRATION_RATE_PER_ADDRESS = os.environ.get("REGISTRATION_RATE_PER_ADDRESS", "3/h")

# Background work (Django tasks backport): the database queue unless told otherwise.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Wissensnetz"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_IMAGE_MODEL = "exchange.ExchangeImage"
# Largest image (width × height) an editor may upload, and that renditions are made of (ExchangeImage).
# Decoding takes 3-4 bytes a pixel and a crop copies most of it again: at 40 megapixels one rendition peaks
# about 300 MB above a worker's baseline (scripts/bench/images.py), an 11,000 × 11,000 PNG took 820 MB.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The knowledge search (search/): SEARCH_URL picks the engine, e.g. "opensearch+http://127.0.0.1:9200"
# or "elasticsearch+http://127.0.0.1:9200"; unset means the database engine. The admin stays on the database.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_INDEX_NAME = os.environ.get("SEARCH_INDEX_NAME", "wissensnetz")
SEARCH_INDEX_REPLICAS = int(os.environ.get("SEARCH_INDEX_REPLICAS", "0"))
# Analysis of new indices: "german" or "portable" (no analysis-common); empty: detected from the engine.
SEARCH_ANALYSIS = os.environ.get("SEARCH_ANALYSIS", "")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
TAGGIT_CASE_INSENSITIVE = True

# Security headers that hold in every environment; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Permissions-Policy (django-permissions-policy): browser features the site never uses are off for it and
# anything it embeds. Clipboard stays allowed: the Wagtail admin's copy buttons write to it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "otp-credentials",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "window-management",
        "xr-spatial-tracking",
    )
}

# Content Security Policy: everything comes from this site; no third parties.
# The Wagtail admin (behind login) needs inline styles and scripts, so it is excluded.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ("/admin/", "/django-admin/"),
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# The map of municipalities (docs/network.md). Without a tile server it draws the Länder outline, which this
# site serves, and no request leaves it. With one (a URL template such as https://tiles.example.org/{z}/{x}/{y}.png,
# ideally a server of one's own), its host is allowed as an image source.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")


def tile_source(url):
    """The CSP source of a tile URL template: its scheme and host, Leaflet's subdomain placeholder a wildcard."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


if MAP_TILE_URL:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(tile_source(MAP_TILE_URL))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Task runs and page actions are recorded in the database; keep the console for problems.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # The search clients log every request at INFO.
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
    },
}

# --- Editorial: review notifications (editorial/workflow.py) ------------------------------------------------
# Wagtail's workflow mails (submitted → reviewers, approved/rejected → author) go through Django's mail backend,
# in each recipient's admin language (German unless they chose another), with links from WAGTAILADMIN_BASE_URL.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# Reviews go to the reviewers' group ("Netzwerkredaktion"), not to every administrator.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# --- Editorial: freshness, reminders and the editors' dashboard (editorial/freshness.py, dashboard.py) --------
# Days after which a case study or lesson nobody confirmed as current counts as stale (report, reminder mails).
EDITORIAL_STALE_AFTER_DAYS = int(os.environ.get("EDITORIAL_STALE_AFTER_DAYS", "365"))
# Search statistics are kept 90 days (`searchpromotions_garbage_collect`), the window the dashboard reads.
WAGTAILSEARCH_HITS_MAX_AGE = 90

# --- Admin login security (accounts/): lock-out, two-factor authentication, sessions ----------------------
# See docs/editorial.md, "Admin login security".
INSTALLED_APPS += [
    "accounts",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
_AUTHENTICATION = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
MIDDLEWARE[_AUTHENTICATION:_AUTHENTICATION] = [
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AdminTwoFactorMiddleware",
]
# Axes turns a lock-out into its response; it belongs at the end.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# A run of failures on one account locks that account from every client; a run from one client locks that
# client for every account. A successful login clears the count of its account and client.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.clients.client_ip"
# Personal data: no log of successful logins, no list of every failure; only the counting records
# (username, IP address, user agent, time), deleted after the cool-off (`manage.py purge_login_attempts`).
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# Two-factor authentication (django-otp, TOTP apps and one-time backup codes). When required, superusers
# and members of these groups must set up an authenticator app before they can use the admin.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
ADMIN_2FA_REQUIRED_GROUPS = env_list("ADMIN_2FA_REQUIRED_GROUPS", "Netzwerkredaktion")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Sessions end when the browser closes ("Angemeldet bleiben" keeps them at most this long) and are sent
# only to this site.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
