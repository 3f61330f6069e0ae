"""The page cache's change log (portal/operations/caching.py): the tags of recent changes to
content, each with the time its insert ran, instead of one generation for all content."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0012_country_time_zone"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE TABLE portal_pagechange ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " tag text NOT NULL,"
            " changed_at timestamp with time zone NOT NULL)",
            "DROP TABLE portal_pagechange",
        ),
        migrations.RunSQL(
            "CREATE INDEX portal_pagechange_changed_at ON portal_pagechange (changed_at)",
            migrations.RunSQL.noop,
        ),
        migrations.RunSQL(
            "DROP SEQUENCE portal_page_generation",
            "CREATE SEQUENCE portal_page_generation",
        ),
    ]
