from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_invite_partners(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("contributions", "0001_initial"), ("enquiries", "0002_editors_answer_enquiries")]

    operations = [migrations.RunPython(editors_invite_partners, migrations.RunPython.noop)]
