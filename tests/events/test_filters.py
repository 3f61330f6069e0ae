import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.models import PublicationStatus
from tests.support.factories import CityFactory, CountryFactory, EventFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    today = timezone.localdate()
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    olomouc = CityFactory(slug="olomouc", country=czechia)
    razem = ProjectFactory(slug="razem")
    return {
        "visit": EventFactory(
            slug="visit",
            kind="study_visit",
            city=olomouc,
            project=razem,
            start_date=datetime.date(2018, 10, 1),
            end_date=datetime.date(2018, 10, 3),
        ),
        "internship": EventFactory(
            slug="internship",
            kind="internship",
            city=CityFactory(slug="opole", country=poland),
            start_date=datetime.date(2019, 4, 8),
            end_date=datetime.date(2019, 4, 12),
        ),
        "workshop": EventFactory(
            slug="workshop",
            kind="workshop",
            city=olomouc,
            start_date=today + datetime.timedelta(days=30),
            end_date=today + datetime.timedelta(days=31),
        ),
        "draft": EventFactory(slug="draft", city=olomouc, status=PublicationStatus.DRAFT),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["workshop", "internship", "visit"]),
        ({"kind": "study_visit"}, ["visit"]),
        ({"kind": "internship"}, ["internship"]),
        ({"country": "cz"}, ["workshop", "visit"]),
        ({"city": "opole"}, ["internship"]),
        ({"project": "razem"}, ["visit"]),
        ({"when": "upcoming"}, ["workshop"]),
        ({"when": "past"}, ["internship", "visit"]),
        ({"date_from": "2018-10-03", "date_to": "2019-04-08"}, ["internship", "visit"]),
        ({"date_from": "2018-10-04", "date_to": "2019-04-07"}, []),
        ({"city": "olomouc", "when": "past"}, ["visit"]),
    ],
)
def test_event_filters_narrow_to_exactly_the_right_events(client, events, params, expected):
    response = client.get(reverse("events:list"), params)

    assert [event.slug for event in response.context["events"]] == expected


def test_an_impossible_date_is_reported(client, events):
    response = client.get(reverse("events:list"), {"date_from": "2019-02-30"})

    assert response.status_code == 200
    assert response.context["filter_errors"] == [
        "From: Enter a valid date. The filter was ignored."
    ]
    assert len(response.context["events"]) == 3
