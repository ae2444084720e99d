"""System checks of the search's data files: a broken vocabulary is reported by `manage.py check`, by name."""

from django.core.checks import Error, register

from . import vocabulary


@register()
def vocabulary_loads(app_configs=None, **kwargs):
    """The vocabulary file parses and every group is valid (search.vocabulary), read afresh."""
    try:
        vocabulary.parse(vocabulary.VOCABULARY.read_text(encoding="utf-8"))
    except (OSError, vocabulary.VocabularyError) as error:
        return [Error(f"The search vocabulary is invalid: {error}", obj=vocabulary.VOCABULARY.name, id="search.E001")]
    return []
