"""Copy the tags of content pages from taggit's Tag to exchange.Tag, keeping each tag's id.

Keeping ids means the ContentPageTag rows and the page revisions (drafts name their tags by id) stay valid
without rewriting a row. Copied are the tags a content page uses, now or in any revision; tags only images
use stay with taggit. Slugs are made anew from the names: German, never empty, collisions numbered -2, -3
in the order of the old ids, which repairs taggit's "" and "_1" slugs. The id sequence is moved past the
copied ids so the next new tag does not collide (PostgreSQL; SQLite needs nothing).

Backwards this is a no-op: 0004 reversed points ContentPageTag at taggit's tags again, which are still there.
"""

from django.core.management.color import no_style
from django.db import migrations

from exchange.models.tags import tag_slug_base
from exchange.text import numbered_slug


def tag_ids_in_use(apps):
    """Ids of the taggit tags that content pages carry or that a revision of an exchange page refers to."""
    ContentPageTag = apps.get_model("exchange", "ContentPageTag")
    Revision = apps.get_model("wagtailcore", "Revision")
    ids = set(ContentPageTag.objects.values_list("tag_id", flat=True))
    contents = Revision.objects.filter(content_type__app_label="exchange").values_list("content", flat=True)
    for content in contents.iterator(chunk_size=500):
        if isinstance(content, dict):
            ids.update(item["tag"] for item in content.get("tagged_items") or () if item.get("tag"))
    return ids


def move_tags(apps, schema_editor):
    OldTag = apps.get_model("taggit", "Tag")
    Tag = apps.get_model("exchange", "Tag")
    in_use = tag_ids_in_use(apps)
    taken = set()
    tags = []
    for old in OldTag.objects.order_by("pk").iterator(chunk_size=500):
        if old.pk in in_use:
            slug = numbered_slug(tag_slug_base(old.name), taken)
            taken.add(slug)
            tags.append(Tag(pk=old.pk, name=old.name, slug=slug))
    Tag.objects.bulk_create(tags, batch_size=500)
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [Tag]):
            cursor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('exchange', '0002_tag'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(move_tags, migrations.RunPython.noop),
    ]
