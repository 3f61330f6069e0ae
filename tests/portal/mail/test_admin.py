"""The outbox in the admin: read-only, failures with their reason, "try again" for superusers."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.mail.models import MessageStatus, OutgoingMessage
from tests.support.admin import admin_url
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

REASON = "SMTPRecipientsRefused: {'kontakt@example.org': (550, b'5.1.1 No such user')}"


def outgoing(status, subject, **fields):
    defaults = {
        "to": ["kontakt@example.org"],
        "from_email": "noreply@localhost",
        "text": "Dzień dobry",
        "html": "<p>Dzień dobry</p>",
        "language": "pl",
        "message_id": f"<{subject.replace(' ', '.')}@localhost>",
        "next_attempt_at": timezone.now() if status == MessageStatus.WAITING else None,
        "sent_at": timezone.now() if status == MessageStatus.SENT else None,
    }
    return OutgoingMessage.objects.create(status=status, subject=subject, **{**defaults, **fields})


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


def test_a_failed_message_shows_its_reason_in_the_list(superuser_client):
    outgoing(MessageStatus.FAILED, "Zapytanie", attempts=8, last_error=REASON)
    outgoing(MessageStatus.SENT, "Potwierdzenie", attempts=1)

    response = superuser_client.get(
        admin_url(OutgoingMessage, "changelist"), {"status__exact": "failed"}
    )

    rows = response.context["cl"].result_list
    assert [(row.subject, row.status) for row in rows] == [("Zapytanie", "failed")]
    assert "SMTPRecipientsRefused: {&#x27;kontakt@example.org&#x27;: (550" in response.text


def test_the_list_is_translated(superuser_client):
    outgoing(MessageStatus.FAILED, "Zapytanie", last_error=REASON)

    response = superuser_client.get("/cs/admin/mail/outgoingmessage/")

    assert "Odchozí e-maily" in response.text
    assert "Zkusit znovu odeslat vybrané e-maily" in response.text
    assert "nedoručen" in response.text


def test_a_message_is_read_only_and_its_html_is_shown_as_text(superuser_client):
    message = outgoing(MessageStatus.SENT, "Potwierdzenie", html="<script>alert(1)</script>")

    response = superuser_client.get(admin_url(OutgoingMessage, "change", message.pk))

    assert response.context["adminform"].form.fields == {}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "<script>alert(1)</script>" not in response.text


def test_try_again_gives_failed_messages_a_new_round_and_leaves_sent_ones_alone(
    superuser_client, django_capture_on_commit_callbacks, mailoutbox
):
    failed = outgoing(MessageStatus.FAILED, "Zapytanie", attempts=8, last_error=REASON)
    sent = outgoing(MessageStatus.SENT, "Potwierdzenie", attempts=1)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            admin_url(OutgoingMessage, "changelist"),
            {"action": "try_again", "_selected_action": [failed.pk, sent.pk]},
            headers={"accept-language": "en"},
            follow=True,
        )

    assert [str(message) for message in response.context["messages"]] == [
        "1 e-mail will be tried again now (sent ones are never sent twice)."
    ]
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == (MessageStatus.WAITING, 0)
    assert [task.args_kwargs["args"] for task in DBTaskResult.objects.all()] == [[failed.pk]]

    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    failed.refresh_from_db()
    sent.refresh_from_db()
    assert (failed.status, failed.attempts, failed.last_error) == (MessageStatus.SENT, 1, "")
    assert (sent.status, sent.attempts) == (MessageStatus.SENT, 1)
    assert [mail.subject for mail in mailoutbox] == ["Zapytanie"]


def test_editors_see_the_outbox_but_cannot_try_again(editor_client):
    failed = outgoing(MessageStatus.FAILED, "Zapytanie", attempts=8, last_error=REASON)

    listing = editor_client.get(admin_url(OutgoingMessage, "changelist"))
    detail = editor_client.get(admin_url(OutgoingMessage, "change", failed.pk))
    editor_client.post(
        admin_url(OutgoingMessage, "changelist"),
        {"action": "try_again", "_selected_action": [failed.pk]},
    )

    assert (listing.status_code, detail.status_code) == (200, 200)
    # No action is offered to them at all (a superuser's list has "try again").
    assert listing.context["action_form"] is None
    failed.refresh_from_db()
    assert failed.status == MessageStatus.FAILED
    assert DBTaskResult.objects.count() == 0


def test_the_task_queue_has_no_admin_of_its_own_only_the_outbox(client, superuser):
    client.force_login(superuser)

    response = client.get("/pl/admin/")

    apps = {app["app_label"]: app["name"] for app in response.context["app_list"]}
    assert apps["mail"] == "Poczta wychodząca"
    assert "django_tasks_database" not in apps
