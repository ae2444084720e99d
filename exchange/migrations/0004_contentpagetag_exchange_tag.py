"""Point content pages' tags at exchange.Tag; 0003 copied every tag in use with its id, so rows stay as they are.

Reversible while every tag in use still exists in taggit's table (true right after 0003); a tag created
afterwards makes the reverse fail on its foreign key, and the database is left unchanged.
"""

import django.db.models.deletion
import modelcluster.contrib.taggit
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('exchange', '0003_move_tags'),
    ]

    operations = [
        migrations.AlterField(
            model_name='contentpagetag',
            name='tag',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s_items', to='exchange.tag', verbose_name='Schlagwort'),
        ),
        migrations.AlterField(
            model_name='contentpage',
            name='tags',
            field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='Freie Schlagworte, mit Komma getrennt.', through='exchange.ContentPageTag', to='exchange.Tag', verbose_name='Schlagworte'),
        ),
    ]
