from django.db import migrations

from portal.staff.permissions import editors_group_sync


def sync_editors_group(apps, schema_editor):
    """Let Editors look at the outbox."""
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("mail", "0001_initial"),
        ("portal", "0006_editors_group_history"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
