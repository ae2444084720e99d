"""Admin hooks of the editorial app; each concern keeps its hooks in a module of its own."""

# -- freshness, scheduling, reminders and the editors' dashboard --------------------------------------------
from . import freshness_hooks  # noqa: F401 (registers its hooks)
