"""The "Editors" group: staff who edit all content but not users, groups or settings."""

from django.contrib.auth.management import create_permissions

EDITORS_GROUP = "Editors"

# Every model of these apps is content that Editors may add, change, delete and view.
CONTENT_APPS = ("portal", "contacts", "projects", "practices", "events")


def editors_group_sync(apps):
    """Create the Editors group if missing and give it every permission on content models."""
    # Permissions are normally created after all migrations have run; create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(permission_model.objects.filter(content_type__app_label__in=CONTENT_APPS))
    return group
