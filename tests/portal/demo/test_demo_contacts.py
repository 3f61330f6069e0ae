"""The demo names fictional contact persons on its practices, partners, projects and events."""

import pytest
from django.core.management import call_command

from events.models import Event
from portal.contacts.models import ContactPerson
from practices.models import GoodPractice
from projects.models import Organisation, Project

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_demo_contacts_are_fictional_at_example_org_with_roles_in_every_language():
    call_command("load_demo", verbosity=0)

    contacts = list(ContactPerson.objects.all())
    assert len(contacts) == 13
    assert {contact.email.split("@")[1] for contact in contacts} == {"example.org"}
    assert all(contact.role_pl and contact.role_cs and contact.role_en for contact in contacts)
    assert {contact.mail_language for contact in contacts} == {"pl", "cs"}
    lenka = ContactPerson.objects.get(email="lenka.horackova@example.org")
    assert (lenka.organisation.slug, lenka.languages) == (
        "statutarni-mesto-olomouc",
        ["cs", "pl", "en"],
    )


def test_every_demo_practice_and_some_of_each_other_kind_name_contacts_in_order():
    call_command("load_demo", verbosity=0)

    assert not GoodPractice.objects.filter(contact_listings__isnull=True).exists()
    named = {
        model: model.objects.filter(contact_listings__isnull=False).distinct().count()
        for model in (Organisation, Project, Event)
    }
    assert named == {Organisation: 9, Project: 5, Event: 23}
    zoo = GoodPractice.objects.get(slug="opole-olomouc-zoo-cooperation")
    assert [listing.contact.name for listing in zoo.contact_listings.all()] == [
        "Ewa Jabłońska",
        "Ondřej Kratochvíl",
    ]
