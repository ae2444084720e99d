"""What a reader agrees to: the privacy notice shown beside the subscribe form, and the subscription described
in words. Both are stored with the subscription (Art. 7 (1) DSGVO: the controller must be able to show
the consent), and the description reappears on the confirm page, the manage page and in every mail.
"""

from django.utils.translation import gettext as _

from search.forms import TYPE_LABELS
from search.presentation import FACET_LEGENDS, fixed_value_labels

from .models import Frequency

#: Change the version whenever the text changes: each subscription records the version it was given under.
PRIVACY_NOTICE_VERSION = "Hinweis zum Abonnement, Fassung 2026-12"
PRIVACY_NOTICE = (
    "Wir speichern Ihre E-Mail-Adresse und Ihre Auswahl nur, um Ihnen die gewünschten Benachrichtigungen "
    "zu senden (Art. 6 Abs. 1 lit. a DSGVO). Erst nach Ihrer Bestätigung über den Link in unserer E-Mail "
    "senden wir Ihnen etwas; ohne Bestätigung löschen wir die Angaben nach sieben Tagen. Jede E-Mail enthält "
    "einen Link zum Abmelden: Danach ist Ihre Adresse bei uns vollständig gelöscht. Wir geben sie an "
    "niemanden weiter und nutzen keine Zählpixel."
)


def privacy_notice_version(privacy_page=None):
    """The version of the notice and, when the site has one, of its privacy page (its latest revision)."""
    if privacy_page is None:
        return PRIVACY_NOTICE_VERSION
    return f"{PRIVACY_NOTICE_VERSION}; Datenschutzerklärung Seite {privacy_page.pk} Revision {privacy_page.latest_revision_id}"[
        :100
    ]


def describe(*, topics=(), tags=(), municipalities=(), types=(), query="", filters=None, frequency=None):
    """The subscription in one German line, e.g. "Thema: Mobilität; Kommune: Landkreis Kusel – wöchentlich, …"."""
    parts = []
    if types:
        parts.append(_("Inhaltsart: ") + ", ".join(str(TYPE_LABELS.get(key, key)) for key in types))
    if topics:
        parts.append(_("Thema: ") + ", ".join(topic.name for topic in topics))
    if tags:
        parts.append(_("Schlagwort: ") + ", ".join(tag.name for tag in tags))
    if municipalities:
        parts.append(_("Kommune: ") + ", ".join(m.title for m in municipalities))
    if query:
        parts.append(_("Suche: „%(query)s“") % {"query": query})
    if filters:
        labels = fixed_value_labels()  # a saved search's further filters (forms.SEARCH_FILTERS) are all fixed choices
        for facet, values in filters.items():
            names = ", ".join(str(labels.get(facet, {}).get(value, value)) for value in values)
            parts.append(f"{FACET_LEGENDS.get(facet, facet)}: {names}")
    text = "; ".join(parts) if parts else _("alle neuen Inhalte")
    if frequency:
        text += " – " + str(Frequency(frequency).label)
    return text


def describe_subscription(subscription):
    return describe(
        topics=subscription.topics.all(),
        tags=subscription.tags.all(),
        municipalities=subscription.municipalities.all(),
        types=subscription.types,
        query=subscription.query,
        filters=subscription.filters,
        frequency=subscription.frequency,
    )
