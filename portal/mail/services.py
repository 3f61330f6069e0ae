"""Sending e-mail: compose it in the recipient's language, store it, deliver it from the worker.

Callers use `mail_send_later()` inside their own transaction: the message is a row of the outbox
before anything is sent, and its delivery is queued only once that transaction commits, so a
rolled-back enquiry sends nothing and a mail server that is down loses nothing. The worker runs
`mail_deliver()`, which retries with growing delays and gives up, saying why, after
MAIL_DELIVERY_ATTEMPTS.
"""

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist

from portal.mail.models import MessageStatus, OutgoingMessage

logger = logging.getLogger(__name__)

# What the last error keeps of an exception's text: enough for the admin, not a whole traceback.
ERROR_LENGTH = 1000


@dataclass(frozen=True)
class Attachment:
    """A text file sent with a message, such as an event's `.ics`."""

    filename: str
    content: str
    mimetype: str


@dataclass(frozen=True)
class ComposedMail:
    subject: str
    text: str
    html: str
    language: str


def mail_compose(*, template: str, context: Mapping, language: str) -> ComposedMail:
    """Render `<template>_subject.txt`, `<template>.txt` and `<template>.html` in `language`.

    The subject is made one line whatever the context holds (a visitor's CR/LF included). Text
    templates turn autoescaping off themselves (`{% autoescape off %}`): plain text is not HTML.
    """
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"{language!r} is not one of the portal's languages")
    with translation.override(language):
        context = {**context, "language": language}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    return ComposedMail(subject=subject, text=text, html=html, language=language)


def addresses_checked(addresses: Sequence[str]) -> list[str]:
    """The addresses as given, each a valid bare address: a CR or LF (header injection) is not."""
    if isinstance(addresses, str):
        raise TypeError("give a list of addresses, not one string")
    for address in addresses:
        validate_email(address)
    return list(addresses)


@transaction.atomic
def mail_send_later(
    *,
    to: Sequence[str],
    template: str,
    context: Mapping,
    language: str,
    reply_to: Sequence[str] = (),
    automatic: bool = True,
    headers: Mapping[str, str] | None = None,
    attachments: Sequence[Attachment] = (),
) -> OutgoingMessage:
    """Store a message composed from `template` in `language`; queue its delivery on commit.

    `automatic` messages (every one the portal sends by itself) carry `Auto-Submitted:
    auto-generated` (RFC 3834), so that auto-responders do not answer them. `headers` adds others
    (an alert's `List-Unsubscribe`); a line break in one raises ValueError. An address that is not
    one (a CR or LF in it included) raises ValidationError before anything is stored.
    """
    recipients = addresses_checked(to)
    if not recipients:
        raise ValidationError("A message needs at least one recipient.")
    reply_to = addresses_checked(reply_to)
    composed = mail_compose(template=template, context=context, language=language)
    extra_headers = dict(headers or {})
    for name, value in extra_headers.items():
        if "\n" in name or "\r" in name or "\n" in value or "\r" in value:
            raise ValueError(f"a line break in the header {name!r}")
    headers = {"Content-Language": language, **extra_headers}
    if automatic:
        headers["Auto-Submitted"] = "auto-generated"
    sender_domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    message = OutgoingMessage.objects.create(
        to=recipients,
        reply_to=reply_to,
        from_email=settings.DEFAULT_FROM_EMAIL,
        subject=composed.subject,
        text=composed.text,
        html=composed.html,
        language=language,
        headers=headers,
        attachments=[
            {"filename": file.filename, "content": file.content, "mimetype": file.mimetype}
            for file in attachments
        ],
        message_id=make_msgid(domain=sender_domain),
        next_attempt_at=timezone.now(),
    )
    delivery_queue_on_commit(message)
    return message


