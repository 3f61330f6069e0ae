"""A contact person's e-mail address and phone reach no public output; their name, role,
organisation and languages are on the pages of the items that name them, in every language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.support.crawl import (
    SHARED_WORD,
    event,
    news_item,
    organisation,
    page,
    practice,
    programme,
    project,
    public_outputs,
)
from tests.support.factories import ContactPersonFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

ADDRESS_LOCAL_PART = "secret.contact.7f3a"
PHONE = "+48 600 7f3a"
# The phone's digits however a page might space or join them.
PHONE_ANYHOW = re.compile(r"600\W*7f3a", re.IGNORECASE)
CONTACT_LANGUAGES = {
    "pl": "Języki kontaktu: czeski, angielski",
    "cs": "Odpovídá: česky, anglicky",
    "en": "Answers in: Czech, English",
}


def contact_on_every_kind():
    """Published items of every kind beside one another, each naming the same contact person,
    who works at a published partner."""
    for make in (practice, project, organisation, programme, event, news_item, page):
        make()
    employer = OrganisationFactory(name=f"{SHARED_WORD} employer")
    contact = ContactPersonFactory(
        name="Věra Example-Nováková",
        role_pl="Koordynatorka projektu",
        role_cs="Koordinátorka projektu",
        role_en="Project coordinator",
        organisation=employer,
        email=f"{ADDRESS_LOCAL_PART}@example.org",
        phone=PHONE,
        languages=["cs", "en"],
    )
    named = [practice(), project(), organisation(), event()]
    for item in named:
        item.contact_listings.create(contact=contact)
    return contact, employer, named


def test_no_public_output_shows_a_contacts_address_or_phone(client):
    contact_on_every_kind()

    outputs = public_outputs(client)

    assert len(outputs) > 100
    leaks = sorted(
        address
        for address, text in outputs.items()
        if ADDRESS_LOCAL_PART in text.lower() or PHONE_ANYHOW.search(text)
    )
    assert leaks == []


def test_search_for_a_contacts_name_address_or_phone_finds_nothing(client):
    contact_on_every_kind()

    for language in ("pl", "cs", "en"):
        with translation.override(language):
            search = reverse("search")
        for words in ("Example-Nováková", f"{ADDRESS_LOCAL_PART}@example.org", PHONE):
            response = client.get(search, {"q": words})
            assert response.content.decode().count('<li class="search-result">') == 0, words


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_each_item_page_names_its_contact_in_the_pages_language(client, language):
    contact, employer, named = contact_on_every_kind()
    role = getattr(contact, f"role_{language}")

    for item in named:
        with translation.override(language):
            address = item.get_absolute_url()
            employer_address = employer.get_absolute_url()
        page_text = client.get(address).content.decode()

        section = page_text.split('<section class="contact-persons"', 1)[1].split("</section>")[0]
        assert "<h3>Věra Example-Nováková</h3>" in section, address
        assert f'<p class="meta">{role}</p>' in section, address
        assert f'<a href="{employer_address}">{SHARED_WORD} employer [{language}]</a>' in section
        assert f"<p>{CONTACT_LANGUAGES[language]}</p>" in section, address
        assert ADDRESS_LOCAL_PART not in page_text
        assert "mailto:" not in section


def test_contacts_are_listed_in_their_order(client):
    item = practice()
    for position, name in [(2, "Third Person"), (0, "First Person"), (1, "Second Person")]:
        item.contact_listings.create(contact=ContactPersonFactory(name=name), position=position)

    with translation.override("en"):
        page_text = client.get(item.get_absolute_url()).content.decode()

    assert re.findall(r"<h3>(\w+) Person</h3>", page_text) == ["First", "Second", "Third"]


def test_a_contacts_unpublished_organisation_gives_way_to_the_name_written_out(client):
    item = practice()
    hidden = OrganisationFactory(name="Hidden employer", status=PublicationStatus.DRAFT)
    item.contact_listings.create(
        contact=ContactPersonFactory(organisation=hidden, organisation_name="Consulting Ltd")
    )
    item.contact_listings.create(contact=ContactPersonFactory(organisation=hidden), position=1)

    with translation.override("en"):
        page_text = client.get(item.get_absolute_url()).content.decode()

    section = page_text.split('<section class="contact-persons"', 1)[1].split("</section>")[0]
    assert "<p>Consulting Ltd</p>" in section
    assert "Hidden employer" not in page_text


def test_an_item_without_contacts_has_no_contacts_section(client):
    item = practice()

    with translation.override("en"):
        page_text = client.get(item.get_absolute_url()).content.decode()

    assert "contact-persons" not in page_text
