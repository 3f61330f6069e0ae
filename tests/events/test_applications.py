"""Applications for places at events: the states they reach, the places never over-allocated, the
waiting list, the offers, the organiser's decisions, and every e-mail in its reader's language."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from events.applications import (
    ApplicationDuplicate,
    ApplicationRefused,
    LinkAction,
    application_cancel,
    application_decide,
    application_decline_offer,
    application_offer_next,
    application_receive,
    application_take_offer,
    link_application,
    link_token,
    places_left,
)
from events.models import Allocation, Application, ApplicationState
from portal.mail.models import OutgoingMessage
from tests.support.factories import (
    ApplicationFactory,
    ContactPersonFactory,
    EditorFactory,
    EventContactFactory,
    EventFactory,
    open_event,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org/"
State = ApplicationState


def apply(event, email, *, language="pl", name="Jan Nowak"):
    application = Application(
        event=event,
        name=name,
        email=email,
        organisation="Gmina Krapkowice",
        role="Urzędnik",
        motivation="Chcemy poznać system zintegrowanego ratownictwa.",
        language=language,
    )
    return application_receive(application=application, site_url=SITE)


def states(event):
    return list(event.applications.order_by("received_at", "pk").values_list("email", "state"))


def mails_to(address):
    return list(OutgoingMessage.objects.filter(to=[address]).order_by("pk"))


def test_places_left_counts_the_confirmed_and_offered_ones():
    event = open_event(places=3)
    ApplicationFactory(event=event, state=State.CONFIRMED)
    ApplicationFactory(event=event, state=State.OFFERED)
    ApplicationFactory(event=event, state=State.WAITING)
    ApplicationFactory(event=event, state=State.CANCELLED)

    assert places_left(event) == 1
    assert places_left(EventFactory()) is None


def test_in_order_of_arrival_the_first_get_the_places_and_the_next_wait():
    event = open_event(places=2)

    for number in range(3):
        apply(event, f"p{number}@example.net")

    assert states(event) == [
        ("p0@example.net", State.CONFIRMED),
        ("p1@example.net", State.CONFIRMED),
        ("p2@example.net", State.WAITING),
    ]
    assert places_left(event) == 0


def test_when_the_organiser_chooses_every_application_waits_for_them():
    event = open_event(places=1, allocation=Allocation.ORGANISER)

    apply(event, "a@example.net")
    apply(event, "b@example.net")

    assert states(event) == [("a@example.net", State.PENDING), ("b@example.net", State.PENDING)]


@pytest.mark.parametrize(
    "fields",
    [
        {"application_deadline": timezone.now() - datetime.timedelta(minutes=1)},
        {"takes_applications": False},
        {"start_date": timezone.localdate() - datetime.timedelta(days=1)},
    ],
    ids=["deadline passed", "takes none", "begun"],
)
def test_an_application_to_a_closed_event_is_refused_and_not_stored(fields):
    event = open_event()
    type(event).objects.filter(pk=event.pk).update(**fields)

    with pytest.raises(ApplicationRefused) as refusal:
        apply(event, "late@example.net")

    assert str(refusal.value.message) == "This event takes no applications now."
    assert Application.objects.count() == 0
    assert OutgoingMessage.objects.count() == 0


def test_a_second_active_application_from_the_same_address_is_refused():
    event = open_event()
    apply(event, "Jan@Example.net")

    with pytest.raises(ApplicationDuplicate) as refusal:
        apply(event, "jan@example.NET")

    assert str(refusal.value.message) == "This address has already applied for this event."
    assert Application.objects.count() == 1


def test_the_applicant_gets_the_confirmation_in_their_language_with_the_event_as_ics(
    mailoutbox, django_capture_on_commit_callbacks
):
    event = open_event(title_cs="Studijní cesta: krizové řízení", title_pl="Wizyta: kryzys")

    with django_capture_on_commit_callbacks(execute=True):
        apply(event, "jana@example.net", language="cs", name="Jana Nováková")
    run_due_tasks()

    (confirmation,) = [message for message in mailoutbox if message.to == ["jana@example.net"]]
    assert confirmation.subject == "Vaše místo na „Studijní cesta: krizové řízení“ je potvrzeno"
    assert confirmation.extra_headers["Content-Language"] == "cs"
    ((filename, content, mimetype),) = confirmation.attachments
    assert (filename, mimetype) == (f"{event.slug}.ics", "text/calendar")
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["summary"]) == "Studijní cesta: krizové řízení"
    assert vevent["uid"] == f"event-{event.pk}@portal.example.org"
    assert vevent.decoded("dtstart") == datetime.datetime.combine(
        event.start_date, datetime.time(9, 0), tzinfo=event.time_zone
    )
    assert "/cs/udalosti/prihlasky/" in confirmation.body
    assert "/zrusit/" in confirmation.body


def test_a_waiting_applicant_gets_no_calendar_file():
    event = open_event(places=1)
    apply(event, "first@example.net")
    apply(event, "second@example.net", language="en")

    (message,) = mails_to("second@example.net")
    assert message.subject == f"You are on the waiting list of “{event.title_en}”"
    assert message.attachments == []


def test_the_contact_persons_and_the_editors_are_told_each_in_their_language():
    event = open_event()
    czech = ContactPersonFactory(email="petr@example.cz", languages=["cs"])
    EventContactFactory(event=event, contact=czech)
    EditorFactory(username="editor", email="editor@example.org")

    application = apply(event, "jan@example.net", name="Jan Nowak")

    (to_contact,) = mails_to("petr@example.cz")
    (to_editors,) = mails_to("editor@example.org")
    assert to_contact.language == "cs"
    assert to_contact.subject == f"Přihláška na „{event.title_cs}“ od Jan Nowak"
    assert to_contact.reply_to == ["jan@example.net"]
    assert to_editors.language == "pl"
    assert to_editors.subject == f"Zgłoszenie na „{event.title_pl}” od Jan Nowak"
    assert "Gmina Krapkowice" in to_editors.text
    assert set(application.messages.values_list("pk", flat=True)) == {
        to_contact.pk,
        to_editors.pk,
        mails_to("jan@example.net")[0].pk,
    }


def test_a_cancelled_place_is_offered_to_the_first_on_the_waiting_list_who_takes_it():
    event = open_event(places=1)
    first = apply(event, "first@example.net")
    apply(event, "second@example.net")
    apply(event, "third@example.net")

    application_cancel(application=first, site_url=SITE)

    assert states(event) == [
        ("first@example.net", State.CANCELLED),
        ("second@example.net", State.OFFERED),
        ("third@example.net", State.WAITING),
    ]
    offer = mails_to("second@example.net")[-1]
    assert offer.subject == f"Zwolniło się dla Ciebie miejsce na „{event.title_pl}”"
    assert "/zajmij-miejsce/" in offer.text
    assert "/odrzuc-miejsce/" in offer.text

    second = event.applications.get(email="second@example.net")
    application_take_offer(application=second, site_url=SITE)

    assert states(event)[1] == ("second@example.net", State.CONFIRMED)
    confirmation = mails_to("second@example.net")[-1]
    assert [file["filename"] for file in confirmation.attachments] == [f"{event.slug}.ics"]


def test_a_declined_offer_goes_to_the_next_on_the_waiting_list():
    event = open_event(places=1)
    first = apply(event, "first@example.net")
    apply(event, "second@example.net")
    apply(event, "third@example.net")
    application_cancel(application=first, site_url=SITE)

    second = event.applications.get(email="second@example.net")
    application_decline_offer(application=second, site_url=SITE)

    assert states(event)[1:] == [
        ("second@example.net", State.CANCELLED),
        ("third@example.net", State.OFFERED),
    ]
    with pytest.raises(ApplicationRefused):
        application_take_offer(application=second, site_url=SITE)


def test_offering_with_nobody_waiting_offers_nothing():
    event = open_event(places=2)
    apply(event, "first@example.net")

    assert application_offer_next(event=event, site_url=SITE) == []


def test_the_organiser_confirms_waitlists_and_declines_with_a_mail_each():
    event = open_event(places=1, allocation=Allocation.ORGANISER)
    editor = EditorFactory(username="organiser")
    first = apply(event, "first@example.net")
    second = apply(event, "second@example.net")

    application_decide(application=first, state=State.CONFIRMED, by=editor, site_url=SITE)
    with pytest.raises(ApplicationRefused) as refusal:
        application_decide(application=second, state=State.CONFIRMED, by=editor, site_url=SITE)
    assert str(refusal.value.message) == "No place is left for Jan Nowak."
    application_decide(application=second, state=State.WAITING, by=editor, site_url=SITE)

    first.refresh_from_db()
    assert (first.state, first.decided_by) == (State.CONFIRMED, editor)
    assert [message.subject for message in mails_to("second@example.net")] == [
        f"Twoje zgłoszenie na „{event.title_pl}” dotarło",
        f"Jesteś na liście rezerwowej „{event.title_pl}”",
    ]

    # Declining the confirmed one frees the place for the one waiting.
    application_decide(application=first, state=State.DECLINED, by=editor, site_url=SITE)

    assert states(event) == [
        ("first@example.net", State.DECLINED),
        ("second@example.net", State.OFFERED),
    ]
    assert mails_to("first@example.net")[-1].subject == (
        f"Twoje zgłoszenie na „{event.title_pl}” nie zostało przyjęte"
    )


def test_a_decision_on_a_cancelled_application_is_refused():
    event = open_event()
    application = ApplicationFactory(event=event, state=State.CANCELLED, name="Ewa")

    with pytest.raises(ApplicationRefused) as refusal:
        application_decide(application=application, state=State.CONFIRMED, by=None, site_url=SITE)

    assert str(refusal.value.message) == ("Ewa's application is cancelled: it cannot be confirmed.")


def test_a_link_serves_only_its_own_action_and_only_before_the_event_begins():
    event = open_event()
    application = ApplicationFactory(event=event)
    token = link_token(application, LinkAction.CANCEL)

    assert link_application(token, LinkAction.CANCEL) == application
    assert link_application(token, LinkAction.TAKE) is None
    assert link_application(token + "x", LinkAction.CANCEL) is None

    type(event).objects.filter(pk=event.pk).update(start_date=timezone.localdate())
    assert link_application(token, LinkAction.CANCEL) is None
