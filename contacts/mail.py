"""The two mails of a question: to the contact (`Reply-To` the sender) and the sender's copy.

Plain text only: the sender's words are never rendered as HTML. The copy names the contact, their role and
municipality but never their address, which stays on the server; the contact sees the sender's address,
since answering it is the point.
"""

from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .addresses import contact_url


def absolute(path):
    """The public URL of a path on this site (settings.WAGTAILADMIN_BASE_URL is the site's own address)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _context(message):
    contact = message.contact
    return {
        "message": message,
        "contact": contact,
        "municipality": contact.municipality.title if contact.municipality else "",
        "contact_url": absolute(contact_url(contact.slug)),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def contact_mail(message):
    """The question, to the contact; answering it goes straight to the sender."""
    return EmailMessage(
        subject=_("Frage über das Wissensnetz: %(subject)s") % {"subject": message.subject},
        body=render_to_string("contacts/mail/question.txt", _context(message)),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.contact.email],
        reply_to=[formataddr((message.sender_name, message.sender_email))],
    )


def copy_mail(message):
    """The sender's copy: what was sent to whom (by name and role), without the contact's address."""
    return EmailMessage(
        subject=_("Ihre Frage an %(name)s: %(subject)s") % {"name": message.contact.name, "subject": message.subject},
        body=render_to_string("contacts/mail/copy.txt", _context(message)),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.sender_email],
        headers={"Auto-Submitted": "auto-generated"},
    )
