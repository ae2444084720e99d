"""The mails readers get: German, plain text plus simple HTML, each with links to manage and to leave.

Every mail carries the one-click unsubscribe of RFC 8058 (`List-Unsubscribe` with the https URL and
`List-Unsubscribe-Post`), the sender and `Reply-To` from settings. Building a mail reads ids from the
database; the address appears only in the message itself.
"""

from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .consent import describe_subscription
from .tokens import confirmation_token


def absolute(path):
    """The public URL of a path on this site (settings.WAGTAILADMIN_BASE_URL is the site's own address)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_url(subscriber):
    return absolute(reverse("subscriptions:manage", args=[subscriber.key]))


def unsubscribe_url(subscriber):
    return absolute(reverse("subscriptions:unsubscribe", args=[subscriber.key]))


def _message(subscriber, subject, template, context):
    context = {
        **context,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "manage_url": manage_url(subscriber),
        "unsubscribe_url": unsubscribe_url(subscriber),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"subscriptions/mail/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        reply_to=[settings.SUBSCRIPTIONS_REPLY_TO] if settings.SUBSCRIPTIONS_REPLY_TO else None,
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(render_to_string(f"subscriptions/mail/{template}.html", context), "text/html")
    return message


def confirmation_mail(subscription):
    subscriber = subscription.subscriber
    return _message(
        subscriber,
        _("Bitte bestätigen Sie Ihr Abonnement beim Wissensnetz"),
        "confirm",
        {
            "confirm_url": absolute(reverse("subscriptions:confirm", args=[confirmation_token(subscription)])),
            "description": describe_subscription(subscription),
        },
    )


def already_subscribed_mail(subscription):
    return _message(
        subscription.subscriber,
        _("Sie haben dieses Abonnement beim Wissensnetz bereits"),
        "already",
        {"description": describe_subscription(subscription)},
    )


def item(page):
    """What a mail says of one page: title, summary, type, municipality and its link."""
    municipality = page.municipality
    return {
        "title": page.title,
        "summary": page.summary,
        "type_label": page.type_label,
        "municipality": municipality.title if municipality else "",
        "url": absolute(page.get_url()),
        "topics": [topic.name for topic in page.topics.all()],
    }


def notification_mail(subscriber, entry):
    """The mail announcing one page, `entry` being its `item()` (built once for all its recipients)."""
    return _message(
        subscriber,
        _("Neu im Wissensnetz: %(title)s") % {"title": entry["title"]},
        "notification",
        {"item": entry},
    )


def digest_groups(entries):
    """Entries grouped by their first topic (alphabetically), topics in order, "Weitere Inhalte" last."""
    groups = defaultdict(list)
    for entry in entries:
        groups[min(entry["topics"]) if entry["topics"] else ""].append(entry)
    ordered = [(topic, groups[topic]) for topic in sorted(topic for topic in groups if topic)]
    if "" in groups:
        ordered.append((_("Weitere Inhalte"), groups[""]))
    return ordered


def digest_mail(subscriber, entries):
    """The weekly digest of these entries (`item()`s), grouped by topic."""
    count = len(entries)
    subject = ngettext(
        "Wissensnetz: %(count)d neuer Inhalt für Sie", "Wissensnetz: %(count)d neue Inhalte für Sie", count
    ) % {"count": count}
    return _message(subscriber, subject, "digest", {"groups": digest_groups(entries), "count": count})
