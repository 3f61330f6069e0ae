"""The staff import and export carry an item's contact persons, by e-mail, in their order."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from events.models import Event
from practices.models import GoodPractice
from projects.models import Organisation, Project
from tests.support.factories import (
    ContactPersonFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)
from tests.support.imports import (
    CSV_FORMAT,
    XLSX_FORMAT,
    confirm,
    error_lines,
    export,
    exported_rows,
    preview,
)

pytestmark = pytest.mark.django_db

KINDS = {
    GoodPractice: GoodPracticeFactory,
    Organisation: OrganisationFactory,
    Project: ProjectFactory,
    Event: EventFactory,
}


def csv_upload(rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile("import.csv", buffer.getvalue().encode(), content_type="text/csv")


def contacts_of(item):
    return [listing.contact.email for listing in item.contact_listings.order_by("position")]


@pytest.mark.parametrize("model", list(KINDS), ids=lambda model: model.__name__)
def test_an_export_lists_an_items_contacts_by_email_in_their_order(editor_client, model):
    item = KINDS[model]()
    second = ContactPersonFactory(email="second@example.org")
    first = ContactPersonFactory(email="first@example.org")
    item.contact_listings.create(contact=second, position=1)
    item.contact_listings.create(contact=first, position=0)

    rows = exported_rows(export(editor_client, model))

    assert [row["contacts"] for row in rows] == ["first@example.org; second@example.org"]


@pytest.mark.parametrize("model", list(KINDS), ids=lambda model: model.__name__)
def test_an_import_names_the_contacts_of_its_cell_in_that_order(editor_client, model):
    item = KINDS[model]()
    kept = ContactPersonFactory(email="kept@example.org")
    ContactPersonFactory(email="new@example.org")
    item.contact_listings.create(contact=ContactPersonFactory(email="gone@example.org"))
    item.contact_listings.create(contact=kept, position=1)
    row = exported_rows(export(editor_client, model))[0]
    row["contacts"] = "NEW@example.org; kept@example.org"

    shown = preview(editor_client, model, csv_upload([row]))
    assert [r.import_type for r in shown.context["result"].rows] == ["update"]
    confirm(editor_client, model, shown)

    assert contacts_of(item) == ["new@example.org", "kept@example.org"]
    assert list(item.contact_listings.values_list("position", flat=True)) == [0, 1]


def test_an_unknown_contact_is_a_row_error_in_the_staff_members_language(editor_client):
    practice = GoodPracticeFactory()
    practice.contact_listings.create(contact=ContactPersonFactory(email="known@example.org"))
    row = exported_rows(export(editor_client, GoodPractice))[0]
    row["contacts"] = "known@example.org; nobody@example.org"

    with translation.override("pl"):
        shown = preview(editor_client, GoodPractice, csv_upload([row]))

    assert error_lines(shown) == [
        "Wiersz 2, kolumna contacts: Żadna osoba kontaktowa nie ma adresu e-mail "
        "„nobody@example.org”. Najpierw dodaj ją w sekcji Osoby kontaktowe albo popraw adres."
    ]
    assert "confirm_form" not in shown.context
    assert contacts_of(practice) == ["known@example.org"]


@pytest.mark.parametrize("file_format", [CSV_FORMAT, XLSX_FORMAT])
def test_a_contact_cell_a_spreadsheet_would_run_is_escaped_and_comes_back(
    editor_client, file_format
):
    practice = GoodPracticeFactory()
    practice.contact_listings.create(contact=ContactPersonFactory(email="=1+1@example.org"))
    name = "export.csv" if file_format == CSV_FORMAT else "export.xlsx"

    exported = export(editor_client, GoodPractice, file_format)
    shown = preview(
        editor_client, GoodPractice, SimpleUploadedFile(name, exported.content), file_format
    )

    if file_format == CSV_FORMAT:
        assert [row["contacts"] for row in exported_rows(exported)] == ["'=1+1@example.org"]
    assert [row.import_type for row in shown.context["result"].rows] == ["skip"]
