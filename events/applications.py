"""Applications for places at events: receive, decide, cancel, offer a freed place to the next.

Every write locks the event's row first (SELECT ... FOR UPDATE), so two visitors applying for the
last place at the same moment are counted one after the other: one gets it, the other waits.
Each state an applicant reaches is an e-mail to them in their language, queued in the outbox with
the change; a confirmed place carries the event as an `.ics` file.
"""

from datetime import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events.calendars import MIME_TYPE, event_calendar
from events.models import (
    HOLDS_A_PLACE,
    Allocation,
    Application,
    ApplicationState,
    Event,
)
from portal.enquiries.services import item_contacts
from portal.mail.models import OutgoingMessage
from portal.mail.services import Attachment, mail_send_later
from portal.staff.permissions import editor_addresses

State = ApplicationState
LINK_SALT = "events.applications.link"


class LinkAction:
    CANCEL = "cancel"
    TAKE = "take"
    DECLINE = "decline"


class ApplicationRefused(Exception):
    """The application or the change cannot be made: the message says why, for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ApplicationDuplicate(ApplicationRefused):
    """The address already has an application in play for the event."""


def places_left(event: Event) -> int | None:
    """The places nobody holds; None when the event takes no applications."""
    if not event.takes_applications or event.places is None:
        return None
    return max(0, event.places - event.applications.holding_places().count())


def event_locked(event_id: int) -> Event:
    """The event, its row locked until the transaction ends."""
    return (
        Event.objects.select_for_update(of=("self",))
        .select_related("city__country")
        .get(pk=event_id)
    )


def event_starts_at(event: Event) -> datetime:
    """The moment the event begins, in its host country's time zone."""
    return datetime.combine(
        event.start_date, event.start_time or datetime.min.time(), tzinfo=event.time_zone
    )


def link_token(application: Application, action: str) -> str:
    return signing.dumps({"application": application.pk, "action": action}, salt=LINK_SALT)


def link_application(token: str, action: str) -> Application | None:
    """The application a link of `action` names; None if the link is not one of ours or the event
    has begun (links are valid until then)."""
    try:
        payload = signing.loads(token, salt=LINK_SALT)
    except signing.BadSignature:
        return None
    if payload.get("action") != action:
        return None
    application = (
        Application.objects.select_related("event__city__country")
        .filter(pk=payload.get("application"))
        .first()
    )
    if application is None or timezone.now() >= event_starts_at(application.event):
        return None
    return application


def link_url(application: Application, action: str, *, site_url: str) -> str:
    with translation.override(application.language):
        path = reverse(
            f"events:application_{action}", kwargs={"token": link_token(application, action)}
        )
    return site_url.rstrip("/") + path


def applicant_tell(application: Application, *, site_url: str) -> None:
    """E-mail the applicant where their application stands, in their language."""
    event = application.event
    context = {
        "application": application,
        "event": event,
        "state": application.state,
        "site_url": site_url.rstrip("/"),
    }
    attachments = []
    if application.state in (State.PENDING, State.CONFIRMED, State.WAITING):
        context["cancel_url"] = link_url(application, LinkAction.CANCEL, site_url=site_url)
    if application.state == State.OFFERED:
        context["take_url"] = link_url(application, LinkAction.TAKE, site_url=site_url)
        context["decline_url"] = link_url(application, LinkAction.DECLINE, site_url=site_url)
    if application.state == State.CONFIRMED:
        with translation.override(application.language):
            calendar = event_calendar(event, site_url=site_url).decode()
        attachments.append(Attachment(f"{event.slug}.ics", calendar, MIME_TYPE))
    message = mail_send_later(
        to=[application.email],
        template="mail/application_state",
        context=context,
        language=application.language,
        attachments=attachments,
    )
    application.messages.add(message)


def organisers_tell(application: Application, *, site_url: str) -> None:
    """E-mail the event's contact persons (each in their language) and the editors of a new
    application, with Reply-To the applicant."""
    event = application.event
    context = {
        "application": application,
        "event": event,
        "site_url": site_url.rstrip("/"),
        "admin_path": reverse("admin:events_application_change", args=[application.pk]),
    }
    messages = [
        mail_send_later(
            to=[contact.email],
            template="mail/application_to_organiser",
            context=context,
            language=contact.mail_language,
            reply_to=[application.email],
        )
        for contact in item_contacts(event)
    ]
    messages.append(
        mail_send_later(
            to=editor_addresses() or list(settings.ENQUIRY_STAFF_EMAILS),
            template="mail/application_to_organiser",
            context=context,
            language=settings.ENQUIRY_STAFF_LANGUAGE,
            reply_to=[application.email],
        )
    )
    application.messages.add(*messages)


def state_change(application: Application, state: str, *, by=None) -> None:
    application.state = state
    application.state_changed_at = timezone.now()
    application.decided_by = by if by is not None else application.decided_by
    application.save(update_fields=["state", "state_changed_at", "decided_by"])


