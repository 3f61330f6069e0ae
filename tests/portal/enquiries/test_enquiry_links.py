"""Every item's page links to its enquiry form, which is a page of its own: the item's page stays
cookie-free and kept by the page cache, the form's page is never kept."""

import pytest
from django.urls import reverse

from tests.support.factories import (
    EventContactFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationContactFactory,
    OrganisationFactory,
    PageFactory,
    PracticeContactFactory,
    ProjectContactFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

KINDS = [
    pytest.param(
        GoodPracticeFactory, PracticeContactFactory, "practice", "practices", id="practice"
    ),
    pytest.param(ProjectFactory, ProjectContactFactory, "project", "projects", id="project"),
    pytest.param(
        OrganisationFactory, OrganisationContactFactory, "organisation", "partners", id="partner"
    ),
    pytest.param(EventFactory, EventContactFactory, "event", "events", id="event"),
]


@pytest.mark.parametrize(("item_factory", "contact_factory", "field", "namespace"), KINDS)
def test_an_items_page_links_to_writing_to_its_contacts_and_to_reporting_a_mistake(
    client, item_factory, contact_factory, field, namespace
):
    item = item_factory()
    contact_factory(**{field: item})
    form_url = reverse(f"{namespace}:enquiry", kwargs={"slug": item.slug})

    content = client.get(item.get_absolute_url()).content.decode()

    assert f'<a class="action" href="{form_url}">Write to the contact person</a>' in content
    assert (
        f'<a href="{form_url}?reason=mistake">Report a mistake or outdated information</a>'
        in content
    )


@pytest.mark.parametrize(("item_factory", "contact_factory", "field", "namespace"), KINDS)
def test_an_item_without_contacts_offers_to_ask_the_staff(
    client, item_factory, contact_factory, field, namespace
):
    item = item_factory()
    form_url = reverse(f"{namespace}:enquiry", kwargs={"slug": item.slug})

    content = client.get(item.get_absolute_url()).content.decode()

    assert f'<a href="{form_url}">Ask the portal\'s staff about it</a>' in content
    assert "Write to the contact person" not in content


def test_only_a_page_that_offers_it_links_to_the_staff_form(client):
    contact = PageFactory(slug="contact", offers_staff_form=True)
    about = PageFactory(slug="about")
    link = '<a class="action" href="/en/write-to-us/">Write to the portal\'s staff</a>'

    assert link in client.get(contact.get_absolute_url()).content.decode()
    assert link not in client.get(about.get_absolute_url()).content.decode()


@pytest.mark.usefixtures("clock")
def test_the_practice_page_is_kept_without_cookies_and_its_form_page_is_never_kept(
    client, django_assert_num_queries
):
    practice = GoodPracticeFactory()
    PracticeContactFactory(practice=practice)
    form_url = reverse("practices:enquiry", kwargs={"slug": practice.slug})

    first = client.get(practice.get_absolute_url())
    with django_assert_num_queries(0):
        again = client.get(practice.get_absolute_url())
    form = client.get(form_url)

    assert (first.cookies, again.content) == ({}, first.content)
    assert set(form.cookies) == {"csrftoken"}
    assert "no-cache" in form["Cache-Control"]
    with django_assert_num_queries(3):
        # The practice, its contact persons and the navigation's pages, read again: the form is
        # made afresh each time.
        client.get(form_url)
