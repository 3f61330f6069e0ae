"""Calendar files of events: stable identities, time zones, whole days, the active language."""

import datetime

import icalendar
import pytest
from django.utils import translation

from events.calendars import event_calendar, events_calendar
from tests.support.factories import CityFactory, CountryFactory, EventFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org/"


@pytest.fixture
def olomouc():
    return CityFactory(
        name_pl="Ołomuniec",
        name_cs="Olomouc",
        name_en="Olomouc",
        country=CountryFactory(code="CZ"),
    )


def parsed(ics: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics)


def test_an_event_with_times_is_given_in_its_host_countrys_time_zone(olomouc):
    event = EventFactory(
        city=olomouc,
        venue="Magistrát",
        start_date=datetime.date(2027, 3, 10),
        end_date=datetime.date(2027, 3, 11),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 0),
    )

    with translation.override("cs"):
        calendar = parsed(event_calendar(event, site_url=SITE))

    (vevent,) = calendar.walk("VEVENT")
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Prague"
    assert vevent.decoded("DTSTART") == datetime.datetime(
        2027, 3, 10, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert vevent["DTSTART"].params["TZID"] == "Europe/Prague"
    assert vevent.decoded("DTEND").isoformat() == "2027-03-11T15:00:00+01:00"
    assert str(vevent["UID"]) == f"event-{event.pk}@portal.example.org"
    assert str(vevent["SUMMARY"]) == f"{event.title_cs}"
    assert str(vevent["LOCATION"]) == "Magistrát, Olomouc"
    assert str(vevent["URL"]) == f"https://portal.example.org/cs/udalosti/{event.slug}/"
    assert str(vevent["DESCRIPTION"]) == (
        f"What happened. [cs]\n\nhttps://portal.example.org/cs/udalosti/{event.slug}/"
    )
    assert str(calendar["X-WR-CALNAME"]) == event.title_cs


def test_an_event_without_times_takes_whole_days_ending_the_day_after(olomouc):
    event = EventFactory(
        city=olomouc, start_date=datetime.date(2027, 3, 10), end_date=datetime.date(2027, 3, 12)
    )

    with translation.override("pl"):
        calendar = parsed(event_calendar(event, site_url=SITE))

    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.date(2027, 3, 10)
    assert vevent.decoded("DTEND") == datetime.date(2027, 3, 13)
    assert calendar.walk("VTIMEZONE") == []
    assert str(vevent["SUMMARY"]) == event.title_pl
    assert str(vevent["LOCATION"]) == "Ołomuniec"


def test_the_uid_stays_when_the_slug_and_title_change(olomouc):
    event = EventFactory(city=olomouc)
    before = parsed(event_calendar(event, site_url=SITE)).walk("VEVENT")[0]["UID"]

    event.slug, event.title_en = "renamed", "Renamed"
    event.save()

    assert parsed(event_calendar(event, site_url=SITE)).walk("VEVENT")[0]["UID"] == before


def test_a_feed_holds_each_event_once_with_each_time_zone_once(olomouc):
    opole = CityFactory(country=CountryFactory(code="PL"))
    events = [
        EventFactory(city=olomouc, start_time=datetime.time(10), end_time=datetime.time(12)),
        EventFactory(city=opole, start_time=datetime.time(10)),
        EventFactory(city=olomouc, start_time=datetime.time(14)),
    ]

    with translation.override("en"):
        calendar = parsed(events_calendar(events, site_url=SITE, name="Study visits"))

    assert [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")] == [
        event.title_en for event in events
    ]
    assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
        "Europe/Prague",
        "Europe/Warsaw",
    ]
    # Without an end time the event lasts to the end of its last day (the 29th).
    assert calendar.walk("VEVENT")[1].decoded("DTEND").isoformat() == "2018-06-30T00:00:00+02:00"
    assert str(calendar["PRODID"]) == "-//Cross-border good practices//Events//EN"
