"""Health checks for the process manager and the load balancer: liveness and readiness."""

import logging
import uuid
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.log import log_response
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from portal.operations.deadlines import quick_database_answers
from portal.operations.outage import error_summary
from portal.operations.replicas import REPLICA
from portal.operations.storage import private_storage

logger = logging.getLogger(__name__)

PROBE = b"readiness probe"


@never_cache
@require_safe
def liveness(request):
    """Answer while the process serves requests; touches nothing else, the database included."""
    return HttpResponse("ok", content_type="text/plain")


def check_database(alias=DEFAULT_DB_ALIAS):
    # Bounded, as a probe must be: a database that stops answering is not ready.
    with quick_database_answers(), connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not give 1")


def check_cache():
    key = f"readiness-probe-{uuid.uuid4().hex}"
    cache.set(key, PROBE, timeout=10)
    try:
        if cache.get(key) != PROBE:
            raise RuntimeError("the cache did not give back what was set")
    finally:
        cache.delete(key)


def check_storage(storage=default_storage):
    """Write, read back and delete a file: a folder or a bucket, whatever the storage is."""
    # A random name, as several workers may probe at once; no folder, which would stay behind.
    name = storage.save(f"readiness-probe-{uuid.uuid4().hex}.txt", ContentFile(PROBE))
    try:
        with storage.open(name) as probe:
            if probe.read() != PROBE:
                raise RuntimeError("the storage did not give back what was written")
    finally:
        storage.delete(name)


def check_document_storage():
    check_storage(private_storage)


def check_task_queue():
    """Fail when a task has been due for longer than TASKS_STUCK_AFTER: no worker takes them."""
    cutoff = timezone.now() - settings.TASKS_STUCK_AFTER
    # A task queued to run at once has no run_after of its own: the backend gives it the end of
    # time, and it is due since it was queued.
    due_long_ago = Q(run_after__lt=cutoff) | Q(run_after=get_date_max(), enqueued_at__lt=cutoff)
    with quick_database_answers():
        stuck = DBTaskResult.objects.ready().filter(due_long_ago).count()
    if stuck:
        minutes = round(settings.TASKS_STUCK_AFTER.total_seconds() / 60)
        raise RuntimeError(
            f"{stuck} task(s) due for over {minutes} minutes: is `manage.py db_worker` running?"
        )


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    # Pictures, and documents, which may be in another bucket with other permissions.
    "storage": check_storage,
    "documents": check_document_storage,
}


@never_cache
@require_safe
def readiness(request):
    """200 when the database (and its replica), the cache, both storages of uploads and the task
    queue work, else 503 naming those that do not."""
    checks = dict(CHECKS)
    if REPLICA in connections:
        checks["replica"] = partial(check_database, REPLICA)
    if settings.TASKS_STUCK_AFTER and isinstance(
        task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend
    ):
        checks["tasks"] = check_task_queue
    results, reasons = {}, []
    for name, check in checks.items():
        if name == "tasks" and results["database"] == "failed":
            # The queue is in that database: a second wait for it would only slow the probe.
            results[name] = "failed"
            continue
        try:
            check()
        except Exception as error:  # Any failure means "not ready"; the reason goes to the log.
            results[name] = "failed"
            reasons.append(f"{name} ({error_summary(error)})")
        else:
            results[name] = "ok"
    ready = not reasons
    response = JsonResponse(
        {"status": "ok" if ready else "failed", "checks": results}, status=200 if ready else 503
    )
    if not ready:
        # One line per probe, and Django's own "Service Unavailable" line is not added to it.
        log_response(
            "Not ready: %s", ", ".join(reasons), response=response, request=request, logger=logger
        )
    return response
