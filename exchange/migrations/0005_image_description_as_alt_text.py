"""Wagtail's image `description` becomes the one, required alt text; `alt_text` is copied into it and removed.

An image keeps a description it already had (editors could fill Wagtail's field beside the alt text);
every other image gets its alt text as description. Reversible: going back, `alt_text` is filled from
the description. Plain UPDATEs, so SQLite and PostgreSQL run the same statements.
"""

from django.db import migrations, models
from django.db.models import F


def copy_alt_text_into_description(apps, schema_editor):
    ExchangeImage = apps.get_model("exchange", "ExchangeImage")
    ExchangeImage.objects.filter(description="").update(description=F("alt_text"))


def copy_description_into_alt_text(apps, schema_editor):
    ExchangeImage = apps.get_model("exchange", "ExchangeImage")
    ExchangeImage.objects.update(alt_text=F("description"))


class Migration(migrations.Migration):

    dependencies = [
        ('exchange', '0004_contentpagetag_exchange_tag'),
    ]

    operations = [
        migrations.RunPython(copy_alt_text_into_description, copy_description_into_alt_text),
        # A default, so that going back can add the column to a table with rows (SQLite rebuilds it).
        migrations.AlterField(
            model_name='exchangeimage',
            name='alt_text',
            field=models.CharField(default='', help_text='Beschreibt das Bild für Menschen, die es nicht sehen können. Pflichtfeld.', max_length=255, verbose_name='Alternativtext'),
        ),
        migrations.RemoveField(
            model_name='exchangeimage',
            name='alt_text',
        ),
        migrations.AlterField(
            model_name='exchangeimage',
            name='description',
            field=models.CharField(default='', help_text='Beschreibt das Bild für Menschen, die es nicht sehen können. Pflichtfeld.', max_length=255, verbose_name='Alternativtext'),
        ),
    ]
