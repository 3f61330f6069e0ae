from django.db import migrations

from portal.staff.permissions import editors_group_sync


def create_editors_group(apps, schema_editor):
    editors_group_sync(apps)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0001_initial"),
        ("projects", "0001_initial"),
        ("practices", "0001_initial"),
        ("events", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
