"""The outbox: stored in the caller's transaction, delivered by the worker, in the right language.

These tests run the real queue (the database backend, as in production) with db_worker's own
loop in this process; mail goes to Django's in-memory backend, except where a test points it at
an SMTP server that does not answer. tests/portal/mail/test_smtp_delivery.py takes the whole path
through the worker process and a real SMTP server.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal.mail.models import MessageStatus, OutgoingMessage
from portal.mail.services import Attachment, mail_compose, mail_send_later, retry_delay
from tests.support.smtp import smtp_server, smtp_settings  # noqa: F401 (fixtures)
from tests.support.tasks import queued_task_runs_after, run_due_tasks, waits_pass

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def echo_templates(settings):
    """Templates of the tests' own, which echo what the context gives them."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}
    ]


def echo_later(**arguments):
    return mail_send_later(
        **{
            "to": ["kontakt@example.org"],
            "template": "mail_tests/echo",
            "context": {"title": "Bike sharing", "body": "Rowery & hulajnogi"},
            "language": "pl",
            **arguments,
        }
    )


def test_the_message_is_stored_before_anything_is_sent(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks() as queued:
        message = echo_later(reply_to=["visitor@example.cz"])

        stored = OutgoingMessage.objects.get()
        assert (stored.pk, stored.status, stored.attempts) == (message.pk, "waiting", 0)
        assert DBTaskResult.objects.count() == 0
    assert len(queued) == 1
    assert mailoutbox == []


def test_a_message_is_queued_on_commit_and_the_worker_delivers_it(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later(reply_to=["visitor@example.cz"])
    task = DBTaskResult.objects.get()
    assert (task.task_path, task.args_kwargs["args"]) == (
        "portal.mail.tasks.deliver_mail",
        [message.pk],
    )
    message.refresh_from_db()
    assert message.task_id == str(task.pk)

    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    message.refresh_from_db()
    assert (message.status, message.attempts, message.next_attempt_at, message.last_error) == (
        MessageStatus.SENT,
        1,
        None,
        "",
    )
    assert message.sent_at is not None
    (sent,) = mailoutbox
    assert (sent.to, sent.reply_to, sent.from_email) == (
        ["kontakt@example.org"],
        ["visitor@example.cz"],
        "noreply@localhost",
    )
    assert sent.subject == "Poczta wychodząca: Bike sharing"
    assert sent.body == "Poczta wychodząca\nBike sharing\nRowery & hulajnogi\n"
    ((html, mimetype),) = sent.alternatives
    assert mimetype == "text/html"
    assert '<html lang="pl">' in html
    assert "<p>Poczta wychodząca: Rowery &amp; hulajnogi</p>" in html
    assert sent.extra_headers == {
        "Content-Language": "pl",
        "Auto-Submitted": "auto-generated",
        "Message-ID": message.message_id,
    }
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_a_transaction_that_fails_stores_and_sends_nothing(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True) as queued:
        with pytest.raises(RuntimeError), transaction.atomic():
            echo_later()
            raise RuntimeError("the enquiry could not be saved")
    run_due_tasks()

    assert (OutgoingMessage.objects.count(), DBTaskResult.objects.count()) == (0, 0)
    assert (queued, mailoutbox) == ([], [])


@pytest.mark.parametrize(
    ("language", "subject", "first_line"),
    [
        ("pl", "Poczta wychodząca: Bike sharing", "Poczta wychodząca"),
        ("cs", "Odchozí e-maily: Bike sharing", "Odchozí e-maily"),
        ("en", "Outgoing e-mail: Bike sharing", "Outgoing e-mail"),
    ],
)
def test_a_message_is_composed_in_the_language_asked_for(language, subject, first_line):
    composed = mail_compose(
        template="mail_tests/echo", context={"title": "Bike sharing", "body": ""}, language=language
    )

    assert (composed.subject, composed.text.splitlines()[0], composed.language) == (
        subject,
        first_line,
        language,
    )
    assert f'<html lang="{language}">' in composed.html


def test_a_language_the_portal_does_not_have_is_refused():
    with pytest.raises(ValueError, match="'de' is not one of the portal's languages"):
        echo_later(language="de")
    assert OutgoingMessage.objects.count() == 0


def test_a_message_a_person_sent_has_no_auto_submitted_header():
    message = echo_later(automatic=False)

    assert message.headers == {"Content-Language": "pl"}


def test_extra_headers_and_attachments_are_stored_and_sent_with_every_attempt(
    django_capture_on_commit_callbacks, mailoutbox
):
    calendar = Attachment(
        filename="study-visit.ics",
        content="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        mimetype="text/calendar",
    )
    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later(
            headers={"List-Unsubscribe": "<https://example.org/u/1/>"}, attachments=[calendar]
        )
    message.refresh_from_db()
    assert message.attachments == [
        {
            "filename": "study-visit.ics",
            "content": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            "mimetype": "text/calendar",
        }
    ]

    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    (sent,) = mailoutbox
    assert sent.extra_headers == {
        "Content-Language": "pl",
        "List-Unsubscribe": "<https://example.org/u/1/>",
        "Auto-Submitted": "auto-generated",
        "Message-ID": message.message_id,
    }
    assert sent.attachments == [
        ("study-visit.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    ]


@pytest.mark.parametrize(
    "headers",
    [{"List-Unsubscribe": "<https://example.org/>\r\nBcc: victim@example.org"}, {"X-A\nB": "1"}],
    ids=["value", "name"],
)
def test_a_header_with_a_line_break_is_refused(headers):
    with pytest.raises(ValueError, match="a line break in the header"):
        echo_later(headers=headers)
    assert OutgoingMessage.objects.count() == 0


def test_line_breaks_in_the_subject_are_folded_into_one_line():
    message = echo_later(context={"title": "Bike\r\nBcc: victim@example.org\nsharing", "body": ""})

    assert message.subject == "Poczta wychodząca: Bike Bcc: victim@example.org sharing"


@pytest.mark.parametrize("field", ["to", "reply_to"], ids=["recipient", "reply-to"])
@pytest.mark.parametrize(
    "address",
    [
        "visitor@example.cz\r\nBcc: victim@example.org",
        "visitor@example.cz\nBcc: victim@example.org",
        "visitor@example.cz\r",
        "Visitor <visitor@example.cz>",
        "not an address",
    ],
)
def test_an_address_with_a_line_break_or_that_is_no_address_is_refused(field, address):
    with pytest.raises(ValidationError):
        echo_later(**{field: [address]})

    assert OutgoingMessage.objects.count() == 0


def test_a_message_needs_a_recipient():
    with pytest.raises(ValidationError):
        echo_later(to=[])
    with pytest.raises(TypeError):
        echo_later(to="kontakt@example.org")


def test_the_retry_delays_grow_five_times_up_to_six_hours():
    assert [retry_delay(attempts) for attempts in range(1, 8)] == [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=25),
        timedelta(minutes=125),
        timedelta(hours=6),
        timedelta(hours=6),
        timedelta(hours=6),
    ]


@pytest.mark.usefixtures("smtp_settings")
def test_a_mail_server_that_does_not_answer_gets_a_retry_later(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later()
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.WAITING, 1)
    assert message.last_error.startswith("ConnectionRefusedError: [Errno 111]")
    wait = message.next_attempt_at - before
    assert timedelta(seconds=59) < wait < timedelta(seconds=61)
    assert queued_task_runs_after() == [([message.pk], message.next_attempt_at)]
    assert message.task_id == str(DBTaskResult.objects.get(status=TaskResultStatus.READY).pk)


@pytest.mark.usefixtures("smtp_settings")
def test_after_the_last_attempt_the_message_is_failed_with_the_reason_shown_in_the_admin(
    django_capture_on_commit_callbacks, settings, admin_client
):
    settings.MAIL_DELIVERY_ATTEMPTS = 3
    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later()
    attempts = []
    for _ in range(4):
        with django_capture_on_commit_callbacks(execute=True):
            run_due_tasks()
        message.refresh_from_db()
        attempts.append((message.status, message.attempts))
        waits_pass()

    assert attempts == [("waiting", 1), ("waiting", 2), ("failed", 3), ("failed", 3)]
    assert message.next_attempt_at is None
    assert message.last_error.startswith("ConnectionRefusedError: [Errno 111]")
    assert queued_task_runs_after() == []
    listing = admin_client.get("/en/admin/mail/outgoingmessage/?status__exact=failed")
    assert [row.pk for row in listing.context["cl"].result_list] == [message.pk]
    error_cell = (
        '<td class="field-error">ConnectionRefusedError: [Errno 111] Connection refused</td>'
    )
    assert error_cell in listing.text


def test_a_task_queued_for_an_earlier_attempt_sends_nothing_before_the_message_is_due(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later()
    OutgoingMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() + timedelta(minutes=5)
    )
    run_due_tasks()

    message.refresh_from_db()
    assert (message.status, message.attempts, mailoutbox) == ("waiting", 0, [])


def test_a_message_is_sent_once_however_many_tasks_deliver_it(
    django_capture_on_commit_callbacks, mailoutbox
):
    from portal.mail.tasks import deliver_mail

    with django_capture_on_commit_callbacks(execute=True):
        message = echo_later()
    deliver_mail.enqueue(message.pk)
    deliver_mail.enqueue(message.pk)
    run_due_tasks()

    assert len(mailoutbox) == 1
    assert sorted(task.return_value for task in DBTaskResult.objects.all()) == [
        "already sent",
        "already sent",
        "sent",
    ]
