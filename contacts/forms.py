"""The relay form „Frage an die Kommune“: the contract of `POST /kontakte/<slug>/frage/`.

Fields: `name`, `email`, `subject`, `message`, `consent` (required); `website` is a honeypot. Errors are
German and name the field. Name and subject go into mail headers, so any run of white space in them
(line breaks included) becomes one space; control characters other than line breaks and tabs are removed
from the message (PostgreSQL refuses NUL).
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_NAME = 200
MAX_SUBJECT = 200
MAX_MESSAGE = 5000
MIN_MESSAGE = 10

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Django refuses NUL in every text field before the form's own cleaning; its message, in German.
NO_NUL = _("%(field)s darf keine Steuerzeichen enthalten.")


def one_line(value):
    """`value` as a header needs it: control characters and every run of white space (line breaks included)
    become one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


class QuestionForm(forms.Form):
    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=MAX_NAME,
        error_messages={
            "required": _("Bitte geben Sie Ihren Namen an."),
            "max_length": _("Der Name ist zu lang (höchstens %(limit_value)d Zeichen)."),
            "null_characters_not_allowed": NO_NUL % {"field": _("Der Name")},
        },
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an, damit die Person Ihnen antworten kann."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de."),
            "max_length": _("Die E-Mail-Adresse ist zu lang (höchstens %(limit_value)d Zeichen)."),
            "null_characters_not_allowed": NO_NUL % {"field": _("Die E-Mail-Adresse")},
        },
    )
    subject = forms.CharField(
        label=_("Betreff"),
        max_length=MAX_SUBJECT,
        error_messages={
            "required": _("Bitte geben Sie einen Betreff an."),
            "max_length": _("Der Betreff ist zu lang (höchstens %(limit_value)d Zeichen)."),
            "null_characters_not_allowed": NO_NUL % {"field": _("Der Betreff")},
        },
    )
    message = forms.CharField(
        label=_("Ihre Frage"),
        max_length=MAX_MESSAGE,
        min_length=MIN_MESSAGE,
        widget=forms.Textarea,
        error_messages={
            "required": _("Bitte schreiben Sie Ihre Frage."),
            "min_length": _("Die Frage ist zu kurz (mindestens %(limit_value)d Zeichen)."),
            "max_length": _("Die Frage ist zu lang (höchstens %(limit_value)d Zeichen)."),
            "null_characters_not_allowed": NO_NUL % {"field": _("Die Frage")},
        },
    )
    consent = forms.BooleanField(
        # The checkbox's own label is the sentence in the template; this names the field in the error summary.
        label=_("Einwilligung"),
        error_messages={
            "required": _("Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben."),
        },
    )
    #: Honeypot: hidden from people, filled in by bots. A filled-in form is answered as usual and dropped.
    website = forms.CharField(required=False, label=_("Bitte leer lassen"))

    def clean_name(self):
        name = one_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"], code="required")
        return name

    def clean_subject(self):
        subject = one_line(self.cleaned_data["subject"])
        if not subject:
            raise forms.ValidationError(self.fields["subject"].error_messages["required"], code="required")
        return subject

    def clean_email(self):
        local, _at, domain = self.cleaned_data["email"].rpartition("@")
        return f"{local}@{domain.lower()}"

    def clean_message(self):
        return _CONTROL_IN_TEXT.sub("", self.cleaned_data["message"]).strip()

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
