"""A municipality brings its section with it: created with the page, renamed and re-trusted when published.

However a municipality is created (admin, `import_exchange`, code), its group and collection exist at once.
Saving a draft changes neither: a new title or trust setting takes effect when the page is published.
Fixtures loaded raw are left as they are.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from editorial.roles import sync_section
from exchange.models import MunicipalityPage

#: A save that writes one of these fields (or all fields, as creating and publishing do) may change the section.
SECTION_FIELDS = {"title", "slug", "publishes_without_review"}


@receiver(post_save, sender=MunicipalityPage, dispatch_uid="editorial-municipality-section")
def municipality_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if created or update_fields is None or SECTION_FIELDS & set(update_fields):
        sync_section(instance)
