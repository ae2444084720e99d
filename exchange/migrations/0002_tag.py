# Content pages get a tag model of their own (exchange.Tag); 0003 moves the tags over, 0004 switches the link.

from django.db import migrations, models

import exchange.models.tags


class Migration(migrations.Migration):

    dependencies = [
        ('exchange', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='Tag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='So erscheint das Schlagwort auf den Seiten; mindestens ein Buchstabe oder eine Ziffer.', max_length=100, unique=True, validators=[exchange.models.tags.validate_tag_has_letter_or_digit], verbose_name='Name')),
                ('slug', models.SlugField(allow_unicode=True, blank=True, help_text='Teil der Adresse der Schlagwortseite. Leer lassen: wird aus dem Namen gebildet.', max_length=100, unique=True, verbose_name='Kürzel')),
            ],
            options={
                'verbose_name': 'Schlagwort',
                'verbose_name_plural': 'Schlagworte',
                'ordering': ['name'],
            },
        ),
    ]
