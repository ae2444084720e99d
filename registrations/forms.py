"""The registration form: the public contract of `POST /veranstaltungen/anmeldung/<event id>/`.

Form contract: `name` and `email` (required), `organisation`, `consent` (required), and one field per extra
question of the event, named `frage-<question id>`. `website` is a honeypot. Errors are German and name the
field; nothing is stored until the whole form is valid.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .consent import CONSENT_TEXT

ANSWER_LENGTH = 2000


class AddressField(forms.EmailField):
    """An e-mail address as registrations store it: at most 254 characters, the domain in lower case."""

    default_error_messages = {
        "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
        "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de."),
    }

    def __init__(self, **kwargs):
        super().__init__(max_length=254, **kwargs)
        self.error_messages["max_length"] = _("Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).")

    def clean(self, value):
        local, _at, domain = super().clean(value).rpartition("@")
        return f"{local}@{domain.lower()}"


def question_field_name(question):
    return f"frage-{question.pk}"


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        error_messages={
            "required": _("Bitte geben Sie Ihren Namen an."),
            "max_length": _("Der Name ist zu lang (höchstens %(limit_value)d Zeichen)."),
        },
    )
    email = AddressField(label=_("E-Mail-Adresse"))
    organisation = forms.CharField(
        label=_("Organisation oder Kommune"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("Die Angabe ist zu lang (höchstens %(limit_value)d Zeichen).")},
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.")},
    )
    #: Honeypot: hidden from people, filled in by bots. A filled-in form is answered as usual and dropped.
    website = forms.CharField(required=False, label=_("Bitte leer lassen"))

    def __init__(self, data=None, *, questions=(), **kwargs):
        super().__init__(data, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[question_field_name(question)] = forms.CharField(
                label=question.label,
                help_text=question.hint,
                required=question.required,
                max_length=ANSWER_LENGTH,
                widget=forms.Textarea(attrs={"rows": 4}) if question.long_answer else forms.TextInput,
                error_messages={
                    "required": _("Bitte beantworten Sie diese Frage."),
                    "max_length": _("Die Antwort ist zu lang (höchstens %(limit_value)d Zeichen)."),
                },
            )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    @property
    def question_fields(self):
        """The bound fields of the extra questions, in the editor's order."""
        return [self[question_field_name(question)] for question in self.questions]

    def answers(self):
        """The answers as stored: [{"question": label, "answer": text}], unanswered optional questions left out."""
        answers = []
        for question in self.questions:
            answer = self.cleaned_data.get(question_field_name(question), "").strip()
            if answer:
                answers.append({"question": question.label, "answer": answer})
        return answers
