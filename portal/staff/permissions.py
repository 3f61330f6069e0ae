"""The "Editors" group: staff who edit all content but not users, groups or settings, and who
may look at some records of the site (the outbox)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.db.models import Q

EDITORS_GROUP = "Editors"

# Every model of these apps is content that Editors may add, change, delete and view.
CONTENT_APPS = ("portal", "contacts", "projects", "practices", "events", "transfers")
# Models of other apps that Editors may only look at: (app label, model name): the outbox, and
# visitors' e-mail alerts.
VIEWED_MODELS = (("mail", "outgoingmessage"), ("alerts", "alert"))
# Models of other apps that Editors may look at and change, but not add or delete: enquiries,
# which they mark answered.
ANSWERED_MODELS = (("enquiries", "enquiry"),)
# Models of other apps that Editors may look at, add and change, but not delete: invitations of
# partners (staff invite them).
INVITED_MODELS = (("contributions", "invitation"),)
# Models Editors may look at and change: partners' memberships, partner accounts (deactivated
# by changing them, never deleted), and partners' submissions (reviewed by changing them).
CHANGED_MODELS = (
    ("contributions", "membership"),
    ("contributions", "partneraccount"),
    ("contributions", "submission"),
)


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
    viewed = Q()
    for app_label, model in VIEWED_MODELS:
        viewed |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename=f"view_{model}",
        )
    for app_label, model in ANSWERED_MODELS:
        viewed |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"view_{model}", f"change_{model}"],
        )
    for app_label, model in INVITED_MODELS:
        viewed |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"view_{model}", f"add_{model}", f"change_{model}"],
        )
    for app_label, model in CHANGED_MODELS:
        viewed |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"view_{model}", f"change_{model}"],
        )
    group.permissions.set(
        permission_model.objects.filter(Q(content_type__app_label__in=CONTENT_APPS) | viewed)
    )
    return group


def editor_addresses() -> list[str]:
    """The addresses of active staff who review: the Editors group and superusers."""
    user_model = get_user_model()
    editors = user_model.objects.filter(is_active=True, is_staff=True).filter(
        Q(is_superuser=True) | Q(groups__name=EDITORS_GROUP)
    )
    return sorted({address for address in editors.values_list("email", flat=True) if address})
