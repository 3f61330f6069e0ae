"""Calendar addresses: an event's `.ics`, and the events list's calendar feed with its filters."""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

from events.models import EventKind
from portal.content.revisions import revision_start
from portal.models import PublicationStatus
from tests.support.factories import CityFactory, CountryFactory, EventFactory

pytestmark = pytest.mark.django_db

HOST = "localhost"  # of settings.SITE_URL in the tests: http://localhost:8000


def parsed(response) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(response.content)


def uids(response) -> list[str]:
    return [str(vevent["UID"]) for vevent in parsed(response).walk("VEVENT")]


def on(day: datetime.date) -> dict:
    return {"start_date": day, "end_date": day}


def uid(event) -> str:
    return f"event-{event.pk}@{HOST}"


@pytest.fixture
def olomouc():
    return CityFactory(slug="olomouc", country=CountryFactory(code="CZ"))


@pytest.fixture
def opole():
    return CityFactory(slug="opole", country=CountryFactory(code="PL"))


@pytest.mark.parametrize(
    ("language", "feed", "ics"),
    [
        ("en", "/en/events/calendar.ics", "/en/events/visit/calendar.ics"),
        ("pl", "/pl/wydarzenia/kalendarz.ics", "/pl/wydarzenia/visit/kalendarz.ics"),
        ("cs", "/cs/udalosti/kalendar.ics", "/cs/udalosti/visit/kalendar.ics"),
    ],
)
def test_calendar_addresses_are_translated(language, feed, ics):
    with translation.override(language):
        assert reverse("events:calendar") == feed
        assert reverse("events:ical", kwargs={"slug": "visit"}) == ics
        assert resolve(feed).view_name == "events:calendar"
        assert resolve(ics).view_name == "events:ical"


def test_an_events_ics_is_an_attachment_in_the_pages_language(client, olomouc):
    event = EventFactory(
        slug="olomouc-visit",
        city=olomouc,
        start_time=datetime.time(9),
        end_time=datetime.time(16),
    )

    response = client.get(f"/pl/wydarzenia/{event.slug}/kalendarz.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="olomouc-visit.ics"'
    assert "Set-Cookie" not in response
    (vevent,) = parsed(response).walk("VEVENT")
    assert str(vevent["UID"]) == uid(event)
    assert str(vevent["SUMMARY"]) == event.title_pl
    assert vevent["DTSTART"].params["TZID"] == "Europe/Prague"
    assert str(vevent["URL"]) == f"http://{HOST}:8000/pl/wydarzenia/olomouc-visit/"


def test_the_ics_of_a_draft_or_a_proposed_revision_is_not_found(client):
    draft = EventFactory(status=PublicationStatus.DRAFT)
    proposal = revision_start(entry=EventFactory())

    assert client.get(reverse("events:ical", kwargs={"slug": draft.slug})).status_code == 404
    assert client.get(reverse("events:ical", kwargs={"slug": proposal.slug})).status_code == 404


def test_the_calendar_feed_holds_exactly_the_published_czech_study_visits_by_start_date(
    client, olomouc, opole
):
    later = EventFactory(city=olomouc, **on(datetime.date(2027, 5, 1)))
    earlier = EventFactory(city=olomouc, **on(datetime.date(2027, 4, 1)))
    EventFactory(city=olomouc, status=PublicationStatus.DRAFT)
    revision_start(entry=later)
    EventFactory(city=olomouc, kind=EventKind.INTERNSHIP)
    EventFactory(city=opole)

    with translation.override("en"):
        response = client.get(reverse("events:calendar"), {"kind": "study_visit", "country": "cz"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert uids(response) == [uid(earlier), uid(later)]
    assert str(parsed(response)["X-WR-CALNAME"]) == "Events: Study visit, Česko [en]"


def test_the_calendar_feed_is_named_in_the_chosen_language(client, olomouc):
    EventFactory(city=olomouc)

    with translation.override("pl"):
        response = client.get(reverse("events:calendar"), {"kind": "study_visit"})

    assert str(parsed(response)["X-WR-CALNAME"]) == "Wydarzenia: Wizyta studyjna"


def test_a_bad_filter_value_is_ignored_as_the_list_ignores_it(client, olomouc, opole):
    czech = EventFactory(city=olomouc, **on(datetime.date(2027, 4, 1)))
    polish = EventFactory(city=opole, **on(datetime.date(2027, 5, 1)))
    EventFactory(city=opole, kind=EventKind.INTERNSHIP)

    response = client.get(
        reverse("events:calendar"), {"kind": "study_visit", "country": "xx", "date_from": "bad"}
    )

    assert response.status_code == 200
    assert uids(response) == [uid(czech), uid(polish)]
    assert str(parsed(response)["X-WR-CALNAME"]) == "Events: Study visit"


def test_the_calendar_feed_holds_what_the_list_shows(client, olomouc, opole):
    for day in range(1, 6):
        EventFactory(city=olomouc if day % 2 else opole, **on(datetime.date(2027, 4, day)))
    query = {"country": "cz", "date_to": "2027-04-04"}

    listed = client.get(reverse("events:list"), query).context["events"]
    response = client.get(reverse("events:calendar"), query)

    assert len(listed) == 2
    assert uids(response) == [uid(event) for event in reversed(listed)]


def calendar_queries(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("events:calendar"), {"country": "cz"})
    assert response.status_code == 200
    return len(captured)


def test_the_calendar_feed_takes_as_many_queries_for_20_events_as_for_5(client, olomouc):
    EventFactory.create_batch(5, city=olomouc)
    five = calendar_queries(client)
    EventFactory.create_batch(15, city=CityFactory(country=olomouc.country))

    assert calendar_queries(client) == five


def test_event_page_links_to_its_calendar_file(client):
    event = EventFactory(slug="visit")

    response = client.get("/en/events/visit/")

    assert (
        '<a href="/en/events/visit/calendar.ics" type="text/calendar" download>'
        "Add to calendar (.ics file)</a>"
    ) in response.content.decode()
    assert event.slug == "visit"


def test_events_list_links_to_the_calendar_feed_with_its_valid_filters(client, olomouc):
    EventFactory(city=olomouc)

    response = client.get("/en/events/", {"country": "cz", "kind": "nonsense", "page": "1"})

    assert response.status_code == 200
    assert (
        '<a href="/en/events/calendar.ics?country=cz" type="text/calendar">'
        "Subscribe to these events in a calendar (iCalendar)</a>"
    ) in response.content.decode()
    assert "Set-Cookie" not in response


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ({"city": "\x00"}, True),
        ({"date_from": "99999-01-01"}, True),
        ({"kind": "study_visit\u202e"}, True),
        ({"project": "no-such-project"}, True),
        ({"when": ["past", "upcoming"]}, False),  # the last value counts, as on the list
        ({"q": "<script>" * 50}, False),
    ],
)
def test_hostile_filters_get_a_calendar_and_a_feed_not_an_error(client, query, kept):
    event = EventFactory()  # in 2018

    calendar = client.get(reverse("events:calendar"), query)
    feed = client.get(reverse("feeds:events-rss"), query)

    assert (calendar.status_code, feed.status_code) == (200, 200)
    assert uids(calendar) == ([uid(event)] if kept else [])
