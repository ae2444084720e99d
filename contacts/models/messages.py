"""Questions on their way to a contact: personal data as a plain model, never a page, kept only until sent."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactMessage(models.Model):
    """A question for a contact, kept only until it is mailed to them and its copy to the sender (then deleted),
    or for `settings.CONTACTS_MESSAGE_RETENTION_HOURS` when it cannot be delivered. No IP address, no page."""

    contact = models.ForeignKey("exchange.Contact", on_delete=models.CASCADE, related_name="+")
    sender_name = models.CharField(_("Name"), max_length=200)
    sender_email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    subject = models.CharField(_("Betreff"), max_length=200)
    text = models.TextField(_("Nachricht"))
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    #: When the mail to the contact went out; a retry then sends only the sender's copy.
    contact_mail_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Nachricht an eine Ansprechperson")
        verbose_name_plural = _("Nachrichten an Ansprechpersonen")

    def __str__(self):
        return f"{self.pk}"
