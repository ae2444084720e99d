"""Editorial roles: each municipality's editors work in their own section, the network's reviewers below "Kommunen".

A municipality's section (`EditorialSection`) links it to its editor group "Redaktion <Kommune>" and its
image and document collection. Editors add and change pages below their municipality and publish only where
the municipality is trusted (`publishes_without_review`); everything else goes to the reviewers
("Netzwerkredaktion", Wagtail's renamed "Moderators" group), who review and edit everything below the
"Kommunen" index and nothing above it. The home page, imprint, privacy page, settings and users stay with
administrators. The rights of these groups are set exactly, so running `setup_roles` again repairs them.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from editorial.models import EditorialSection
from editorial.workflow import ensure_review_workflow
from exchange.models import MunicipalityIndexPage, MunicipalityPage

#: The network-wide reviewers; Wagtail's own "Moderators" group is renamed to it, so its tasks keep their group.
REVIEWERS = "Netzwerkredaktion"
WAGTAIL_MODERATORS = "Moderators"
WAGTAIL_EDITORS = "Editors"
#: The collection of images and documents every editor may choose (logos of the network, shared material).
SHARED_COLLECTION = "Netzwerk"
#: The apps whose permissions the bare codenames below name (pages, images, documents).
WAGTAIL_APPS = ("wagtailcore", "wagtailimages", "wagtaildocs")

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
TRUSTED_EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
CHOOSE_PERMISSIONS = ("choose_image", "choose_document")
EDITOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "exchange.add_contact",
    "exchange.change_contact",
    "exchange.delete_contact",
    "exchange.view_contact",
)
REVIEWER_PERMISSIONS = (
    *EDITOR_PERMISSIONS,
    "editorial.manage_all_contacts",
    "exchange.set_review_trust",
    "exchange.add_topic",
    "exchange.change_topic",
    "exchange.delete_topic",
    "exchange.add_tag",
    "exchange.change_tag",
    "exchange.delete_tag",
)


def section_group_name(municipality):
    """ "Redaktion <Kommune>", cut to the length of a group name."""
    return f"Redaktion {municipality.title}"[:150]


def permissions(*names):
    """Permission rows, in one query, for "app_label.codename" or bare codenames of pages, images, documents."""
    rows = Permission.objects.filter(codename__in={name.rpartition(".")[2] for name in names}).select_related(
        "content_type"
    )
    by_name = {f"{row.content_type.app_label}.{row.codename}": row for row in rows}
    bare = {row.codename: row for row in rows if row.content_type.app_label in WAGTAIL_APPS}
    return [by_name[name] if "." in name else bare[name] for name in names]


def set_page_permissions(group, grants):
    """Give `group` exactly the page permissions in `grants` ({page: codenames}); remove all others."""
    wanted = {(page.pk, permission.pk) for page, codenames in grants.items() for permission in permissions(*codenames)}
    existing = {(row.page_id, row.permission_id): row for row in GroupPagePermission.objects.filter(group=group)}
    for key, row in existing.items():
        if key not in wanted:
            row.delete()
    GroupPagePermission.objects.bulk_create(
        [GroupPagePermission(group=group, page_id=page, permission_id=perm) for page, perm in wanted - set(existing)]
    )


def set_collection_permissions(group, grants, only=None):
    """Give `group` exactly the collection permissions in `grants` ({collection: codenames}).

    With `only` (a list of collections), rows on other collections are left as they are.
    """
    wanted = {
        (collection.pk, permission.pk)
        for collection, codenames in grants.items()
        for permission in permissions(*codenames)
    }
    rows = GroupCollectionPermission.objects.filter(group=group)
    if only is not None:
        rows = rows.filter(collection__in=only)
    existing = {(row.collection_id, row.permission_id): row for row in rows}
    for key, row in existing.items():
        if key not in wanted:
            row.delete()
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection_id=collection, permission_id=perm)
            for collection, perm in wanted - set(existing)
        ]
    )


def set_model_permissions(group, names):
    wanted = permissions(*names)
    if set(group.permissions.all()) != set(wanted):
        group.permissions.set(wanted)


def reviewer_group():
    """The reviewers' group: "Netzwerkredaktion", else Wagtail's "Moderators" renamed to it, else a new one."""
    group = Group.objects.filter(name=REVIEWERS).first()
    if group is None:
        group = Group.objects.filter(name=WAGTAIL_MODERATORS).first()
        if group is None:
            group = Group.objects.create(name=REVIEWERS)
        else:
            group.name = REVIEWERS
            group.save(update_fields=["name"])
    return group


def _child_collection(name, exclude=None):
    """The collection `name` below the root collection that belongs to no section (and is not `exclude`),
    created when missing."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name, editorial_section__isnull=True)
    if exclude is not None:
        found = found.exclude(pk=exclude.pk)
    return found.first() or root.add_child(instance=Collection(name=name))


