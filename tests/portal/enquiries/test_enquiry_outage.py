"""The mail server is down when a visitor writes: the enquiry is kept and its e-mails wait, with
the error recorded, until the server is back; then they arrive as they would have."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from portal.enquiries.models import Enquiry
from portal.mail.models import MessageStatus
from tests.support.enquiries import enquiry_data
from tests.support.enquiry_forms import enquiry_url
from tests.support.factories import (
    ContactPersonFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
)
from tests.support.smtp import smtp_server, smtp_settings  # noqa: F401 (fixtures)
from tests.support.tasks import queued_task_runs_after, run_due_tasks, waits_pass

pytestmark = pytest.mark.django_db

VISITOR = "jana.novakova@example.net"
CONTACT = "anna.kowalska@example.pl"
SENDER = "Portal dobrych praktyk <portal@example.org>"


def in_language(language, subject, title):
    """A subject as the mail templates write it in `language` (translated or not yet)."""
    with translation.override(language):
        return translation.gettext(subject) % {"title": title}


@pytest.mark.usefixtures("smtp_settings")
def test_an_enquiry_sent_while_the_mail_server_is_down_arrives_once_it_is_up(
    client,
    settings,
    smtp_server,  # noqa: F811 (the fixture)
    django_capture_on_commit_callbacks,
):
    settings.DEFAULT_FROM_EMAIL = SENDER
    practice = GoodPracticeFactory(title_pl="Węzeł przesiadkowy", title_cs="Přestupní uzel")
    contact = ContactPersonFactory(name="Anna Kowalska", email=CONTACT, languages=["pl"])
    PracticeContactFactory(practice=practice, contact=contact)
    url = enquiry_url("practice", practice, language="cs")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, enquiry_data("practice", practice))

    assert (response.status_code, response["Location"]) == (302, url + "?sent=1")
    enquiry = Enquiry.objects.get()

    # Nothing listens on the mail server's port.
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    messages = list(enquiry.messages.order_by("pk"))
    assert [(message.to, message.status, message.attempts) for message in messages] == [
        ([CONTACT], MessageStatus.WAITING, 1),
        ([VISITOR], MessageStatus.WAITING, 1),
    ]
    for message in messages:
        assert message.last_error.startswith("ConnectionRefusedError: [Errno 111]")
        assert timedelta(seconds=59) < message.next_attempt_at - before < timedelta(seconds=61)
    assert sorted(queued_task_runs_after()) == sorted(
        ([message.pk], message.next_attempt_at) for message in messages
    )
    assert smtp_server.received == []

    # The server comes back, and the minute passes.
    smtp_server.start()
    waits_pass()
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    for message in messages:
        message.refresh_from_db()
    assert [(message.status, message.attempts, message.last_error) for message in messages] == [
        (MessageStatus.SENT, 2, ""),
        (MessageStatus.SENT, 2, ""),
    ]
    assert queued_task_runs_after() == []
    assert sorted(smtp_server.envelope_recipients) == [[CONTACT], [VISITOR]]
    arrived = {str(mail["To"]): mail for mail in smtp_server.received}
    to_contact, acknowledgement = arrived[CONTACT], arrived[VISITOR]
    assert {name: str(to_contact[name]).strip() for name in HEADERS} == {
        "From": SENDER,
        "Reply-To": VISITOR,
        "Content-Language": "pl",
        "Subject": in_language("pl", "A question about “%(title)s”", "Węzeł przesiadkowy"),
        "Message-ID": messages[0].message_id,
    }
    assert to_contact["Auto-Submitted"] is None
    assert {name: str(acknowledgement[name]).strip() for name in HEADERS if name != "Reply-To"} == {
        "From": SENDER,
        "Content-Language": "cs",
        "Subject": in_language("cs", "Your message about “%(title)s” arrived", "Přestupní uzel"),
        "Message-ID": messages[1].message_id,
    }
    assert acknowledgement["Reply-To"] is None
    assert acknowledgement["Auto-Submitted"] == "auto-generated"
    for mail in (to_contact, acknowledgement):
        assert mail.get_content_type() == "multipart/alternative"
        assert [part.get_content_type() for part in mail.iter_parts()] == [
            "text/plain",
            "text/html",
        ]
    text, html = (part.get_content() for part in to_contact.iter_parts())
    assert "Dobrý den, jak dlouho trvala příprava projektu?" in text.splitlines()
    assert '<html lang="pl">' in html
    assert "Dobrý den, jak dlouho trvala příprava projektu?" in html
    ack_text, ack_html = (part.get_content() for part in acknowledgement.iter_parts())
    assert "Dobrý den, jak dlouho trvala příprava projektu?" not in ack_text
    assert "Anna Kowalska" in ack_text
    assert '<html lang="cs">' in ack_html


HEADERS = ["From", "Reply-To", "Content-Language", "Subject", "Message-ID"]