def delivery_queue_on_commit(message: OutgoingMessage) -> None:
    """Queue the next attempt at `message` once the current transaction commits.

    A process that dies between the commit and the queue leaves the message waiting without a
    task: `manage.py resend_waiting_mail` finds it."""
    message_id, run_after = message.pk, message.next_attempt_at

    def enqueue():
        from portal.mail.tasks import deliver_mail

        task = (
            deliver_mail.using(run_after=run_after) if run_after > timezone.now() else deliver_mail
        )
        result = task.enqueue(message_id)
        OutgoingMessage.objects.filter(pk=message_id).update(task_id=result.id)

    transaction.on_commit(enqueue)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failure: 1 minute, then 5 times longer each time,
    up to MAIL_RETRY_MAX_DELAY (with the defaults 1, 5, 25, 125 minutes, then 6 hours)."""
    delay = settings.MAIL_RETRY_FIRST_DELAY * settings.MAIL_RETRY_FACTOR ** (attempts - 1)
    return min(delay, settings.MAIL_RETRY_MAX_DELAY)


def email_of(message: OutgoingMessage) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text,
        from_email=message.from_email,
        to=message.to,
        reply_to=message.reply_to,
        headers={**message.headers, "Message-ID": message.message_id},
    )
    if message.html:
        email.attach_alternative(message.html, "text/html")
    for file in message.attachments:
        email.attach(file["filename"], file["content"], file["mimetype"])
    return email


def mail_deliver(*, message_id: int) -> str:
    """Make one attempt at a waiting message that is due; say what became of it.

    The row stays locked while the mail server is talked to, so that two workers given the same
    message (a resent task beside a late one) send it once. An attempt that fails is recorded and
    the next one queued, MAIL_RETRY_* later, until MAIL_DELIVERY_ATTEMPTS have failed."""
    with transaction.atomic():
        message = (
            OutgoingMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id)
            .first()
        )
        if message is None:
            return "busy or deleted"
        if message.status != MessageStatus.WAITING:
            return f"already {message.status}"
        now = timezone.now()
        if message.next_attempt_at > now:
            # A task queued for an earlier attempt: the one queued for this time will come.
            return "not due"
        message.attempts += 1
        try:
            email_of(message).send()
        except Exception as error:  # Whatever the mail backend raised: recorded, tried again.
            message.last_error = f"{type(error).__name__}: {error}"[:ERROR_LENGTH]
            if message.attempts >= settings.MAIL_DELIVERY_ATTEMPTS:
                message.status = MessageStatus.FAILED
                message.next_attempt_at = None
                logger.error(
                    "Gave up on e-mail %s after %s attempts: %s",
                    message.pk,
                    message.attempts,
                    message.last_error,
                )
            else:
                message.next_attempt_at = now + retry_delay(message.attempts)
                delivery_queue_on_commit(message)
                logger.warning(
                    "E-mail %s not delivered (attempt %s), trying again at %s: %s",
                    message.pk,
                    message.attempts,
                    message.next_attempt_at.isoformat(),
                    message.last_error,
                )
        else:
            message.status = MessageStatus.SENT
            message.sent_at = timezone.now()
            message.next_attempt_at = None
            message.last_error = ""
        message.save()
        return message.status


@transaction.atomic
def mail_try_again(*, queryset: QuerySet) -> int:
    """Give the failed and waiting messages among `queryset` a fresh round of attempts, starting
    now; how many. Sent messages are left alone: trying again would send them twice."""
    messages = list(queryset.exclude(status=MessageStatus.SENT).select_for_update())
    now = timezone.now()
    for message in messages:
        message.status = MessageStatus.WAITING
        message.attempts = 0
        message.next_attempt_at = now
        message.save(update_fields=["status", "attempts", "next_attempt_at"])
        delivery_queue_on_commit(message)
    return len(messages)


def mail_resend_lost(*, overdue: timedelta) -> int:
    """Queue again every message whose attempt is `overdue` and whose task is not in the queue;
    how many.

    A task is lost when the queue lost it, a worker died while running it, or the process that
    stored the message died before queueing it. A task still waiting in the queue is not lost
    (the worker is down: /readyz says so) and is not queued twice. Queueing a message that is
    delivered meanwhile does no harm: `mail_deliver()` sends a message only once."""
    from portal.mail.tasks import deliver_mail

    resent = 0
    for message in OutgoingMessage.objects.overdue(by=overdue):
        if message.task_id:
            try:
                if deliver_mail.get_result(message.task_id).status == TaskResultStatus.READY:
                    continue
            except TaskResultDoesNotExist:
                pass
        with transaction.atomic():
            # Unless a worker delivered it meanwhile.
            message.next_attempt_at = timezone.now()
            if (
                OutgoingMessage.objects.waiting()
                .filter(pk=message.pk)
                .update(next_attempt_at=message.next_attempt_at)
            ):
                delivery_queue_on_commit(message)
                resent += 1
    return resent
