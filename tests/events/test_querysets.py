"""Upcoming and past events: one rule, on the QuerySet, that the home page, the list's filter
and the API share. An event is upcoming until the end of its last day."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from tests.support.factories import EventFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def events():
    """Events ending around today, each over two days, named by when they end."""
    today = timezone.localdate()
    return {
        slug: EventFactory(slug=slug, start_date=end - DAY, end_date=end)
        for slug, end in [
            ("ended-last-week", today - 7 * DAY),
            ("ended-yesterday", today - DAY),
            ("ends-today", today),
            ("ends-tomorrow", today + DAY),
        ]
    }


def slugs(queryset):
    return sorted(queryset.values_list("slug", flat=True))


def test_an_event_is_upcoming_until_its_last_day_is_over(events):
    assert slugs(Event.objects.upcoming()) == ["ends-today", "ends-tomorrow"]


def test_an_event_is_past_from_the_day_after_its_last(events):
    assert slugs(Event.objects.past()) == ["ended-last-week", "ended-yesterday"]


def test_an_event_that_started_before_today_and_ends_today_is_upcoming():
    today = timezone.localdate()
    EventFactory(slug="long", start_date=today - 30 * DAY, end_date=today)

    assert (slugs(Event.objects.upcoming()), slugs(Event.objects.past())) == (["long"], [])


def test_the_home_page_shows_upcoming_and_past_events_by_the_same_rule(client, events):
    response = client.get(reverse("home"))

    assert [event.slug for event in response.context["upcoming_events"]] == [
        "ends-today",
        "ends-tomorrow",
    ]
    assert sorted(event.slug for event in response.context["recent_events"]) == [
        "ended-last-week",
        "ended-yesterday",
    ]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("upcoming", ["ends-today", "ends-tomorrow"]),
        ("past", ["ended-last-week", "ended-yesterday"]),
    ],
)
def test_the_list_and_the_api_filter_by_the_same_rule(client, events, when, expected):
    page = client.get(reverse("events:list"), {"when": when})
    api = client.get("/api/v1/events/", {"when": when})

    assert sorted(event.slug for event in page.context["events"]) == expected
    assert sorted(event["slug"] for event in api.json()["results"]) == expected
