"""The task queue in the tests: run what is due with the real worker, let the waits pass."""

import os
import subprocess
import sys

from django.db import connection, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from portal.mail.models import OutgoingMessage
from tests.support import ROOT


def run_due_tasks():
    """Run every task that is due, in this process, as db_worker does: claim the next ready
    task, run it with the worker's own `run_task`, until none is left. (Its loop itself closes
    the connection between tasks, which would end the test's transaction.)"""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
        excluded_queue_names=[],
    )
    while True:
        # Claimed in a transaction of its own and run outside it, as db_worker does.
        with transaction.atomic():
            task = DBTaskResult.objects.ready().get_locked()
            if task is None:
                return
            task.claim(worker.worker_id)
        worker.run_task(task)


def run_worker_process(**environment):
    """`manage.py db_worker --batch` in a process of its own on the test database: it runs what
    is due and stops. The test's rows must be committed for it to see them."""
    database = connection.settings_dict
    auth = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    host = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"postgres://{auth}@{host}/{database['NAME']}",
        **environment,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


def waits_pass():
    """Let every wait end now: the queue's deferred tasks and the outbox's next attempts."""
    now = timezone.now()
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=now)
    OutgoingMessage.objects.waiting().update(next_attempt_at=now)


def queued_task_runs_after():
    """When each task still in the queue may run, with the message it delivers."""
    return [
        (task.args_kwargs["args"], task.run_after)
        for task in DBTaskResult.objects.filter(status=TaskResultStatus.READY).order_by("run_after")
    ]
