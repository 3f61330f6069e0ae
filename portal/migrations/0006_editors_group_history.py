from django.db import migrations

from portal.staff.permissions import editors_group_sync


def sync_editors_group(apps, schema_editor):
    """Give Editors the permissions of the new history models too."""
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_history_and_upload_fields"),
        ("projects", "0003_history_and_upload_fields"),
        ("practices", "0003_history_and_upload_fields"),
        ("events", "0003_history_and_upload_fields"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
