"""Admin forms of the exchange's pages."""

import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue

from exchange.models.contacts import Contact
from exchange.models.tags import validate_tag_name

CONTACT_ADDRESS_IN_TEXT = (
    "Hier steht die E-Mail-Adresse von %(name)s (%(address)s). Adressen von Ansprechpersonen erscheinen nie "
    "auf der Website: Verknüpfen Sie die Person unter „Ansprechpersonen“, dann erreicht man sie über das "
    "Formular „Frage an die Kommune“."
)


def _as_text(value):
    """A cleaned field value as text to search: a body as its stored JSON (links' targets included), other
    text as it is; anything else (numbers, dates, relations) as None."""
    if isinstance(value, StreamValue):
        return json.dumps(value.get_prep_value(), ensure_ascii=False)
    return value if isinstance(value, str) else None


class ContentPageForm(WagtailAdminPageForm):
    """Page form of every content type: refuses tags that would name nothing ("!!!") before they are created, and
    a contact's e-mail address typed into the page (contacts are reached through the site, never by a printed
    address)."""

    def clean_tags(self):
        """Every entered tag must pass `validate_tag_name`; all offending tags are named at once."""
        names = self.cleaned_data["tags"]
        errors = []
        for name in names:
            try:
                validate_tag_name(name)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return names

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_contact_addresses(cleaned_data)
        return cleaned_data

    def refuse_contact_addresses(self, cleaned_data):
        """An error on each text field (the body too, mailto links included) naming a contact's address (one query)."""
        texts = {name: _as_text(value) for name, value in cleaned_data.items()}
        texts = {name: text.casefold() for name, text in texts.items() if text}
        if not texts:
            return
        for contact in Contact.objects.exclude(email="").only("name", "email"):
            address = contact.email.casefold()
            for name, text in texts.items():
                if address in text:
                    message = _(CONTACT_ADDRESS_IN_TEXT) % {"name": contact.name, "address": contact.email}
                    self.add_error(name, message)