@transaction.atomic
def application_receive(*, application: Application, site_url: str) -> Application:
    """Store `application` in the state its event's allocation gives, then queue its e-mails.

    Raises ApplicationRefused when the event takes no applications now, ApplicationDuplicate when
    the address already applied; nothing is stored then."""
    event = event_locked(application.event_id)
    application.event = event
    if not event.applications_open():
        raise ApplicationRefused(_("This event takes no applications now."))
    if event.allocation == Allocation.ORGANISER:
        application.state = State.PENDING
    elif places_left(event) > 0:
        application.state = State.CONFIRMED
    else:
        application.state = State.WAITING
    application.state_changed_at = timezone.now()
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        raise ApplicationDuplicate(_("This address has already applied for this event.")) from None
    applicant_tell(application, site_url=site_url)
    organisers_tell(application, site_url=site_url)
    return application


@transaction.atomic
def application_offer_next(*, event: Event, site_url: str, passing_over=()) -> list[Application]:
    """Offer the free places to those first on the waiting list (not `passing_over`), by e-mail."""
    event = event_locked(event.pk)
    offered = []
    while places_left(event) > 0:
        waiting = event.applications.waiting_list().exclude(pk__in=passing_over).first()
        if waiting is None:
            break
        waiting.event = event
        state_change(waiting, State.OFFERED)
        applicant_tell(waiting, site_url=site_url)
        offered.append(waiting)
    return offered


def application_locked(application: Application) -> Application:
    """`application` as stored now, its event's row locked first."""
    event = event_locked(application.event_id)
    locked = Application.objects.select_for_update().get(pk=application.pk)
    locked.event = event
    return locked


@transaction.atomic
def application_cancel(*, application: Application, site_url: str) -> Application:
    """The applicant gives up their application (or the place offered them); a place they held
    goes to the next on the waiting list."""
    application = application_locked(application)
    if application.state not in (State.PENDING, State.CONFIRMED, State.WAITING, State.OFFERED):
        raise ApplicationRefused(_("This application is no longer in play."))
    held = application.state in HOLDS_A_PLACE
    state_change(application, State.CANCELLED)
    if held:
        application_offer_next(event=application.event, site_url=site_url)
    return application


@transaction.atomic
def application_take_offer(*, application: Application, site_url: str) -> Application:
    """The applicant takes the place offered them: confirmed, with the event's calendar file."""
    application = application_locked(application)
    if application.state != State.OFFERED:
        raise ApplicationRefused(_("This offer is no longer open."))
    state_change(application, State.CONFIRMED)
    applicant_tell(application, site_url=site_url)
    return application


@transaction.atomic
def application_decline_offer(*, application: Application, site_url: str) -> Application:
    """The applicant declines the place offered them: it goes to the next on the waiting list."""
    application = application_locked(application)
    if application.state != State.OFFERED:
        raise ApplicationRefused(_("This offer is no longer open."))
    return application_cancel(application=application, site_url=site_url)


# The organiser's decisions, and the states each may be taken from.
DECIDED_FROM = {
    State.CONFIRMED: (State.PENDING, State.WAITING, State.OFFERED),
    State.WAITING: (State.PENDING, State.CONFIRMED, State.OFFERED),
    State.DECLINED: (State.PENDING, State.CONFIRMED, State.WAITING, State.OFFERED),
}


@transaction.atomic
def application_decide(*, application: Application, state: str, by, site_url: str) -> Application:
    """The organiser confirms, waitlists or declines `application`, and the applicant is told;
    a place it gives up goes to the next on the waiting list."""
    application = application_locked(application)
    if state not in DECIDED_FROM:
        raise ApplicationRefused(_("This is not a decision on an application."))
    if application.state not in DECIDED_FROM[state]:
        raise ApplicationRefused(
            _("%(name)s's application is %(state)s: it cannot be %(decision)s.")
            % {
                "name": application.name,
                "state": application.get_state_display(),
                "decision": State(state).label,
            }
        )
    held = application.state in HOLDS_A_PLACE
    if state == State.CONFIRMED and not held and places_left(application.event) == 0:
        raise ApplicationRefused(_("No place is left for %(name)s.") % {"name": application.name})
    state_change(application, state, by=by)
    applicant_tell(application, site_url=site_url)
    if held and state != State.CONFIRMED:
        application_offer_next(
            event=application.event, site_url=site_url, passing_over=[application.pk]
        )
    return application


@transaction.atomic
def applications_erase(*, pks) -> tuple[int, int]:
    """Delete the applications of `pks` and their e-mails: how many of each went."""
    _deleted, messages = OutgoingMessage.objects.filter(applications__in=pks).delete()
    _deleted, applications = Application.objects.filter(pk__in=pks).delete()
    return applications.get("events.Application", 0), messages.get("mail.OutgoingMessage", 0)
