"""The tasks the worker (`manage.py db_worker`) runs for uploaded pictures."""

from django.apps import apps
from django_tasks import task

from portal.db.renditions import picture_renditions_make


@task()
def make_picture_renditions(model_label: str, pk: int, field_name: str) -> str:
    """Make the thumbnails of one row's picture (portal.db.renditions.picture_renditions_make)."""
    return picture_renditions_make(model=apps.get_model(model_label), pk=pk, field_name=field_name)
