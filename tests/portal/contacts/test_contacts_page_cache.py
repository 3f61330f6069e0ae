"""A change to a contact person, or to whom an item names, shows at once on kept pages."""

import pytest
from django.utils import translation

from tests.support.factories import ContactPersonFactory, GoodPracticeFactory

# The page cache on (the `clock` fixture, tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clock")]


def page_of(client, practice):
    with translation.override("en"):
        return client.get(practice.get_absolute_url()).content.decode()


def test_a_contacts_new_role_shows_at_once(client, django_capture_on_commit_callbacks):
    practice = GoodPracticeFactory()
    contact = ContactPersonFactory(role="Coordinator")
    practice.contact_listings.create(contact=contact)
    before = page_of(client, practice)

    with django_capture_on_commit_callbacks(execute=True):
        contact.role_en = "Head of office"
        contact.save()

    after = page_of(client, practice)
    assert ("Coordinator [en]" in before, "Head of office" in after) == (True, True)


def test_a_contact_named_anew_shows_at_once(client, django_capture_on_commit_callbacks):
    practice = GoodPracticeFactory()
    before = page_of(client, practice)

    with django_capture_on_commit_callbacks(execute=True):
        practice.contact_listings.create(contact=ContactPersonFactory(name="Newly Named"))

    assert ("Newly Named" in before, "Newly Named" in page_of(client, practice)) == (False, True)
