"""The application form, the pages of the e-mails' links, and what the event's page says about
places: in the visitor's language, never a 500, the event's page cacheable."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.applications import LinkAction, link_token
from events.models import Allocation, Application, ApplicationState
from portal.mail.models import OutgoingMessage
from tests.support.enquiries import token_for
from tests.support.factories import ApplicationFactory, open_event

pytestmark = pytest.mark.django_db

State = ApplicationState


def apply_url(event, language="en"):
    with translation.override(language):
        return reverse("events:apply", kwargs={"slug": event.slug})


def application_data(event, **fields):
    return {
        "name": "Jana Nováková",
        "email": "jana@example.net",
        "organisation": "Statutární město Přerov",
        "role": "Referentka",
        "motivation": "Chceme se poučit z přestupního uzlu v Gogolinie.",
        "needs": "",
        "consent": "on",
        "website": "",
        "token": token_for("application", event),
        **fields,
    }


def test_the_url_of_the_form_is_translated():
    event = open_event(slug="wizyta")

    assert [apply_url(event, language) for language in ("pl", "cs", "en")] == [
        "/pl/wydarzenia/wizyta/zgloszenie/",
        "/cs/udalosti/wizyta/prihlaska/",
        "/en/events/wizyta/apply/",
    ]


def test_an_application_is_stored_and_the_visitor_told_where_it_stands(client):
    event = open_event(places=1)

    response = client.post(apply_url(event, "cs"), application_data(event))

    assert response.status_code == 302
    assert response["Location"] == apply_url(event, "cs") + "?sent=1&state=confirmed"
    application = Application.objects.get()
    assert (application.name, application.language, application.state) == (
        "Jana Nováková",
        "cs",
        State.CONFIRMED,
    )
    page = client.get(response["Location"]).content.decode()
    assert "Vaše místo je potvrzeno." in page


def test_the_form_page_is_never_cached_and_names_the_privacy_notice(client):
    event = open_event()

    response = client.get(apply_url(event))

    assert "no-store" in response["Cache-Control"]
    assert '<a href="/en/privacy/">privacy notice</a>' in response.content.decode()


@pytest.mark.parametrize(
    "fields",
    [
        {"application_deadline": timezone.now() - datetime.timedelta(minutes=1)},
        {"takes_applications": False},
    ],
    ids=["deadline passed", "takes none"],
)
def test_an_application_to_a_closed_event_is_not_stored(client, fields):
    event = open_event()
    type(event).objects.filter(pk=event.pk).update(**fields)

    response = client.post(apply_url(event, "pl"), application_data(event))

    assert response.status_code == 410
    assert "Zgłoszenia są zamknięte." in response.content.decode()
    assert Application.objects.count() == 0


def test_a_draft_event_has_no_form(client):
    event = open_event(status="draft")

    assert client.get(apply_url(event)).status_code == 404
    assert client.post(apply_url(event), application_data(event)).status_code == 404
    assert Application.objects.count() == 0


def test_bad_input_is_shown_linked_to_its_field_and_nothing_is_stored(client):
    event = open_event()

    response = client.post(
        apply_url(event), application_data(event, email="not-an-address", motivation="Hi")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="#id_email">Your e-mail address: Enter a valid email address.</a>' in html
    assert (
        '<a href="#id_motivation">Why would you like to take part?: '
        "Write at least 10 characters.</a>" in html
    )
    assert Application.objects.count() == 0


def test_a_second_application_from_the_same_address_gets_a_clear_message(client):
    event = open_event()
    ApplicationFactory(event=event, email="JANA@example.net")

    response = client.post(apply_url(event), application_data(event))

    assert response.status_code == 409
    assert "This address has already applied for this event." in response.content.decode()
    assert Application.objects.count() == 1


def test_a_filled_hidden_field_stores_nothing(client):
    event = open_event()

    response = client.post(apply_url(event), application_data(event, website="spam"))

    assert response.status_code == 302
    assert Application.objects.count() == 0


def test_past_the_limit_per_address_the_form_answers_429(client, settings):
    settings.ENQUIRY_LIMITS = {**settings.ENQUIRY_LIMITS, "email": (1, 3600)}
    event = open_event(places=5)
    client.post(apply_url(event), application_data(event, email="one@example.net"))

    response = client.post(apply_url(event), application_data(event, email="one@example.net"))

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 3500
    assert Application.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 of 2 places left", "Waiting list only"]),
        ("pl", ["Zostało 1 wolne miejsce z 2", "Tylko lista rezerwowa"]),
        ("cs", ["Zbývá 1 volné místo z 2", "Už jen na seznam náhradníků"]),
    ],
)
def test_the_event_page_shows_the_places_left_in_each_language(client, language, expected):
    event = open_event(places=2)
    ApplicationFactory(event=event, state=State.CONFIRMED)
    with translation.override(language):
        address = event.get_absolute_url()

    first = client.get(address).content.decode()
    ApplicationFactory(event=event, state=State.OFFERED)
    second = client.get(address).content.decode()

    assert [expected[0] in first, expected[1] in second] == [True, True]


def test_the_event_page_links_the_form_while_open_and_says_when_closed(client):
    event = open_event()

    html = client.get(event.get_absolute_url()).content.decode()
    assert f'<a class="button" href="/en/events/{event.slug}/apply/">Apply</a>' in html
    assert "Staff of the agglomeration&#x27;s municipalities" in html
    assert "Czech, Polish" in html

    type(event).objects.filter(pk=event.pk).update(
        application_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Applications are closed." in html
    assert "/apply/" not in html


def test_the_deadline_is_a_valid_html_date_and_time_in_the_events_time_zone(client):
    event = open_event()
    # A deadline with microseconds, as one set from timezone.now() has: HTML takes at most three
    # digits of a second, and the page shows minutes.
    deadline = datetime.datetime(2027, 2, 28, 23, 59, 30, 123456, tzinfo=event.time_zone)
    type(event).objects.filter(pk=event.pk).update(application_deadline=deadline)

    html = client.get(event.get_absolute_url()).content.decode()

    assert '<time datetime="2027-02-28T23:59+0100">' in html


def test_the_event_page_sets_no_cookie_and_shows_the_new_count_after_an_application(
    client, clock, django_capture_on_commit_callbacks
):
    event = open_event(places=2)
    before = client.get(event.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(apply_url(event), application_data(event))
    clock.tick()
    after = client.get(event.get_absolute_url()).content.decode()

    assert before.cookies == {}
    assert "csrfmiddlewaretoken" not in before.content.decode()
    assert "2 of 2 places left" in before.content.decode()
    assert "1 of 2 places left" in after


def test_a_cancel_link_changes_nothing_on_get_and_cancels_on_post(client):
    event = open_event(places=1)
    application = ApplicationFactory(event=event, state=State.CONFIRMED, language="pl")
    waiting = ApplicationFactory(event=event, state=State.WAITING)
    with translation.override("pl"):
        address = reverse(
            "events:application_cancel",
            kwargs={"token": link_token(application, LinkAction.CANCEL)},
        )

    shown = client.get(address)
    application.refresh_from_db()
    assert (shown.status_code, application.state) == (200, State.CONFIRMED)
    assert "Anuluj moje zgłoszenie" in shown.content.decode()

    done = client.post(address)
    application.refresh_from_db()
    waiting.refresh_from_db()
    assert (application.state, waiting.state) == (State.CANCELLED, State.OFFERED)
    assert "Twoje zgłoszenie zostało anulowane." in done.content.decode()

    again = client.post(address)
    assert "tego linku nie można" in again.content.decode()


def test_a_take_link_confirms_the_offered_place(client):
    event = open_event(allocation=Allocation.ARRIVAL)
    application = ApplicationFactory(event=event, state=State.OFFERED, language="en")
    address = reverse(
        "events:application_take", kwargs={"token": link_token(application, LinkAction.TAKE)}
    )

    response = client.post(address)

    application.refresh_from_db()
    assert application.state == State.CONFIRMED
    assert "Your place is confirmed." in response.content.decode()
    assert OutgoingMessage.objects.filter(to=[application.email]).count() == 1


def test_a_forged_link_gets_a_clear_page_not_a_500(client):
    response = client.post(reverse("events:application_decline", kwargs={"token": "forged:token"}))

    assert response.status_code == 404
    assert "This link is not valid, or the event has begun." in response.content.decode()
