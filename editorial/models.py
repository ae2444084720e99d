"""What belongs to one municipality's editorial section: its editor group and its media collection.

Kept as links, not looked up by name, so renaming a municipality can rename both and nothing else has to
guess a group from a title. Created with the municipality (see `editorial.roles`).
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection


class EditorialSection(models.Model):
    """One municipality's editor group ("Redaktion <Kommune>") and image and document collection."""

    municipality = models.OneToOneField(
        "exchange.MunicipalityPage",
        verbose_name=_("Kommune"),
        on_delete=models.CASCADE,
        related_name="editorial_section",
    )
    # Deleting the group in the admin ends the link (the next `setup_roles` or publication makes a new group);
    # the collection holds media and is protected (the admin refuses to delete it, see wagtail_hooks.py).
    group = models.OneToOneField(
        Group, verbose_name=_("Redaktionsgruppe"), on_delete=models.CASCADE, related_name="editorial_section"
    )
    collection = models.OneToOneField(
        Collection, verbose_name=_("Sammlung"), on_delete=models.PROTECT, related_name="editorial_section"
    )

    class Meta:
        verbose_name = _("Redaktionsbereich")
        verbose_name_plural = _("Redaktionsbereiche")
        # Reviewers see and edit every municipality's contacts; editors only their own sections' (contacts.py).
        permissions = [("manage_all_contacts", _("Darf die Kontakte aller Kommunen sehen und bearbeiten"))]

    def __str__(self):
        return str(self.group)
