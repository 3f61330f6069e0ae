import pytest
from django.urls import resolve, reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.factories import (
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

DETAIL_PAGES = [
    ("practices:detail", GoodPracticeFactory),
    ("projects:detail", ProjectFactory),
    ("partners:detail", OrganisationFactory),
    ("events:detail", EventFactory),
]


@pytest.mark.parametrize(
    ("name", "language", "path"),
    [
        ("practices:detail", "pl", "/pl/dobre-praktyki/x/"),
        ("practices:detail", "cs", "/cs/dobre-praxe/x/"),
        ("practices:detail", "en", "/en/good-practices/x/"),
        ("projects:detail", "pl", "/pl/projekty/x/"),
        ("projects:detail", "cs", "/cs/projekty/x/"),
        ("projects:detail", "en", "/en/projects/x/"),
        ("partners:detail", "pl", "/pl/partnerzy/x/"),
        ("partners:detail", "cs", "/cs/partneri/x/"),
        ("partners:detail", "en", "/en/partners/x/"),
        ("events:detail", "pl", "/pl/wydarzenia/x/"),
        ("events:detail", "cs", "/cs/udalosti/x/"),
        ("events:detail", "en", "/en/events/x/"),
    ],
)
def test_detail_urls_are_translated(name, language, path):
    with translation.override(language):
        assert reverse(name, kwargs={"slug": "x"}) == path
        assert resolve(path).view_name == name


@pytest.mark.parametrize(("name", "factory"), DETAIL_PAGES)
def test_public_sees_published_pages(client, name, factory):
    published = factory(status=PublicationStatus.PUBLISHED)

    response = client.get(published.get_absolute_url())

    assert response.status_code == 200
    assert "This is a draft" not in response.content.decode()


@pytest.mark.parametrize(("name", "factory"), DETAIL_PAGES)
def test_drafts_are_not_found_by_the_public(client, name, factory):
    draft = factory(status=PublicationStatus.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(("name", "factory"), DETAIL_PAGES)
def test_editors_preview_drafts_marked_as_such(editor_client, name, factory):
    draft = factory(status=PublicationStatus.DRAFT)

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "This is a draft: only staff can see it." in response.content.decode()


def test_practice_page_links_only_published_partners_and_projects(client):
    practice = GoodPracticeFactory(title="Transfer hub")
    shown_partner = OrganisationFactory(name="Gogolin")
    hidden_partner = OrganisationFactory(name="Secret", status=PublicationStatus.DRAFT)
    hidden_project = ProjectFactory(title="Hidden project", status=PublicationStatus.DRAFT)
    practice.organisations.set([shown_partner, hidden_partner])
    practice.projects.set([hidden_project])
    EventFactory(title="Draft visit", status=PublicationStatus.DRAFT).practices.add(practice)
    EventFactory(title="Study visit").practices.add(practice)

    html = client.get(practice.get_absolute_url()).content.decode()

    assert f'href="{shown_partner.get_absolute_url()}"' in html
    assert "Secret" not in html
    assert "Hidden project" not in html
    assert "Draft visit" not in html
    assert "Study visit [en]" in html


def test_project_page_lists_partners_with_roles_lead_first(client):
    project = ProjectFactory()
    PartnershipFactory(project=project, role="partner", organisation__name="Olomouc")
    PartnershipFactory(project=project, role="lead", organisation__name="Opole")

    html = client.get(project.get_absolute_url()).content.decode()

    assert html.index("Opole [en]") < html.index("Olomouc [en]")
    assert "lead partner" in html


def test_home_lists_only_published_content(client):
    GoodPracticeFactory(title="Shown practice")
    GoodPracticeFactory(title="Hidden practice", status=PublicationStatus.DRAFT)

    html = client.get("/en/").content.decode()

    assert "Shown practice [en]" in html
    assert "Hidden practice" not in html


def test_root_sends_visitors_to_their_browsers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="cs-CZ,cs;q=0.9,en;q=0.5")

    assert (response.status_code, response["Location"]) == (302, "/cs/")


def test_language_switcher_leads_to_the_same_object(client):
    practice = GoodPracticeFactory(slug="gogolin-transfer-hub")

    html = client.get("/cs/dobre-praxe/gogolin-transfer-hub/").content.decode()

    assert practice.is_published
    assert 'href="/pl/dobre-praktyki/gogolin-transfer-hub/" hreflang="pl"' in html
    assert 'href="/en/good-practices/gogolin-transfer-hub/" hreflang="en"' in html
    assert '<html lang="cs">' in html
