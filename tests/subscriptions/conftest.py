"""Real parts for the subscription tests: an SMTP server (aiosmtpd) on 127.0.0.1, Django's SMTP backend,
and the django-tasks-db queue with its worker (`manage.py db_worker --batch`)."""

from tests.public_forms import no_rate_limits_counted  # noqa: F401 (an autouse fixture: for every test here)
from tests.search.indices import engine_settings  # noqa: F401 (a fixture)
from tests.smtp import smtp, worker  # noqa: F401 (fixtures)
