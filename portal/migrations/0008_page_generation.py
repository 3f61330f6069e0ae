"""The page cache's content generation (portal/operations/caching.py): a sequence, moved by each change."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0007_rich_text_html"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE portal_page_generation",
            "DROP SEQUENCE portal_page_generation",
        ),
    ]
