"""Schemathesis fuzzes every operation of the API's own served schema: no server error, and
every response as the schema says (status, content type, body).

The schema is loaded from /api/v1/schema/ as a client would, through the WSGI application, over
a small web of published content with drafts beside it, so that lists and objects have rows.
Examples are few and always the same (derandomized; see tests/conftest.py), to keep the run short.

Every check runs but positive_data_acceptance: a filter of slugs (city, programme, project...) is
a string in the schema, as its values are content that changes, but a string that is no slug of
a published row is refused with the documented 400, as the API means to.
"""

import datetime

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from events.models import EventKind
from portal.models import PublicationStatus
from projects.models import PartnerRole
from tests.support.api_schema import served_schema
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
    TransferFactory,
)

pytestmark = pytest.mark.slow

DRAFT = PublicationStatus.DRAFT
EXAMPLES_PER_OPERATION = 20


@pytest.fixture
def content(db):
    """Published content of every kind, linked, with a draft of each beside it."""
    opole = CityFactory(slug="opole", country=CountryFactory(code="PL"))
    ostrava = CityFactory(slug="ostrava", country=CountryFactory(code="CZ"))
    theme = ThemeFactory(slug="mobility")
    programme = ProgrammeFactory(slug="interreg")
    ProgrammeFactory(slug="draft-programme", status=DRAFT)
    for number, city in enumerate([opole, ostrava]):
        project = ProjectFactory(slug=f"bridge-{number}", programme=programme)
        project.cities.add(city)
        project.themes.add(theme)
        partner = OrganisationFactory(slug=f"town-hall-{number}", city=city)
        PartnershipFactory(project=project, organisation=partner, role=PartnerRole.LEAD)
        practice = GoodPracticeFactory(slug=f"bikes-{number}", city=city)
        practice.themes.add(theme)
        practice.projects.add(project, ProjectFactory(status=DRAFT))
        practice.organisations.add(partner, OrganisationFactory(status=DRAFT))
        event = EventFactory(
            slug=f"visit-{number}",
            city=city,
            kind=EventKind.STUDY_VISIT,
            visitors_from=ostrava.country,
            project=project,
            start_date=datetime.date(2019, 5, number + 1),
            end_date=datetime.date(2019, 5, number + 2),
        )
        event.practices.add(practice)
        event.organisations.add(partner)
        transfer = TransferFactory(source=practice, city=[ostrava, opole][number])
        transfer.events.add(event)
    TransferFactory(source=practice, city=opole, status=DRAFT)
    GoodPracticeFactory(slug="draft-practice", status=DRAFT, city=opole)
    EventFactory(slug="draft-event", status=DRAFT, city=opole)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_served_schema(content, connection_kept, mode):
    operations = [result.ok() for result in served_schema().get_all_operations()]
    assert len(operations) == 16
    for operation in operations:

        @hypothesis_settings(max_examples=EXAMPLES_PER_OPERATION)
        @given(case=operation.as_strategy(generation_mode=mode))
        def conforms(case):
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()
