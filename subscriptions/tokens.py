"""Signed confirmation links that expire after `CONFIRMATION_DAYS` (double opt-in).

The token names the subscription and its random nonce, so it cannot be guessed, and a link keeps
working only for the subscription it was made for.
"""

from django.core import signing

from .models import CONFIRMATION_DAYS, Subscription

SALT = "subscriptions.confirm"
MAX_AGE = CONFIRMATION_DAYS * 24 * 3600


class InvalidToken(Exception):
    """The link is broken or names no subscription (`expired` is False) or is too old (`expired` is True)."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def confirmation_token(subscription):
    return signing.dumps([subscription.pk, subscription.nonce], salt=SALT)


def subscription_for(token):
    """The subscription a confirmation token names; raises InvalidToken."""
    try:
        pk, nonce = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise InvalidToken(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken() from error
    subscription = Subscription.objects.select_related("subscriber").filter(pk=pk, nonce=nonce).first()
    if subscription is None:
        raise InvalidToken()
    return subscription
