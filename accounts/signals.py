"""A log record for every lock-out (never with a password), for operators watching for attacks."""

import logging

from axes.signals import user_locked_out
from django.dispatch import receiver

logger = logging.getLogger("accounts.security")


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning("Admin login locked out: username=%r ip_address=%s", username, ip_address)
