"""Pages published before subscriptions existed are not news: mark them announced, so their next edit
sends nothing."""

from django.db import migrations


def announce_existing(apps, schema_editor):
    ContentPage = apps.get_model("exchange", "ContentPage")
    Announcement = apps.get_model("subscriptions", "Announcement")
    ids = ContentPage.objects.filter(first_published_at__isnull=False).values_list("pk", flat=True)
    Announcement.objects.bulk_create([Announcement(page_id=pk) for pk in ids.iterator()], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_initial"),
        ("exchange", "0006_listing_pages"),
    ]

    operations = [migrations.RunPython(announce_existing, migrations.RunPython.noop)]
