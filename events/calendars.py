"""Calendar files (RFC 5545) of events: one event's `.ics`, and a feed of a list's events.

Texts are in the active language (modeltranslation reads the columns of the language active
when the file is made, falling back like the pages). An event with times is given in its host
country's time zone, with that zone's VTIMEZONE; one without is a whole-day event, whose DTEND
is the day after its last day, as RFC 5545 counts.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import icalendar
from django.utils.translation import get_language

from events.models import Event

PRODUCT = "-//Cross-border good practices//Events//"
MIME_TYPE = "text/calendar"


def event_uid(event: Event, *, site_url: str) -> str:
    """The event's lasting identity for calendars: its id (kept when a change is published onto
    it, and whatever its slug becomes) at the portal's host."""
    return f"event-{event.pk}@{urlsplit(site_url).hostname or 'localhost'}"


def event_times(event: Event) -> tuple:
    """DTSTART and DTEND: dates for a whole-day event, zoned datetimes for one with times."""
    if event.start_time is None:
        return event.start_date, event.end_date + timedelta(days=1)
    zone = event.time_zone
    start = datetime.combine(event.start_date, event.start_time, tzinfo=zone)
    if event.end_time is not None:
        end = datetime.combine(event.end_date, event.end_time, tzinfo=zone)
    else:
        # No end time: it lasts to the end of its last day.
        end = datetime.combine(event.end_date + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    return start, end


def event_component(event: Event, *, site_url: str) -> icalendar.Event:
    """The VEVENT of `event`; it needs `city__country` (select_related)."""
    page = site_url.rstrip("/") + event.get_absolute_url()
    start, end = event_times(event)
    component = icalendar.Event()
    component.add("uid", event_uid(event, site_url=site_url))
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    component.add("dtstart", start)
    component.add("dtend", end)
    component.add("summary", event.title)
    component.add("description", f"{event.summary}\n\n{page}")
    component.add("location", ", ".join(part for part in (event.venue, event.city.name) if part))
    component.add("url", page)
    component.add("categories", [event.get_kind_display()])
    component.add("geo", (float(event.city.latitude), float(event.city.longitude)))
    return component


def events_calendar(events: Iterable[Event], *, site_url: str, name: str) -> bytes:
    """A calendar of `events`, named `name`, with the time zones its events are given in."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"{PRODUCT}{(get_language() or 'en').upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event_component(event, site_url=site_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def event_calendar(event: Event, *, site_url: str) -> bytes:
    """The `.ics` of one event."""
    return events_calendar([event], site_url=site_url, name=event.title)
