"""The one list of content types; every table that names types (listings, navigation, import format,
search documents and facets, the page types a municipality may hold) is derived from it.

A content type is a concrete subclass of `ContentPage` in an installed app, so adding one is a model
(declaring what differs about it), a template and a migration.
"""

from django.apps import apps

from .content import ContentPage


def content_page_types():
    """Every content page class of the installed apps, in display order (`type_order`, then label)."""
    types = [
        model
        for model in apps.get_models()
        if issubclass(model, ContentPage) and model is not ContentPage and not model._meta.proxy
    ]
    return sorted(types, key=lambda model: (model.type_order, model._meta.label))


def content_page_type(type_key):
    """The content page class with this `type_key`, or None."""
    return next((model for model in content_page_types() if model.type_key == type_key), None)


def listed_content_page_types():
    """The content types that have a listing of their own (/inhalte/<listing_slug>/)."""
    return [model for model in content_page_types() if model.listing_slug]
