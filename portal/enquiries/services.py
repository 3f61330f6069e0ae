"""Receiving an enquiry: store it, then queue its e-mails; mark it answered; erase old ones."""

import hashlib
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.enquiries.models import Enquiry, Reason, Status
from portal.mail.models import OutgoingMessage
from portal.mail.services import mail_send_later
from portal.operations.ratelimits import count_request

logger = logging.getLogger(__name__)


def item_contacts(item) -> list:
    """The contact persons a practice, partner, project or event names, in their order."""
    return [listing.contact for listing in item.contact_listings.select_related("contact")]


def enquiry_contacts(enquiry: Enquiry) -> list:
    """The contact persons who receive `enquiry`: its item's, in their order; none when it goes
    to the staff (no item, a report of a mistake, or an item that names nobody)."""
    target = enquiry.target
    if target is None or enquiry.reason == Reason.MISTAKE:
        return []
    return item_contacts(target)


@transaction.atomic
def enquiry_receive(*, enquiry: Enquiry, site_url: str) -> Enquiry:
    """Store `enquiry`, then queue an e-mail to each of its recipients in their language (with
    Reply-To the visitor) and an acknowledgement to the visitor in the page's language.

    The e-mails are rows of the outbox, committed with the enquiry; the worker sends them after
    the commit, so a mail server or worker that is down delays them and loses nothing."""
    enquiry.save()
    contacts = enquiry_contacts(enquiry)
    context = {"enquiry": enquiry, "target": enquiry.target, "site_url": site_url.rstrip("/")}
    messages = [
        mail_send_later(
            to=[contact.email],
            template="mail/enquiry_to_contact",
            context={**context, "contact": contact},
            language=contact.mail_language,
            reply_to=[enquiry.email],
            # A person's message passed on, which a person answers.
            automatic=False,
        )
        for contact in contacts
    ]
    if not contacts:
        messages.append(
            mail_send_later(
                to=settings.ENQUIRY_STAFF_EMAILS,
                template="mail/enquiry_to_staff",
                context=context,
                language=settings.ENQUIRY_STAFF_LANGUAGE,
                reply_to=[enquiry.email],
                automatic=False,
            )
        )
    messages.append(
        mail_send_later(
            to=[enquiry.email],
            template="mail/enquiry_received",
            context={**context, "contact_names": ", ".join(contact.name for contact in contacts)},
            language=enquiry.language,
        )
    )
    enquiry.messages.set(messages)
    return enquiry


@dataclass(frozen=True)
class LimitReached:
    """Past one of ENQUIRY_LIMITS: how long until the visitor may send again."""

    seconds: int

    @property
    def minutes(self):
        return max(1, math.ceil(self.seconds / 60))


def email_digest(email: str) -> str:
    """What the limit per e-mail address counts under: the counters need not hold the address."""
    return hashlib.sha256(email.lower().encode()).hexdigest()[:32]


def enquiry_limits_count(*, address: str, email: str, target_key: str) -> LimitReached | None:
    """Count one enquiry against each of ENQUIRY_LIMITS; the longest wait if any is passed."""
    waits = []
    for scope, value in (
        ("address", address),
        ("email", email_digest(email)),
        ("target", target_key),
    ):
        allowed, seconds = settings.ENQUIRY_LIMITS[scope]
        requests, seconds_left = count_request(f"enquiry:{scope}:{value}", seconds)
        if requests > allowed:
            waits.append(seconds_left)
    if waits:
        logger.warning("An enquiry about %s was refused: past a limit", target_key)
        return LimitReached(seconds=max(1, math.ceil(max(waits))))
    return None


def enquiry_status_change(*, enquiry: Enquiry, status: str, by) -> None:
    """Give `enquiry` the status (unsaved): answered records who and when, received forgets it."""
    if status == Status.ANSWERED and enquiry.answered_at is None:
        enquiry.answered_at, enquiry.answered_by = timezone.now(), by
    elif status == Status.RECEIVED:
        enquiry.answered_at = enquiry.answered_by = None
    enquiry.status = status


@transaction.atomic
def enquiries_erase(*, pks) -> tuple[int, int]:
    """Delete the enquiries of `pks` and their e-mails: how many of each went."""
    _, messages = OutgoingMessage.objects.filter(enquiries__in=pks).delete()
    _, enquiries = Enquiry.objects.filter(pk__in=pks).delete()
    return enquiries.get("enquiries.Enquiry", 0), messages.get("mail.OutgoingMessage", 0)
