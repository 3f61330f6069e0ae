"""Staff imports run by the task worker: a job per file, its progress, its result.

A file is checked (a dry run: every row validated and saved, then rolled back) and, once the
editor confirms, imported: every row in one transaction, nothing saved if any row fails. The
progress is written through a database connection of its own, so the admin shows it while the
import's transaction is still open. The file waits in private storage until the job ends.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext

from portal.content.imports import FORMATS, ImportFileError, result_error_sentences
from portal.models import ImportJob, ImportJobState
from portal.operations.caching import pages_changed_once
from portal.operations.storage import private_storage

logger = logging.getLogger(__name__)

# The most mistakes a job keeps: enough to correct a file, not a copy of a broken one.
MAX_ERRORS = 1000


def import_job_queue(
    *,
    resource_class,
    model,
    file_name: str,
    stored_name: str,
    file_format: int,
    rows_total: int,
    by,
    confirmed: bool,
) -> ImportJob:
    """Store a job for a file waiting in private storage and queue it for the worker."""
    from portal.content.tasks import run_import_job

    with transaction.atomic():
        # bulk_create(): see ImportJob's docstring.
        (job,) = ImportJob.objects.bulk_create(
            [
                ImportJob(
                    created_by=by,
                    model=model._meta.label_lower,
                    resource=f"{resource_class.__module__}.{resource_class.__qualname__}",
                    file_name=file_name[:255],
                    stored_name=stored_name,
                    file_format=file_format,
                    language=translation.get_language() or "en",
                    confirmed=confirmed,
                    rows_total=rows_total,
                )
            ]
        )
        # The queue is in the same database: the task is stored with the job, or neither is.
        run_import_job.enqueue(job.pk)
    return job


def import_job_confirm(*, job: ImportJob) -> bool:
    """Queue the import of a checked file; False when the job is no longer waiting for it."""
    from portal.content.tasks import run_import_job

    with transaction.atomic():
        confirmed = ImportJob.objects.filter(pk=job.pk, state=ImportJobState.CHECKED).update(
            confirmed=True, state=ImportJobState.QUEUED, rows_done=0, summary={}
        )
        if confirmed:
            run_import_job.enqueue(job.pk)
    return bool(confirmed)


class ProgressWriter:
    """Writes how many rows are done through a connection of its own, which commits each write
    while the import's transaction on the default connection stays open."""

    def __init__(self, job, rows_total):
        self.job = job
        # About a hundred writes in all, whatever the size of the file.
        self.every = max(1, rows_total // 100)
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        ops = self.connection.ops
        self.statement = (
            f"UPDATE {ops.quote_name(ImportJob._meta.db_table)} "
            f"SET {ops.quote_name('rows_done')} = %s WHERE {ops.quote_name('id')} = %s"
        )

    def row_done(self, number):
        if number % self.every == 0:
            with self.connection.cursor() as cursor:
                cursor.execute(self.statement, [number, self.job.pk])

    def close(self):
        self.connection.close()


class NothingSaved(Exception):
    """Leaves `pages_changed_once()` without making cached pages stale: the import's
    transaction was rolled back (a check, or a row that failed)."""


def import_job_run(*, job_id: int) -> str:
    """Check or import the job's file (as its editor, in their language); the job's state."""
    started = ImportJob.objects.filter(pk=job_id, state=ImportJobState.QUEUED).update(
        state=ImportJobState.RUNNING, started_at=timezone.now(), rows_done=0
    )
    if not started:
        # Run already (a task run twice), or gone.
        return "not queued"
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    with translation.override(job.language):
        try:
            state, changes = import_job_work(job)
        except Exception:
            logger.exception("The import job %s stopped", job.pk)
            state, changes = (
                ImportJobState.FAILED,
                {
                    "errors": [
                        gettext(
                            "The import stopped because of an error in the portal. Nothing "
                            "was saved. Try again; if it happens again, tell the administrator."
                        )
                    ]
                },
            )
    if state != ImportJobState.CHECKED and job.stored_name:
        private_storage.delete(job.stored_name)
        changes["stored_name"] = ""
    ImportJob.objects.filter(pk=job.pk).update(state=state, finished_at=timezone.now(), **changes)
    return state


def import_job_work(job):
    """Read the file and check or import it; the job's next state and what to record."""
    try:
        with private_storage.open(job.stored_name, "rb") as stored:
            data = stored.read()
    except OSError:
        return ImportJobState.FAILED, {
            "errors": [gettext("The file is no longer here. Upload it again.")]
        }
    try:
        dataset = FORMATS[job.file_format]().create_dataset(data)
    except ImportFileError as error:
        return ImportJobState.FAILED, {"errors": [str(error)]}
    rows_total = len(dataset)
    resource = import_string(job.resource)()
    resource.html_diff = False
    progress = ProgressWriter(job, rows_total)
    resource.row_done = progress.row_done
    try:
        result = import_saving(resource, dataset, job)
    finally:
        progress.close()
    errors = result_error_sentences(result)
    summary = {
        "new": result.totals["new"],
        "changed": result.totals["update"],
        "unchanged": result.totals["skip"],
    }
    changes = {"rows_total": rows_total, "summary": summary}
    if errors:
        return ImportJobState.FAILED, {**changes, "errors": errors[:MAX_ERRORS]}
    changes["rows_done"] = rows_total
    return (ImportJobState.DONE if job.confirmed else ImportJobState.CHECKED), changes


def import_saving(resource, dataset, job):
    """import-export's import in one transaction, which moves the page generation once, at its
    end, and only when the rows were saved."""
    try:
        with pages_changed_once():
            result = resource.import_data(
                dataset,
                dry_run=not job.confirmed,
                raise_errors=False,
                rollback_on_validation_errors=True,
                file_name=job.file_name,
                user=job.created_by,
            )
            if not job.confirmed or result.has_errors() or result.has_validation_errors():
                raise NothingSaved(result)
    except NothingSaved as rolled_back:
        return rolled_back.args[0]
    return result
