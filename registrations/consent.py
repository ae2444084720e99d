"""What a person agrees to when registering: the privacy notice beside the form and the consent sentence.
Both are stored with the registration (Art. 7 (1) DSGVO: the controller must be able to show the consent)."""

from django.conf import settings
from django.utils.translation import gettext as _

#: Change the version whenever the text changes: each registration records the version it was given under.
PRIVACY_NOTICE_VERSION = "Hinweis zur Anmeldung, Fassung 2026-12"
CONSENT_TEXT = "Ich habe die Hinweise zum Datenschutz gelesen und bin mit der Speicherung meiner Angaben einverstanden."


def privacy_notice():
    """The notice shown beside the form; it names the retention period from the settings."""
    return _(
        "Wir speichern Ihre Angaben nur, um diese Veranstaltung zu organisieren (Art. 6 Abs. 1 lit. a DSGVO). "
        "Sie sehen nur die Veranstaltenden der Kommune und die Netzwerkredaktion. Sie erhalten eine "
        "Bestätigung, bei Bedarf eine Nachricht von der Warteliste und am Vortag eine Erinnerung; jede dieser "
        "E-Mails enthält einen Link zum Absagen. %(days)s Tage nach der Veranstaltung löschen wir Ihre "
        "Anmeldung vollständig. Wir geben Ihre Angaben an niemanden weiter und nutzen keine Zählpixel."
    ) % {"days": settings.REGISTRATION_RETENTION_DAYS}


def privacy_notice_version(privacy_page=None):
    """The version of the notice and, when the site has one, of its privacy page (its latest revision)."""
    version = PRIVACY_NOTICE_VERSION
    if privacy_page is not None:
        version += f"; Datenschutzerklärung Seite {privacy_page.pk} Revision {privacy_page.latest_revision_id}"
    return version[:100]
