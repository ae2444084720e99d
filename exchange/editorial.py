"""Editorial roles: each municipality's editors work only below their own profile; moderators publish.

Editors may add and change pages of their municipality but not publish them, so every page goes
through Wagtail's moderation workflow ("reviewed before they go public"). Moderators (Wagtail's
"Moderators" group) may publish everywhere below the "Kommunen" index. Permissions are Wagtail page permissions, enforced by the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupCollectionPermission, GroupPagePermission

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
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    media_permissions = list(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"], codename__regex=r"^(add|choose)_"
        )
    )
    root_collection = _root_collection()
    for municipality in MunicipalityPage.objects.all():
        _ensure_group(
            editor_group_name(municipality),
            municipality,
            EDITOR_PAGE_PERMISSIONS,
            access_admin,
            media_permissions,
            root_collection,
        )
    index = MunicipalityIndexPage.objects.first()
    if index is not None:
        _ensure_group(MODERATORS, index, MODERATOR_PAGE_PERMISSIONS, access_admin, media_permissions, root_collection)


def _ensure_group(name, page, page_permissions, access_admin, media_permissions, collection):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(access_admin)
    for permission_type in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )
    for permission in media_permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    return group


def _root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()
