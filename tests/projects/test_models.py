import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from projects.models import PartnerRole, Partnership
from tests.support.factories import (
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def test_project_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError, match="projects_project_dates_ordered"):
        ProjectFactory(start_date=datetime.date(2020, 1, 2), end_date=datetime.date(2020, 1, 1))


def test_project_may_start_and_end_on_the_same_day():
    day = datetime.date(2020, 1, 1)

    assert ProjectFactory(start_date=day, end_date=day).pk is not None


def test_cofinancing_cannot_exceed_the_budget():
    with pytest.raises(IntegrityError, match="projects_project_cofinancing_within_budget"):
        ProjectFactory(total_budget=Decimal("1000.00"), eu_cofinancing=Decimal("1000.01"))


def test_cofinancing_needs_a_budget():
    with pytest.raises(IntegrityError, match="projects_project_cofinancing_within_budget"):
        ProjectFactory(total_budget=None, eu_cofinancing=Decimal("10.00"))


def test_cofinancing_equal_to_the_budget_is_allowed():
    project = ProjectFactory(total_budget=Decimal("1000.00"), eu_cofinancing=Decimal("1000.00"))

    project.refresh_from_db()
    assert project.eu_cofinancing == Decimal("1000.00")


def test_budget_cannot_be_negative():
    with pytest.raises(IntegrityError, match="projects_project_budget_not_negative"):
        ProjectFactory(total_budget=Decimal("-1.00"))


def test_project_slugs_are_unique():
    ProjectFactory(slug="razem")

    with pytest.raises(IntegrityError, match="slug"):
        ProjectFactory(slug="razem")


def test_registration_numbers_are_unique_when_given():
    number = "CZ.11.4.120/0.0/0.0/16_026/0001080"
    ProjectFactory(registration_number=number)
    ProjectFactory(registration_number="")
    ProjectFactory(registration_number="")

    with pytest.raises(IntegrityError, match="registration_number_unique"):
        ProjectFactory(registration_number=number)


def test_a_project_has_at_most_one_lead_partner():
    project = ProjectFactory()
    PartnershipFactory(project=project, role=PartnerRole.LEAD)
    PartnershipFactory(project=project, role=PartnerRole.PARTNER)

    with pytest.raises(IntegrityError, match="projects_partnership_one_lead_partner"):
        PartnershipFactory(project=project, role=PartnerRole.LEAD)


def test_one_lead_partner_rule_is_explained_in_forms():
    project = ProjectFactory()
    PartnershipFactory(project=project, role=PartnerRole.LEAD)
    second = Partnership(project=project, organisation=OrganisationFactory(), role="lead")

    with pytest.raises(ValidationError) as raised:
        second.full_clean()

    assert raised.value.messages == ["A project has at most one lead partner."]


def test_an_organisation_is_a_partner_once_per_project():
    partnership = PartnershipFactory()

    with pytest.raises(IntegrityError, match="projects_partnership_once_per_project"):
        PartnershipFactory(project=partnership.project, organisation=partnership.organisation)


def test_partners_are_listed_lead_first():
    project = ProjectFactory()
    associated = PartnershipFactory(project=project, role=PartnerRole.ASSOCIATED)
    partner = PartnershipFactory(project=project, role=PartnerRole.PARTNER)
    lead = PartnershipFactory(project=project, role=PartnerRole.LEAD)

    assert list(project.partnerships.all()) == [lead, partner, associated]
    assert set(project.partners.all()) == {
        lead.organisation,
        partner.organisation,
        associated.organisation,
    }


def test_programme_period_is_ordered():
    with pytest.raises(IntegrityError, match="projects_programme_period_ordered"):
        ProgrammeFactory(period_start=2021, period_end=2014)


def test_programme_period_reads_as_a_range():
    assert ProgrammeFactory(period_start=2014, period_end=2020).period == "2014–2020"


def test_organisation_kind_must_be_known():
    with pytest.raises(IntegrityError, match="projects_organisation_kind_valid"):
        OrganisationFactory(kind="secret-society")


def test_project_names_itself_by_acronym_when_it_has_one():
    assert str(ProjectFactory(acronym="A4B")) == "A4B"
    assert str(ProjectFactory(acronym="", title="Razem")) == "Razem [en]"
