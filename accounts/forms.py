"""The code from the authenticator app (or a backup code)."""

from django import forms


class TokenForm(forms.Form):
    """A six-digit code from the app, or an eight-character backup code."""

    token = forms.CharField(
        label="Bestätigungscode",
        min_length=6,
        max_length=16,
        strip=True,
        help_text="Der sechsstellige Code aus Ihrer Authenticator-App oder einer Ihrer Notfallcodes.",
        error_messages={
            "required": "Bitte geben Sie den Code ein.",
            "min_length": "Der Code hat mindestens sechs Zeichen.",
            "max_length": "Der Code hat höchstens 16 Zeichen.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def clean_token(self):
        return self.cleaned_data["token"].replace(" ", "").lower()
