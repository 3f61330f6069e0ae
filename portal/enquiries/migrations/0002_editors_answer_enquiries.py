from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_answer_enquiries(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("enquiries", "0001_initial")]

    operations = [migrations.RunPython(editors_answer_enquiries, migrations.RunPython.noop)]
