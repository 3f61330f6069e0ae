"""/readyz reports a stuck task queue: a task due for longer than TASKS_STUCK_AFTER, no worker."""

import json
import logging
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal.mail.tasks import deliver_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def queued(*, minutes_ago, run_after_minutes=None):
    """A delivery queued `minutes_ago`, to run at once or `run_after_minutes` from now."""
    task = deliver_mail
    if run_after_minutes is not None:
        task = task.using(run_after=timezone.now() + timedelta(minutes=run_after_minutes))
    result = task.enqueue(1)
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return result


def readiness(client):
    response = client.get("/readyz")
    return response.status_code, json.loads(response.content)["checks"]["tasks"]


def test_a_queue_whose_tasks_are_taken_in_time_is_ready(client):
    queued(minutes_ago=14)
    # Queued long ago to run later: due in the future, not stuck.
    queued(minutes_ago=600, run_after_minutes=5)
    # Due for long, but deferred to a time 14 minutes ago: within the threshold.
    queued(minutes_ago=600, run_after_minutes=-14)

    assert readiness(client) == (200, "ok")


@pytest.mark.parametrize(
    ("minutes_ago", "run_after_minutes"),
    [(16, None), (600, -16)],
    ids=["queued to run at once", "deferred"],
)
def test_a_task_due_for_longer_than_the_threshold_makes_the_portal_not_ready(
    client, caplog, minutes_ago, run_after_minutes
):
    queued(minutes_ago=minutes_ago, run_after_minutes=run_after_minutes)

    with caplog.at_level(logging.INFO):
        assert readiness(client) == (503, "failed")

    assert [record.getMessage() for record in caplog.records] == [
        "Not ready: tasks (RuntimeError: 1 task(s) due for over 15 minutes: "
        "is `manage.py db_worker` running?)"
    ]


def test_finished_tasks_do_not_count_however_old(client):
    result = queued(minutes_ago=600)
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.SUCCESSFUL)

    assert readiness(client) == (200, "ok")


def test_the_threshold_is_a_setting_and_zero_turns_the_check_off(client, settings):
    queued(minutes_ago=600)
    settings.TASKS_STUCK_AFTER = timedelta(hours=11)
    assert readiness(client) == (200, "ok")

    settings.TASKS_STUCK_AFTER = timedelta(0)
    response = client.get("/readyz")
    assert (response.status_code, sorted(json.loads(response.content)["checks"])) == (
        200,
        ["cache", "database", "documents", "storage"],
    )
