from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_view_alerts(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_alerts"), ("enquiries", "0002_editors_answer_enquiries")]

    operations = [migrations.RunPython(editors_view_alerts, migrations.RunPython.noop)]
