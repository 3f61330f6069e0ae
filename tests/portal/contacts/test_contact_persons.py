"""Contact persons: what the model accepts, their history, and how staff edit them."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from events.models import Event
from portal.contacts.models import ContactPerson
from practices.models import GoodPractice
from projects.models import Organisation, Project
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def errors_of(contact):
    with pytest.raises(ValidationError) as raised:
        contact.full_clean()
    return raised.value.message_dict


def test_a_contact_is_shown_by_name_and_written_to_in_their_first_language():
    contact = ContactPersonFactory(name="Jana Example", languages=["cs", "en"])

    assert (str(contact), contact.mail_language) == ("Jana Example", "cs")


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        ([], "This field cannot be blank."),
        (["pl", "de"], "Item 2 in the array did not validate: Value 'de' is not a valid choice."),
        (["cs", "pl", "cs"], "Name each language once: cs is repeated."),
    ],
)
def test_languages_must_be_known_present_and_named_once(languages, message):
    contact = ContactPersonFactory.build(languages=languages)

    with translation.override("en"):
        assert errors_of(contact) == {"languages": [message]}


@pytest.mark.parametrize("languages", [[], ["de"]])
def test_the_database_refuses_languages_written_past_the_checks(languages):
    contact = ContactPersonFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        ContactPerson.objects.filter(pk=contact.pk).update(languages=languages)


def test_an_email_address_belongs_to_one_contact_whatever_its_case():
    ContactPersonFactory(email="anna.example@example.org")
    twin = ContactPersonFactory.build(email="Anna.Example@EXAMPLE.org")

    with translation.override("en"):
        assert errors_of(twin) == {"__all__": ["Another contact person has this e-mail address."]}


def test_an_email_address_is_required_and_a_phone_is_not():
    contact = ContactPersonFactory.build(email="", phone="")

    with translation.override("en"):
        assert errors_of(contact) == {"email": ["This field cannot be blank."]}


def test_a_change_to_a_contact_keeps_a_version_with_every_languages_role():
    contact = ContactPersonFactory(role="Coordinator")
    contact.role_cs = "Koordinátorka"
    contact.save()

    versions = list(contact.history.order_by("history_date"))
    assert [(v.role_pl, v.role_cs) for v in versions] == [
        ("Coordinator [pl]", "Coordinator [cs]"),
        ("Coordinator [pl]", "Koordinátorka"),
    ]


def test_a_contact_outlives_their_organisation_and_leaves_the_items_that_named_them():
    employer = OrganisationFactory()
    contact = ContactPersonFactory(organisation=employer)
    practice = GoodPracticeFactory()
    practice.contact_listings.create(contact=contact)

    employer.delete()
    contact.refresh_from_db()
    assert contact.organisation is None

    contact.delete()
    assert practice.contact_listings.count() == 0


def test_a_contact_is_named_once_per_item():
    practice = GoodPracticeFactory()
    contact = ContactPersonFactory()
    practice.contact_listings.create(contact=contact)

    with pytest.raises(IntegrityError), transaction.atomic():
        practice.contact_listings.create(contact=contact, position=1)


# The admin.


def admin_address(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def contact_form(**changes):
    return {
        "name": "Jana Example",
        "role_pl": "Koordynatorka",
        "role_cs": "Koordinátorka",
        "role_en": "Coordinator",
        "organisation": "",
        "organisation_name": "",
        "email": "jana.example@example.org",
        "phone": "+420 000 000 000",
        "languages": "cs,en",
        **changes,
    }


def test_an_editor_adds_a_contact_with_languages_in_order(editor_client):
    response = editor_client.post(admin_address(ContactPerson, "add"), contact_form())

    assert response.status_code == 302
    contact = ContactPerson.objects.get()
    assert (contact.languages, contact.role_cs, contact.phone) == (
        ["cs", "en"],
        "Koordinátorka",
        "+420 000 000 000",
    )


def test_an_unknown_language_gets_the_form_back_with_a_message(editor_client):
    with translation.override("en"):
        response = editor_client.post(
            admin_address(ContactPerson, "add"), contact_form(languages="cs,xx")
        )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["languages"] == [
        "Item 2 in the array did not validate: Select a valid choice. xx is not one of the "
        "available choices."
    ]
    assert not ContactPerson.objects.exists()


def test_the_contact_list_filters_by_language_and_finds_by_email(editor_client):
    ContactPersonFactory(name="Czech Speaker", email="cz@example.org", languages=["cs"])
    ContactPersonFactory(name="Polish Speaker", email="pl@example.org", languages=["pl", "en"])
    address = admin_address(ContactPerson, "changelist")

    by_language = editor_client.get(address, {"language": "cs"})
    by_email = editor_client.get(address, {"q": "pl@example"})

    assert [str(c) for c in by_language.context["cl"].result_list] == ["Czech Speaker"]
    assert [str(c) for c in by_email.context["cl"].result_list] == ["Polish Speaker"]


@pytest.mark.parametrize(
    ("model", "factory"),
    [
        (GoodPractice, GoodPracticeFactory),
        (Organisation, OrganisationFactory),
        (Project, ProjectFactory),
        (Event, EventFactory),
    ],
    ids=lambda each: getattr(each, "__name__", ""),
)
def test_each_items_admin_page_chooses_its_contacts_inline_by_autocomplete(
    editor_client, model, factory
):
    item = factory()
    item.contact_listings.create(contact=ContactPersonFactory(name="Listed Person"))

    response = editor_client.get(admin_address(model, "change", item.pk))

    formsets = {
        formset.formset.prefix: formset for formset in response.context["inline_admin_formsets"]
    }
    listings = formsets["contact_listings"].formset
    assert [form.instance.contact.name for form in listings.forms if form.instance.pk] == [
        "Listed Person"
    ]
    assert (
        listings.forms[0].fields["contact"].widget.widget.__class__.__name__ == "AutocompleteSelect"
    )
    autocomplete = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Listed",
            "app_label": model._meta.app_label,
            "model_name": listings.model._meta.model_name,
            "field_name": "contact",
        },
    )
    assert [result["text"] for result in autocomplete.json()["results"]] == ["Listed Person"]


def test_an_editor_names_a_practices_contacts_in_order_on_its_admin_page(editor_client):
    city = CityFactory()
    first, second = ContactPersonFactory(name="First"), ContactPersonFactory(name="Second")
    inline = {
        "contact_listings-TOTAL_FORMS": 2,
        "contact_listings-INITIAL_FORMS": 0,
        "contact_listings-0-contact": second.pk,
        "contact_listings-0-position": 1,
        "contact_listings-1-contact": first.pk,
        "contact_listings-1-position": 0,
    }
    empty = {
        f"{prefix}-{key}": 0
        for prefix in ("images", "documents", "links")
        for key in ("TOTAL_FORMS", "INITIAL_FORMS")
    }

    response = editor_client.post(
        admin_address(GoodPractice, "add"),
        {
            "title_pl": "Węzeł",
            "slug": "hub",
            "summary_pl": "Streszczenie",
            "problem_pl": "Problem",
            "solution_pl": "Rozwiązanie",
            "results_pl": "Rezultaty",
            "city": city.pk,
            "year_start": 2019,
            "status": "draft",
            **inline,
            **empty,
        },
    )

    assert response.status_code == 302
    practice = GoodPractice.objects.get(slug="hub")
    assert [listing.contact.name for listing in practice.contact_listings.all()] == [
        "First",
        "Second",
    ]
