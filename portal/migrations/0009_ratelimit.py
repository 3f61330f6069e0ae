"""The counters of the API's and the downloads' limits when there is no Redis
(portal/operations/ratelimits.py): one row per client and limit, shared by every process."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_page_generation"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE UNLOGGED TABLE portal_ratelimit ("
            " key text PRIMARY KEY,"
            " requests integer NOT NULL,"
            " closes timestamp with time zone NOT NULL)",
            "DROP TABLE portal_ratelimit",
        ),
        migrations.RunSQL(
            "CREATE INDEX portal_ratelimit_closes ON portal_ratelimit (closes)",
            migrations.RunSQL.noop,
        ),
    ]
