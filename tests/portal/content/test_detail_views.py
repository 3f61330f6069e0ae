"""The public page of one published object, shared by every kind of content: addresses in
every language, drafts hidden from the public and shown to editors marked as drafts."""

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.support.factories import (
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PageFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

# The public pages of one published object, each from PublishedDetailView, and its heading field.
DETAIL_PAGES = [
    ("practices:detail", GoodPracticeFactory, "title"),
    ("projects:detail", ProjectFactory, "title"),
    ("partners:detail", OrganisationFactory, "name"),
    ("events:detail", EventFactory, "title"),
    ("pages:detail", PageFactory, "title"),
    ("news:detail", NewsItemFactory, "title"),
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


@pytest.mark.parametrize(("name", "factory", "heading"), DETAIL_PAGES)
def test_public_sees_published_pages(client, name, factory, heading):
    published = factory(status=PublicationStatus.PUBLISHED)

    response = client.get(published.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert response.resolver_match.view_name == name
    assert f"<h1>{getattr(published, f'{heading}_en')}</h1>" in html
    assert "This is a draft" not in html


@pytest.mark.parametrize(("name", "factory", "heading"), DETAIL_PAGES)
def test_drafts_are_not_found_by_the_public(client, name, factory, heading):
    draft = factory(status=PublicationStatus.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(("name", "factory", "heading"), DETAIL_PAGES)
def test_editors_preview_drafts_marked_as_such(editor_client, name, factory, heading):
    draft = factory(status=PublicationStatus.DRAFT)

    response = editor_client.get(draft.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{getattr(draft, f'{heading}_en')}</h1>" in html
    assert html.count("This is a draft: only staff can see it.") == 1
