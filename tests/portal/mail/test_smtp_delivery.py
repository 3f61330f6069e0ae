"""The whole path: stored, the worker process (`manage.py db_worker`) tries a mail server that is
down, waits, and delivers once it is up, through Django's SMTP backend to a real SMTP server on
loopback (aiosmtpd); what arrived is read back as a mail client would."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.mail.models import MessageStatus, OutgoingMessage
from portal.mail.services import mail_send_later
from tests.support.smtp import smtp_server  # noqa: F401 (fixture)
from tests.support.tasks import queued_task_runs_after, run_worker_process, waits_pass

pytestmark = pytest.mark.slow

TEMPLATES = Path(__file__).parent / "templates"
SENDER = "Portal dobrych praktyk <portal@example.org>"


@pytest.fixture
def committed(db_without_transaction, django_db_blocker, settings):
    """Rows the worker process sees; the outbox and the queue are emptied afterwards."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}
    ]
    settings.DEFAULT_FROM_EMAIL = SENDER
    with django_db_blocker.unblock():
        try:
            yield
        finally:
            OutgoingMessage.objects.all().delete()
            DBTaskResult.objects.all().delete()


@pytest.mark.usefixtures("committed")
def test_mail_waits_while_the_server_is_down_and_arrives_once_it_is_up(smtp_server):  # noqa: F811
    message = mail_send_later(
        to=["kontakt@example.pl"],
        reply_to=["navstevnik@example.cz"],
        template="mail_tests/echo",
        context={"title": "Rowery\r\nBcc: victim@example.org", "body": "Zażółć gęślą jaźń"},
        language="pl",
    )
    worker_environment = {"EMAIL_URL": smtp_server.url, "DEFAULT_FROM_EMAIL": SENDER}

    # The mail server is down: nothing listens on its port.
    before = timezone.now()
    run_worker_process(**worker_environment)

    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.WAITING, 1)
    assert message.last_error.startswith("ConnectionRefusedError: [Errno 111]")
    assert timedelta(seconds=55) < message.next_attempt_at - before < timedelta(seconds=65)
    assert queued_task_runs_after() == [([message.pk], message.next_attempt_at)]
    assert smtp_server.received == []

    # The server comes up, and the minute passes.
    smtp_server.start()
    waits_pass()
    run_worker_process(**worker_environment)

    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (MessageStatus.SENT, 2, "")
    assert queued_task_runs_after() == []
    assert smtp_server.envelope_recipients == [["kontakt@example.pl"]]
    (arrived,) = smtp_server.received
    # Django 5.2 folds an encoded subject onto a continuation line ("Subject:\n =?utf-8?q?..."),
    # which unfolds to a leading space that mail clients do not show.
    assert {name: str(arrived[name]).strip() for name in HEADERS} == {
        "Subject": "Poczta wychodząca: Rowery Bcc: victim@example.org",
        "From": SENDER,
        "To": "kontakt@example.pl",
        "Reply-To": "navstevnik@example.cz",
        "Auto-Submitted": "auto-generated",
        "Content-Language": "pl",
        "Message-ID": message.message_id,
    }
    assert arrived["Bcc"] is None
    assert arrived.get_content_type() == "multipart/alternative"
    text, html = arrived.iter_parts()
    assert (text.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    # In the body a line break is only a line break (CRLF on the wire).
    assert text.get_content().splitlines() == [
        "Poczta wychodząca",
        "Rowery",
        "Bcc: victim@example.org",
        "Zażółć gęślą jaźń",
    ]
    assert '<html lang="pl">' in html.get_content()
    assert "<p>Poczta wychodząca: Zażółć gęślą jaźń</p>" in html.get_content()


HEADERS = ["Subject", "From", "To", "Reply-To", "Auto-Submitted", "Content-Language", "Message-ID"]
