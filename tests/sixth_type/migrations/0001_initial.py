import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('exchange', '0004_contentpagetag_exchange_tag'),
    ]

    operations = [
        migrations.CreateModel(
            name='ReportPage',
            fields=[
                ('contentpage_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='exchange.contentpage')),
                ('publisher', models.CharField(blank=True, help_text='Wer den Bericht herausgegeben hat.', max_length=200, verbose_name='Herausgeber')),
            ],
            options={
                'verbose_name': 'Bericht',
                'verbose_name_plural': 'Berichte',
            },
            bases=('exchange.contentpage',),
        ),
    ]
