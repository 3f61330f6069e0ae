from django.db import migrations

from portal.staff.permissions import editors_group_sync


def editors_review_submissions(apps, schema_editor):
    editors_group_sync(apps)


class Migration(migrations.Migration):
    dependencies = [("contributions", "0003_submissions")]

    operations = [migrations.RunPython(editors_review_submissions, migrations.RunPython.noop)]
