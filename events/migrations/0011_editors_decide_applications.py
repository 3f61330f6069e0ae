from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_decide_applications(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0010_applications")]

    operations = [migrations.RunPython(editors_decide_applications, migrations.RunPython.noop)]
