"""A small site with contacts for the contacts tests, and the real parts for the relay form: an SMTP server
(aiosmtpd) on 127.0.0.1, Django's SMTP backend and the django-tasks-db queue with its worker."""

import pytest
from django.db import transaction
from django.test import override_settings

from home.site_structure import ensure_site_structure
from tests.public_forms import no_rate_limits_counted  # noqa: F401 (an autouse fixture: for every test here)
from tests.smtp import smtp, worker  # noqa: F401 (fixtures)

TOPICS = [{"name": "Mobilität", "slug": "mobilitaet"}, {"name": "Bürgerbeteiligung", "slug": "buergerbeteiligung"}]
MUNICIPALITIES = [
    {"slug": "kusel", "name": "Landkreis Kusel", "kind": "landkreis", "state": "Rheinland-Pfalz", "funded": True},
    {"slug": "mayen-koblenz", "name": "Landkreis Mayen-Koblenz", "kind": "landkreis", "state": "Rheinland-Pfalz"},
]
CONTACTS = [
    {
        "slug": "julia-wagner",
        "name": "Julia Wagner",
        "role": "Smart-City-Koordinatorin",
        "municipality": "kusel",
        "email": "j.wagner@kusel.example.org",
        "phone": "+49 6381 000000-21",
        "topics": ["Mobilität"],
    },
    {
        "slug": "petra-klein",
        "name": "Petra Klein",
        "role": "Chief Digital Officer",
        "municipality": "kusel",
        "email": "p.klein@kusel.example.org",
        "topics": ["Bürgerbeteiligung"],
    },
    {
        "slug": "anna-becker",
        "name": "Anna Becker",
        "role": "Chief Digital Officer",
        "municipality": "mayen-koblenz",
        "email": "a.becker@mayen-koblenz.example.org",
        "topics": ["Mobilität", "Bürgerbeteiligung"],
    },
    {
        "slug": "ohne-adresse",
        "name": "Otto Ohneadresse",
        "role": "Pressestelle",
        "municipality": "mayen-koblenz",
        "phone": "+49 261 000000-99",
    },
]
ITEMS = [
    {
        "type": "case_study",
        "slug": "rufbus",
        "municipality": "kusel",
        "title": "Der Rufbus für die Dörfer",
        "summary": "Ein Bus auf Bestellung.",
        "topics": ["Mobilität"],
        "date": "2025-03-01",
        "contacts": ["julia-wagner"],
        "status": "operation",
    },
    {
        "type": "lesson",
        "slug": "fahrplan-zu-spaet",
        "municipality": "kusel",
        "title": "Der Fahrplan kam zu spät",
        "summary": "Die Abstimmung mit dem Verkehrsverbund dauerte.",
        "topics": ["Mobilität"],
        "date": "2025-04-01",
        "contacts": ["julia-wagner", "petra-klein"],
        "lesson_kind": "stumbling_block",
    },
    {
        "type": "article",
        "slug": "beteiligung-digital",
        "municipality": "mayen-koblenz",
        "title": "Beteiligung digital",
        "summary": "Wie der Kreis fragt.",
        "topics": ["Bürgerbeteiligung"],
        "date": "2025-05-01",
        "contacts": ["anna-becker"],
    },
]
SITE = {"topics": TOPICS, "municipalities": MUNICIPALITIES, "contacts": CONTACTS, "items": ITEMS}


def import_site():
    from exchange.interchange.importer import import_document

    ensure_site_structure()
    import_document(SITE)


@pytest.fixture(scope="module")
def contacts_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site above, imported once for the module in a transaction rolled back afterwards."""
    media = tmp_path_factory.mktemp("contacts-media")
    with (
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=media, SEARCH_URL="", TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        ),
        transaction.atomic(),
    ):
        import_site()
        yield
        transaction.set_rollback(True)
