from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_edit_transfers(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("transfers", "0001_initial"), ("contributions", "0005_practicereminder")]

    operations = [migrations.RunPython(editors_edit_transfers, migrations.RunPython.noop)]
