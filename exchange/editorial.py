"""Editorial roles: each municipality's editors work only below their own profile; moderators publish.

Editors may add and change pages of their municipality but not publish them, so every page goes
through Wagtail's moderation workflow ("reviewed before they go public"). Moderators (Wagtail's
"Moderators" group) may publish everywhere below the "Kommunen" index. Permissions are Wagtail page
permissions, enforced by the admin. A municipality's editor group is created with the municipality
(however it is created: admin, importer, demo), so scoped editing never waits for a separate step.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from exchange.models import MunicipalityIndexPage, MunicipalityPage

EDITOR_PAGE_PERMISSIONS = ("add", "change")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish")
#: Wagtail's own moderators group: its default workflow ("Moderators approval") assigns reviews to it.
MODERATORS = "Moderators"


def editor_group_name(municipality):
    return f"Redaktion {municipality.title}"[:150]


@transaction.atomic
def ensure_editorial_groups():
    """Create (or complete) one editor group per municipality and the moderators' group; safe to repeat."""
    grants = _Grants()
    for municipality in MunicipalityPage.objects.all():
        grants.ensure_group(editor_group_name(municipality), municipality, EDITOR_PAGE_PERMISSIONS)
    index = MunicipalityIndexPage.objects.first()
    if index is not None:
        grants.ensure_group(MODERATORS, index, MODERATOR_PAGE_PERMISSIONS)


@transaction.atomic
def ensure_editor_group(municipality):
    """Create (or complete) the editor group of one municipality; safe to repeat. Returns the group."""
    return _Grants().ensure_group(editor_group_name(municipality), municipality, EDITOR_PAGE_PERMISSIONS)


@receiver(post_save, sender=MunicipalityPage, dispatch_uid="exchange-municipality-editor-group")
def create_editor_group(sender, instance, created, raw=False, **kwargs):
    """A new municipality gets its editor group at once (fixtures loaded raw are left as they are)."""
    if created and not raw:
        ensure_editor_group(instance)


class _Grants:
    """The permissions every editorial group holds, looked up once for the groups ensured together."""

    def __init__(self):
        self.access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        self.media_permissions = list(
            Permission.objects.filter(
                content_type__app_label__in=["wagtailimages", "wagtaildocs"], codename__regex=r"^(add|choose)_"
            )
        )
        self.page_permissions = {
            permission.codename.removesuffix("_page"): permission
            for permission in Permission.objects.filter(
                content_type__app_label="wagtailcore",
                codename__in=[f"{kind}_page" for kind in MODERATOR_PAGE_PERMISSIONS],
            )
        }
        self.collection = Collection.get_first_root_node()

    def ensure_group(self, name, page, page_permissions):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(self.access_admin)
        for permission_type in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=self.page_permissions[permission_type]
            )
        for permission in self.media_permissions if self.collection else ():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=self.collection, permission=permission
            )
        return group
