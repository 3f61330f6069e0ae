"""Make the thumbnails pictures lack: after an upgrade, a restore, or a worker that was down."""

import sys

from django.apps import apps
from django.core.management.base import BaseCommand
from tqdm import tqdm

from portal.db.renditions import picture_renditions_make, picture_renditions_queryset
from portal.db.tasks import make_picture_renditions
from portal.db.uploads import PictureField


def picture_fields():
    """(model, field) for every picture whose thumbnails are recorded beside it."""
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, PictureField) and field.renditions_field:
                yield model, field


class Command(BaseCommand):
    help = (
        "Make the thumbnails of every picture that has none recorded for its current file (safe to "
        "repeat: pictures done are skipped). --queue leaves them to the task worker instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="store_true",
            help="queue a task per picture for `manage.py db_worker` instead of making them here",
        )

    def handle(self, *args, queue=False, **options):
        outcomes = {}
        progress_file = options.get("stderr") or sys.stderr
        for model, field in picture_fields():
            pks = list(picture_renditions_queryset(model, field).values_list("pk", flat=True))
            label = f"{model._meta.label}.{field.name}"
            for pk in tqdm(pks, desc=label, unit=" pictures", file=progress_file, disable=not pks):
                if queue:
                    make_picture_renditions.enqueue(model._meta.label, pk, field.name)
                    outcome = "queued"
                else:
                    outcome = picture_renditions_make(model=model, pk=pk, field_name=field.name)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if not outcomes:
            self.stdout.write("Every picture has its thumbnails.")
            return
        summary = ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
        self.stdout.write(f"Pictures: {summary}.")
        if outcomes.get("unreadable"):
            self.stdout.write(
                "Pictures that cannot be read show on no page: upload them again in the admin "
                "(the log names each file)."
            )
        if queue:
            self.stdout.write("The task worker (manage.py db_worker) makes them.")
