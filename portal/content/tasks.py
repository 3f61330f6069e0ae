"""The tasks the worker (`manage.py db_worker`) runs for staff imports."""

from django_tasks import task

from portal.content.import_jobs import import_job_run


@task()
def run_import_job(job_id: int) -> str:
    """Check or import one file (portal.content.import_jobs.import_job_run)."""
    return import_job_run(job_id=job_id)
