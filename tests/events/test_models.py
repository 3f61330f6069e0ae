import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from events.models import EventKind
from tests.support.factories import CityFactory, CountryFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_event_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError, match="events_event_dates_ordered"):
        EventFactory(start_date=datetime.date(2018, 6, 29), end_date=datetime.date(2018, 6, 27))


def test_event_slugs_are_unique():
    EventFactory(slug="study-visit-2018")

    with pytest.raises(IntegrityError, match="slug"):
        EventFactory(slug="study-visit-2018")


def test_study_visits_travel_from_one_country_to_the_host_citys():
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    visit = EventFactory(
        kind=EventKind.STUDY_VISIT, city=CityFactory(country=czechia), visitors_from=poland
    )

    assert (visit.visitors_from, visit.visitors_to) == (poland, czechia)


@pytest.mark.parametrize("kind", [EventKind.CONFERENCE, EventKind.CONTEST, EventKind.MEETING])
def test_only_visits_and_internships_have_a_direction(kind):
    with pytest.raises(IntegrityError, match="events_event_direction_only_for_visits"):
        EventFactory(kind=kind, visitors_from=CountryFactory(code="PL"))


def test_direction_rule_is_explained_in_forms():
    event = EventFactory.build(
        kind=EventKind.SEMINAR, city=CityFactory(), visitors_from=CountryFactory(code="CZ")
    )

    with pytest.raises(ValidationError) as raised:
        event.full_clean()

    assert raised.value.messages == [
        "Only study visits and internships have visitors from another country."
    ]


def test_an_event_without_direction_has_no_destination():
    assert EventFactory(visitors_from=None).visitors_to is None


def test_participants_are_at_least_one():
    with pytest.raises(IntegrityError, match="events_event_participants_positive"):
        EventFactory(participants=0)


def test_event_kind_must_be_known():
    with pytest.raises(IntegrityError, match="events_event_kind_valid"):
        EventFactory(kind="party")
