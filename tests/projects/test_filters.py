import datetime

import pytest
from django.urls import reverse

from portal.models import PublicationStatus
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    opole = CityFactory(slug="opole", country=poland)
    olomouc = CityFactory(slug="olomouc", country=czechia)
    interreg = ProgrammeFactory(slug="interreg-cz-pl")
    mobility = ThemeFactory(slug="sustainable-mobility")
    rows = {
        "old": ProjectFactory(
            slug="old",
            programme=interreg,
            start_date=datetime.date(2017, 7, 1),
            end_date=datetime.date(2018, 2, 28),
        ),
        "running": ProjectFactory(
            slug="running",
            start_date=datetime.date(2025, 1, 1),
            end_date=datetime.date(2099, 12, 31),
        ),
        "draft": ProjectFactory(slug="draft", programme=interreg, status=PublicationStatus.DRAFT),
    }
    rows["old"].cities.set([opole, olomouc])
    rows["old"].themes.set([mobility])
    rows["running"].cities.set([olomouc])
    PartnershipFactory(project=rows["old"], organisation__slug="aglomeracja-opolska")
    return rows


def listed(client, name, **params):
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    return [row.slug for row in response.context["object_list"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["running", "old"]),
        ({"programme": "interreg-cz-pl"}, ["old"]),
        ({"country": "pl"}, ["old"]),
        ({"country": "cz"}, ["running", "old"]),
        ({"city": "olomouc"}, ["running", "old"]),
        ({"theme": "sustainable-mobility"}, ["old"]),
        ({"organisation": "aglomeracja-opolska"}, ["old"]),
        ({"period": "running"}, ["running"]),
        ({"period": "finished"}, ["old"]),
        ({"year": "2018"}, ["old"]),
        ({"year": "2030"}, ["running"]),
        ({"country": "cz", "period": "finished"}, ["old"]),
    ],
)
def test_project_filters_narrow_to_exactly_the_right_projects(client, projects, params, expected):
    assert listed(client, "projects:list", **params) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["rra", "mesto-prerov", "gmina-gogolin"]),
        ({"country": "pl"}, ["gmina-gogolin"]),
        ({"city": "prerov"}, ["mesto-prerov"]),
        ({"kind": "agency"}, ["rra"]),
        ({"kind": "municipality", "country": "cz"}, ["mesto-prerov"]),
        ({"q": "GOGOLIN"}, ["gmina-gogolin"]),
    ],
)
def test_partner_filters_narrow_to_exactly_the_right_organisations(client, params, expected):
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    OrganisationFactory(
        slug="gmina-gogolin", name="Gmina Gogolin", city__country=poland, kind="municipality"
    )
    OrganisationFactory(
        slug="mesto-prerov", city=CityFactory(slug="prerov", country=czechia), kind="municipality"
    )
    OrganisationFactory(slug="rra", city__country=czechia, kind="agency")
    OrganisationFactory(slug="hidden", city__country=poland, status=PublicationStatus.DRAFT)

    # Newest first: the reverse of the order they were published in.
    assert listed(client, "partners:list", **params) == expected


def test_partner_list_sorted_by_name(client):
    OrganisationFactory(slug="b", name_en="Beta")
    OrganisationFactory(slug="a", name_en="Alpha")

    assert listed(client, "partners:list", sort="title") == ["a", "b"]