def shared_collection():
    """The collection "Netzwerk" below the root collection, created when missing."""
    return _child_collection(SHARED_COLLECTION)


def _free_group_name(municipality, group=None):
    """The section group's name, with the slug added when another group already carries it (two "Stadt X")."""
    name = section_group_name(municipality)
    taken = Group.objects.filter(name=name)
    if group is not None:
        taken = taken.exclude(pk=group.pk)
    return f"{name[: 150 - len(municipality.slug) - 3]} ({municipality.slug})" if taken.exists() else name


@transaction.atomic
def sync_section(municipality, reviewers=None, network=None):
    """Create or repair one municipality's section: group, collection, their names and rights. Returns it.

    The group may add and change pages below the municipality (publish too when it is trusted), and add,
    change and choose media in its own collection; it may choose from the shared collection. The reviewers
    get add, change and choose on the municipality's collection.
    """
    reviewers = reviewers or reviewer_group()
    network = network or shared_collection()
    section = EditorialSection.objects.select_related("group", "collection").filter(municipality=municipality).first()
    if section is None:
        # A group of that name without a section is adopted (sites from before the sections existed).
        group = Group.objects.filter(name=section_group_name(municipality), editorial_section__isnull=True).first()
        group = group or Group.objects.create(name=_free_group_name(municipality))
        section = EditorialSection.objects.create(
            municipality=municipality,
            group=group,
            collection=_child_collection(municipality.title[:255], exclude=network),
        )
    group, collection = section.group, section.collection
    name = _free_group_name(municipality, group)
    if group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    if collection.name != municipality.title[:255]:
        collection.name = municipality.title[:255]
        collection.save()
    page_permissions = (
        TRUSTED_EDITOR_PAGE_PERMISSIONS if municipality.publishes_without_review else EDITOR_PAGE_PERMISSIONS
    )
    set_page_permissions(group, {municipality: page_permissions})
    set_collection_permissions(group, {collection: MEDIA_PERMISSIONS, network: CHOOSE_PERMISSIONS})
    set_model_permissions(group, EDITOR_PERMISSIONS)
    set_collection_permissions(reviewers, {collection: MEDIA_PERMISSIONS}, only=[collection])
    return section


def strip_root_rights(group):
    """Remove every right `group` holds on the root page and the root collection (and so on all they hold)."""
    GroupPagePermission.objects.filter(group=group, page__depth=1).delete()
    GroupCollectionPermission.objects.filter(group=group, collection__depth=1).delete()


@transaction.atomic
def setup_roles():
    """Create or repair every role: reviewers, the shared collection, every section, Wagtail's default groups.

    Returns a summary {what: count}; safe to repeat (a second run changes nothing).
    """
    reviewers = reviewer_group()
    network = shared_collection()
    index = MunicipalityIndexPage.objects.first()
    sections_before = EditorialSection.objects.count()
    sections = [sync_section(municipality, reviewers, network) for municipality in MunicipalityPage.objects.all()]
    set_page_permissions(reviewers, {index: REVIEWER_PAGE_PERMISSIONS} if index else {})
    set_collection_permissions(
        reviewers, dict.fromkeys([network, *(s.collection for s in sections)], MEDIA_PERMISSIONS)
    )
    set_model_permissions(reviewers, REVIEWER_PERMISSIONS)
    editors = Group.objects.filter(name=WAGTAIL_EDITORS).first()
    if editors is not None:
        strip_root_rights(editors)
    workflow = ensure_review_workflow(index, reviewers) if index else None
    return {
        "sections": len(sections),
        "new_sections": len(sections) - sections_before,
        "trusted": MunicipalityPage.objects.filter(publishes_without_review=True).count(),
        "reviewers": reviewers.name,
        "workflow": workflow.name if workflow else None,
    }
