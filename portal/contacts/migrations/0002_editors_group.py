from django.db import migrations

from portal.staff.permissions import editors_group_sync


def sync_editors_group(apps, schema_editor):
    """Give Editors the permissions on contact persons and on the items' lists of them."""
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0001_initial"),
        ("projects", "0009_contacts"),
        ("practices", "0009_contacts"),
        ("events", "0008_contacts"),
    ]

    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
