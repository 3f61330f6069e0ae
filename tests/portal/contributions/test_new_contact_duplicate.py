"""A new contact person whose e-mail address is stored already: the partner is sent to the list
when the person is in it, and learns nothing of a person of another organisation."""

import pytest

from portal.contacts.models import ContactPerson
from portal.db.publishing import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    GoodPracticeFactory,
    OrganisationFactory,
)
from tests.support.partner_entries import edit_path, management, practice_data
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db

IN_THE_LIST = (
    "This person is already stored as a contact person: choose them in the list of contact "
    "persons above instead of adding them again."
)
ELSEWHERE = (
    "A contact person of another organisation has this e-mail address, so you cannot add it "
    "again. Ask the portal&#x27;s staff to name that person on your entry."
)


@pytest.fixture
def alpha():
    return OrganisationFactory(name="Alpha")


@pytest.fixture
def partner(alpha):
    return partner_of(alpha)


@pytest.fixture
def draft(alpha, partner):
    practice = GoodPracticeFactory(title="Draft", slug="draft", status=PublicationStatus.DRAFT)
    practice.organisations.add(alpha)
    return opened(practice, partner, alpha)


def post_new_contact(client, draft, email):
    data = {
        **practice_data(CityFactory()),
        **management(),
        "new_contact-name": "Somebody New",
        "new_contact-email": email,
        "new_contact-languages": ["pl"],
    }
    return client.post(edit_path(draft), data)


def test_a_person_in_the_list_is_to_be_chosen_there(client, partner, draft, alpha):
    ContactPersonFactory(name="Ours", organisation=alpha, email="ours@example.org")
    client.force_login(partner)

    response = post_new_contact(client, draft, "OURS@example.org")

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["new_contact"].errors == {"email": [IN_THE_LIST]}
    assert IN_THE_LIST in html
    assert list(ContactPerson.objects.values_list("name", flat=True)) == ["Ours"]


def test_a_person_of_another_organisation_is_not_revealed(client, partner, draft):
    ContactPersonFactory(
        name="Theirs", organisation=OrganisationFactory(), email="theirs@example.org"
    )
    client.force_login(partner)

    response = post_new_contact(client, draft, "theirs@example.org")

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["new_contact"].errors["email"] == [ELSEWHERE.replace("&#x27;", "'")]
    assert ELSEWHERE in html
    assert "Theirs" not in html
    assert ContactPerson.objects.count() == 1


def test_a_new_address_still_adds_the_person(client, partner, draft):
    client.force_login(partner)

    response = post_new_contact(client, draft, "new@example.org")

    assert response.status_code == 302
    assert list(ContactPerson.objects.values_list("name", "email")) == [
        ("Somebody New", "new@example.org")
    ]
