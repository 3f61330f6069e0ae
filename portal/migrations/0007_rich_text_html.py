"""Long texts become sanitised HTML: plain text turns into paragraphs (portal/db/rich_text.py)."""

from django.db import migrations, models

from portal.db.rich_text import rich_text_columns_convert

# The columns of each model's rich texts: the original one and each language's.
RICH_TEXT_COLUMNS = {
    "Theme": ("description", "description_pl", "description_cs", "description_en"),
    "Page": ("body", "body_pl", "body_cs", "body_en"),
    "NewsItem": ("body", "body_pl", "body_cs", "body_en"),
}


def convert_to_html(apps, schema_editor):
    for model_name, columns in RICH_TEXT_COLUMNS.items():
        rich_text_columns_convert(apps.get_model("portal", model_name), columns)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0006_editors_group_history'),
    ]

    operations = [
        migrations.AlterField(
            model_name='historicalnewsitem',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalnewsitem',
            name='body_cs',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalnewsitem',
            name='body_en',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalnewsitem',
            name='body_pl',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalpage',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalpage',
            name='body_cs',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalpage',
            name='body_en',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalpage',
            name='body_pl',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='body_cs',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='body_en',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='newsitem',
            name='body_pl',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='page',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='page',
            name='body_cs',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='page',
            name='body_en',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='page',
            name='body_pl',
            field=models.TextField(null=True, verbose_name='text'),
        ),
        migrations.RunPython(convert_to_html, migrations.RunPython.noop),
    ]
