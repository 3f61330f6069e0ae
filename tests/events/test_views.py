"""An event's public page."""

import datetime

import pytest

from events.models import EventKind
from portal.models import PublicationStatus
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    EventImageFactory,
    GoodPracticeFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db


def test_event_page_lists_only_published_organisations_and_practices(client):
    event = EventFactory(title="Study visit in Olomouc")
    shown_organisation = OrganisationFactory(name="Statutární město Olomouc")
    hidden_organisation = OrganisationFactory(name="Secret office", status=PublicationStatus.DRAFT)
    event.organisations.set([shown_organisation, hidden_organisation])
    shown_practice = GoodPracticeFactory(title="Shared bicycles")
    event.practices.set(
        [shown_practice, GoodPracticeFactory(title="Draft idea", status=PublicationStatus.DRAFT)]
    )

    html = client.get(event.get_absolute_url()).content.decode()

    assert f'href="{shown_organisation.get_absolute_url()}"' in html
    assert f'href="{shown_practice.get_absolute_url()}"' in html
    assert "Secret office" not in html
    assert "Draft idea" not in html


def test_study_visit_page_says_when_where_and_who_visits_whom(client):
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    olomouc = CityFactory(name="Olomouc", country=czechia)
    event = EventFactory(
        kind=EventKind.STUDY_VISIT,
        title="Opole visits Olomouc",
        city=olomouc,
        visitors_from=poland,
        start_date=datetime.date(2018, 6, 27),
        end_date=datetime.date(2018, 6, 29),
        participants=24,
    )

    response = client.get(event.get_absolute_url())
    html = response.content.decode()

    assert response.context["event"] == event
    assert '<p class="kicker">Study visit</p>' in html
    assert f"<dd>{poland} → {czechia}</dd>" in html
    assert f'<a href="{olomouc.get_absolute_url()}">{olomouc}</a>, {czechia}' in html
    assert "<dt>Participants</dt><dd>24</dd>" in html


def test_event_page_shows_its_pictures_with_their_alternative_texts(client):
    picture = EventImageFactory(alt_text="Visitors at the tram depot")

    html = client.get(picture.event.get_absolute_url()).content.decode()

    assert html.count('alt="Visitors at the tram depot [en]"') == 1


def test_event_list_shows_published_events_only(client):
    EventFactory(title="Conference in Opole")
    EventFactory(title="Unannounced meeting", status=PublicationStatus.DRAFT)

    response = client.get("/en/events/")

    assert [event.title for event in response.context["events"]] == ["Conference in Opole [en]"]
