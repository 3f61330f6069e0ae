"""`manage.py resend_waiting_mail`: a message whose task was lost is queued again, no other."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal.mail.models import MessageStatus, OutgoingMessage
from portal.mail.services import mail_send_later
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db


def stored_message(django_capture_on_commit_callbacks, *, queued=True):
    with django_capture_on_commit_callbacks(execute=queued):
        return mail_send_later(
            to=["kontakt@example.org"], template="mail/test_message", context={}, language="cs"
        )


def late_by(message, minutes):
    OutgoingMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=minutes)
    )


def resend():
    output = StringIO()
    call_command("resend_waiting_mail", stdout=output)
    return output.getvalue()


def queued_messages():
    return sorted(
        task.args_kwargs["args"][0]
        for task in DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    )


def test_a_message_stored_by_a_process_that_died_before_queueing_it_is_queued_and_sent(
    django_capture_on_commit_callbacks, mailoutbox
):
    message = stored_message(django_capture_on_commit_callbacks, queued=False)
    late_by(message, 11)

    with django_capture_on_commit_callbacks(execute=True):
        assert resend() == "Queued again: 1 e-mail(s).\n"
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert [mail.subject for mail in mailoutbox] == [
        "Testovací e-mail z portálu dobré praxe přeshraniční spolupráce"
    ]


@pytest.mark.parametrize(
    "lost_how",
    ["the queue lost it", "its worker died while running it"],
)
def test_a_message_whose_task_was_lost_is_queued_again(
    django_capture_on_commit_callbacks, lost_how
):
    message = stored_message(django_capture_on_commit_callbacks)
    if lost_how == "the queue lost it":
        DBTaskResult.objects.all().delete()
    else:
        DBTaskResult.objects.get().claim("a-worker-that-was-killed")
    late_by(message, 11)

    with django_capture_on_commit_callbacks(execute=True):
        output = resend()

    assert output == "Queued again: 1 e-mail(s).\n"
    assert queued_messages() == [message.pk]
    message.refresh_from_db()
    assert message.task_id == str(DBTaskResult.objects.get(status=TaskResultStatus.READY).pk)


def test_a_message_whose_task_still_waits_in_the_queue_is_not_queued_twice(
    django_capture_on_commit_callbacks,
):
    message = stored_message(django_capture_on_commit_callbacks)
    late_by(message, 60)

    with django_capture_on_commit_callbacks(execute=True):
        output = resend()

    assert output == "Queued again: 0 e-mail(s).\n"
    assert queued_messages() == [message.pk]


def test_messages_not_late_enough_sent_or_failed_are_left_alone(
    django_capture_on_commit_callbacks,
):
    recent = stored_message(django_capture_on_commit_callbacks, queued=False)
    late_by(recent, 9)
    sent = stored_message(django_capture_on_commit_callbacks, queued=False)
    OutgoingMessage.objects.filter(pk=sent.pk).update(
        status=MessageStatus.SENT, sent_at=timezone.now(), next_attempt_at=None
    )
    failed = stored_message(django_capture_on_commit_callbacks, queued=False)
    OutgoingMessage.objects.filter(pk=failed.pk).update(
        status=MessageStatus.FAILED, next_attempt_at=None
    )

    with django_capture_on_commit_callbacks(execute=True):
        output = resend()

    assert output == "Queued again: 0 e-mail(s).\n"
    assert queued_messages() == []


def test_send_test_mail_queues_a_test_message_in_the_language_asked_for(
    django_capture_on_commit_callbacks,
):
    output = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_test_mail", "operator@example.org", "--language=pl", stdout=output)

    message = OutgoingMessage.objects.get()
    assert (message.to, message.language, message.subject) == (
        ["operator@example.org"],
        "pl",
        "Testowy e-mail z portalu dobrych praktyk współpracy transgranicznej",
    )
    assert output.getvalue().startswith(f"Stored as outgoing e-mail {message.pk} and queued")
    assert queued_messages() == [message.pk]


def test_send_test_mail_refuses_what_is_no_address():
    with pytest.raises(CommandError) as refused:
        call_command("send_test_mail", "operator@example.org\nBcc: x@example.org")

    assert (
        str(refused.value)
        == "'operator@example.org\\nBcc: x@example.org' is not an e-mail address."
    )
    assert OutgoingMessage.objects.count() == 0
