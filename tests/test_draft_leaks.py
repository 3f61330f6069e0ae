"""Nothing of an unpublished item shows on a public page, whatever published item links to it:
neither its page, nor its name beside the item, nor a filter choice that only it would offer."""

import pytest
from django.urls import reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
LANGUAGES = ["pl", "cs", "en"]
SECRET = "Secret"


def pages_in_every_language(client, address_of):
    """The HTML of the page `address_of()` names, once in each language."""
    pages = []
    for language in LANGUAGES:
        with translation.override(language):
            address = address_of()
        response = client.get(address)
        assert response.status_code == 200
        pages.append(response.content.decode())
    return pages


def assert_no_secret(pages):
    assert [SECRET in html for html in pages] == [False] * len(pages)


def secret_programme():
    return ProgrammeFactory(name=f"{SECRET} programme", short_name=f"{SECRET} P", status=DRAFT)


def test_a_project_does_not_name_its_unpublished_programme(client):
    project = ProjectFactory(programme=secret_programme())

    pages = pages_in_every_language(client, project.get_absolute_url)

    assert_no_secret(pages)
    assert [project.title_en in html for html in pages] == [False, False, True]


def test_project_cards_do_not_name_an_unpublished_programme(client):
    city = CityFactory()
    project = ProjectFactory(programme=secret_programme())
    project.cities.add(city)

    lists = pages_in_every_language(client, lambda: reverse("projects:list"))
    city_pages = pages_in_every_language(client, city.get_absolute_url)

    assert_no_secret(lists + city_pages)
    assert [project.title_en in html for html in lists] == [False, False, True]


def test_an_organisation_does_not_name_the_unpublished_programme_of_its_project(client):
    partnership = PartnershipFactory(project=ProjectFactory(programme=secret_programme()))

    pages = pages_in_every_language(client, partnership.organisation.get_absolute_url)

    assert_no_secret(pages)


def test_an_event_does_not_name_its_unpublished_project(client):
    event = EventFactory(project=ProjectFactory(title=f"{SECRET} project", status=DRAFT))

    pages = pages_in_every_language(client, event.get_absolute_url)

    assert_no_secret(pages)


def test_the_projects_theme_filter_offers_no_theme_only_a_draft_project_has(client):
    shown, hidden = ThemeFactory(name="Public transport"), ThemeFactory(name=f"{SECRET} theme")
    ProjectFactory().themes.add(shown)
    ProjectFactory(status=DRAFT).themes.add(hidden)

    response = client.get(reverse("projects:list"))

    choices = dict(response.context["filter"].form.fields["theme"].choices)
    assert shown.slug in choices
    assert hidden.slug not in choices
    assert_no_secret([response.content.decode()])


def test_the_projects_organisation_filter_offers_no_organisation_only_a_draft_project_has(
    client,
):
    shown = PartnershipFactory().organisation
    hidden = PartnershipFactory(
        project=ProjectFactory(status=DRAFT),
        organisation=OrganisationFactory(name=f"{SECRET} office"),
    ).organisation

    response = client.get(reverse("projects:list"))

    html = response.content.decode()
    assert shown.name_en in html
    assert hidden.name_en not in html


def test_the_practices_organisation_filter_offers_no_organisation_only_a_draft_practice_has(
    client,
):
    shown = OrganisationFactory(name="Gogolin")
    GoodPracticeFactory().organisations.add(shown)
    hidden = OrganisationFactory(name=f"{SECRET} office")
    GoodPracticeFactory(status=DRAFT).organisations.add(hidden)

    html = client.get(reverse("practices:list")).content.decode()

    assert shown.name_en in html
    assert_no_secret([html])
