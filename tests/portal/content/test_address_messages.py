"""Staff who type a web address the database refuses are told why, in their language, in the
admin and in an import, instead of meeting an error page."""

import pytest
from django.utils import translation

from projects.models import Organisation
from tests.support.admin import admin_url, form_data
from tests.support.factories import CityFactory, CountryFactory, OrganisationFactory
from tests.support.imports import error_lines, organisations_csv, preview

pytestmark = pytest.mark.django_db

# An address Django's URL field takes, but no URI: its host is not ASCII.
UNENCODED = "https://zażółć.pl/"
MESSAGES = {
    "en": "The address must start with http://, https:// or mailto: and contain no spaces; "
    "write other characters percent-encoded.",
    "pl": "Adres musi zaczynać się od http://, https:// lub mailto: i nie może zawierać spacji; "
    "inne znaki zapisz w kodowaniu procentowym.",
    "cs": "Adresa musí začínat http://, https:// nebo mailto: a nesmí obsahovat mezery; "
    "ostatní znaky zapište procentovým kódováním.",
}


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_the_admin_names_the_rule_a_refused_web_address_breaks(editor_client, language):
    organisation = OrganisationFactory(website="https://example.org/")
    with translation.override(language):
        address = admin_url(Organisation, "change", organisation.pk)
    form = editor_client.get(address)

    response = editor_client.post(address, form_data(form, website=UNENCODED))

    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [MESSAGES[language]]
    organisation.refresh_from_db()
    assert organisation.website == "https://example.org/"


def test_an_import_names_the_row_whose_web_address_is_refused(editor_client):
    CityFactory(slug="opole", country=CountryFactory(code="PL"))

    shown = preview(
        editor_client,
        Organisation,
        organisations_csv(f"first,Pierwsza,,,ngo,opole,{UNENCODED},,,,"),
    )

    assert error_lines(shown) == [f"Row 2: {MESSAGES['en']}"]
    assert Organisation.objects.count() == 0
