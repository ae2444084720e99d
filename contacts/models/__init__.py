"""The contacts app's models: the directory page and the questions on their way.

`messages` comes first: the page's routes (`contacts.views`) store messages, so it must be loaded before them.
"""

from .messages import ContactMessage
from .pages import ContactIndexPage

__all__ = ["ContactIndexPage", "ContactMessage"]
