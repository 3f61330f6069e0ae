"""No spreadsheet the portal writes carries a live formula, however a spreadsheet splits it.

Every free-text field of every model that the open-data downloads and the staff exports write
(each language's column, the names of related rows, slugs, websites) holds a hostile value. Each
file is read as a careless spreadsheet reads it: split on commas, semicolons, tabs and line breaks
without regard for quoting; no piece may start a formula. The staff import reads an export back to
exactly what it was.
"""

import csv
import io
import json
from decimal import Decimal

import openpyxl
import pytest
from django.conf import settings
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st
from import_export.admin import ExportMixin
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.escape import unescape as xlsx_unescape

from events.models import Event
from portal.content.spreadsheets import (
    formula_escaped,
    formula_unescaped,
    xlsx_text,
    xlsx_text_decoded,
)
from portal.db.rich_text import RichTextField
from portal.models import City, Country, NewsItem, Theme
from portal.opendata.downloads import LISTINGS
from portal.opendata.views import CONTENT_TYPES
from portal.transfers.models import Transfer
from portal.translation import translated_fields
from practices.models import GoodPractice
from projects.models import Organisation, PartnerRole, Programme, Project
from tests.support.admin import admin_url
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PartnershipFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
    TransferFactory,
)
from tests.support.tasks import run_due_tasks

HOSTILE = [
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "\t=x",
    "\r=x",
    'Raport;=HYPERLINK("http://x")',
    "a,=b",
    "a\t=b",
    "a\n=b",
    "  =c",
    'a; "=b"',
    "a;'=b",
    "'@already",
    "x\r\n+y",
    "-1",
    "bell\x07;-7",
]
# What spreadsheets take for the start of a formula, after spaces (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = (",", ";", "\t", "\n", "\r")
ROWS = len(HOSTILE)
# The import takes only an address for a website: the round trip's is one full of separators.
HOSTILE_WEBSITE = "https://example.org/?a=1;=b,+c;-d;@e,'=f"

# Columns that hold no free text: numbers, dates, choices, counts, the portal's own addresses,
# a country's code. Every other column of a file must carry hostile values (a new text column
# fails here until it does).
NOT_TEXT = {
    "downloads": {
        "url",
        "kind",
        "fund",
        "period",
        "published",
        "year_start",
        "year_end",
        "start_date",
        "end_date",
        "date",
        "period_start",
        "period_end",
        "total_budget",
        "eu_cofinancing",
        "latitude",
        "longitude",
        "participants",
        "practice_count",
        "project_count",
        "event_count",
        # A practice's freshness: a date and a yes or no.
        "last_reviewed",
        "stale",
        # A practice's documents: addresses on the portal.
        "documents",
        # A transfer's number, stage and the dates of its stages.
        "id",
        "stage",
        "learning_since",
        "adapting_since",
        "implemented_since",
    },
    "staff": {
        "kind",
        "status",
        "year_start",
        "year_end",
        "start_date",
        "end_date",
        "total_budget",
        "eu_cofinancing",
        "participants",
        "visitors_from",
    },
}


def text_fields(model):
    """The model's columns of free text, each language's of a translated field; not slugs,
    codes or choices."""
    originals = set(translated_fields(model))
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.SlugField)
        and not field.choices
        and not field.unique
        and field.name not in originals
    ]


def hostile_texts(model, number):
    """A hostile value for each free-text field of the `number`th row, a different one each;
    for a web address, which the database takes only as an http, https or mailto URI (so it
    cannot start a formula), one full of separators that can."""
    return {
        name: HOSTILE_WEBSITE
        if isinstance(model._meta.get_field(name), models.URLField)
        else HOSTILE[(number + position) % ROWS]
        for position, name in enumerate(text_fields(model))
    }


def three(rows, number):
    return [rows[(number + step) % ROWS] for step in range(3)]


@pytest.fixture
def hostile_content():
    """ROWS published rows of every model the downloads and exports write, hostile throughout,
    each linked to three of every kind of related row; cities at negative coordinates."""
    countries = [
        CountryFactory(code=code, **hostile_texts(Country, number))
        for number, code in enumerate(["PL", "CZ"])
    ]
    cities, themes, programmes, organisations = [], [], [], []
    for number in range(ROWS):
        cities.append(
            CityFactory(
                slug=f"-city-{number}",
                country=countries[number % 2],
                latitude=Decimal(f"-{10 + number}.25"),
                longitude=Decimal(f"-{100 + number}.5"),
                **hostile_texts(City, number),
            )
        )
        themes.append(ThemeFactory(slug=f"-theme-{number}", **hostile_texts(Theme, number)))
        programmes.append(
            ProgrammeFactory(slug=f"-programme-{number}", **hostile_texts(Programme, number))
        )
        organisations.append(
            OrganisationFactory(
                slug=f"-organisation-{number}",
                city=cities[number],
                **hostile_texts(Organisation, number),
            )
        )
    projects, practices = [], []
    for number in range(ROWS):
        project = ProjectFactory(
            slug=f"-project-{number}",
            programme=programmes[number],
            total_budget=Decimal("1000.50"),
            eu_cofinancing=Decimal("800"),
            **hostile_texts(Project, number),
        )
        project.themes.set(three(themes, number))
        project.cities.set(three(cities, number))
        for step, organisation in enumerate(three(organisations, number)):
            role = PartnerRole.LEAD if step == 0 else PartnerRole.PARTNER
            PartnershipFactory(project=project, organisation=organisation, role=role)
        projects.append(project)
    for number in range(ROWS):
        practice = GoodPracticeFactory(
            slug=f"-practice-{number}",
            city=cities[number],
            year_end=2024,
            **hostile_texts(GoodPractice, number),
        )
        practice.themes.set(three(themes, number))
        practice.projects.set(three(projects, number))
        practice.organisations.set(three(organisations, number))
        PracticeLinkFactory(practice=practice, url=HOSTILE_WEBSITE)
        practices.append(practice)
    for number in range(ROWS):
        event = EventFactory(
            slug=f"-event-{number}",
            city=cities[number],
            visitors_from=countries[1],
            project=projects[number],
            participants=12,
            **hostile_texts(Event, number),
        )
        event.organisations.set(three(organisations, number))
        event.practices.set(three(practices, number))
        # Taken up in the next practice's city, by its organisation, through this event.
        transfer = TransferFactory(
            source=practices[number],
            city=cities[(number + 1) % ROWS],
            organisation=organisations[number],
            adopted_practice=practices[(number + 1) % ROWS],
            **hostile_texts(Transfer, number),
        )
        transfer.events.set([event])
        NewsItemFactory(
            slug=f"-news-{number}", project=projects[number], **hostile_texts(NewsItem, number)
        )
    # Contacts, named by e-mail in the staff exports: valid addresses that start formulas.
    contacts = [
        ContactPersonFactory(email=f"{'=+-'[number % 3]}{number}@example.org")
        for number in range(ROWS)
    ]
    for number, item in enumerate([*organisations, *projects, *practices]):
        for position, contact in enumerate(three(contacts, number)):
            item.contact_listings.create(contact=contact, position=position)
    for number, event in enumerate(Event.objects.order_by("pk")):
        for position, contact in enumerate(three(contacts, number)):
            event.contact_listings.create(contact=contact, position=position)


# One cell.


@pytest.mark.parametrize(
    "value, escaped",
    [
        # Double quotes a careless split of a CSV leaves in front hide nothing.
        ('a; "=b"', 'a; "\'=b"'),
        ('"=1"', '\'"=1"'),
        # An apostrophe already there gets another, and only that one goes on import.
        ("a;'=b", "a;''=b"),
        ("'=1", "''=1"),
        ("' =1", "'' =1"),
        ("O'Neil; 'quoted'", "O'Neil; 'quoted'"),
    ],
)
def test_quotes_and_apostrophes_before_a_formula_are_looked_through(value, escaped):
    assert formula_escaped(value) == escaped
    assert formula_unescaped(escaped) == value


@pytest.mark.parametrize(
    "value, written",
    [
        ("a\r\nb", "a_x000D_\nb"),
        ("bell\x07\x1f", "bell_x0007__x001F_"),
        ("tab\tstays", "tab\tstays"),
        ("_x000D_ typed", "_x005F_x000D_ typed"),
        ("x_x00 and _xyz_", "x_x00 and _xyz_"),
    ],
)
def test_an_xlsx_cell_keeps_control_characters_as_office_codes(value, written):
    assert xlsx_text(value) == written
    assert xlsx_text_decoded(written) == value
    # As spreadsheets read them (openpyxl's decoder of Office codes).
    assert xlsx_unescape(written) == value


def starts_a_formula(piece):
    return piece.strip(' "').startswith(FORMULA_STARTS)


def formula_pieces(text):
    """The pieces of `text` that would start a formula, split on each separator in turn as a
    careless spreadsheet splits, quotes and all."""
    return {
        piece.strip(' "')
        for separator in SEPARATORS
        for piece in text.split(separator)
        if starts_a_formula(piece)
    }


@given(st.text(alphabet=",;\t\n\r \"'=+-@a", max_size=24))
def test_no_piece_of_any_escaped_text_starts_a_formula_and_the_import_reads_it_back(value):
    escaped = formula_escaped(value)

    assert formula_pieces(escaped) == set()
    assert formula_unescaped(escaped) == value


@given(st.text() | st.text(alphabet="_x0D5Fa\r\n\t\x07\x1f\uffff", max_size=24))
def test_any_text_comes_back_from_an_xlsx_cell(value):
    written = xlsx_text(value)
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = written
    buffer = io.BytesIO()
    workbook.save(buffer)
    (read,) = next(
        openpyxl.load_workbook(buffer, read_only=True).active.iter_rows(values_only=True)
    )

    assert ILLEGAL_CHARACTERS_RE.search(written) is None
    assert xlsx_text_decoded(read or "") == value


def columns_without_hostile_text(headers, rows, not_text):
    """The text columns in which no cell carries an escaped hostile value."""
    return [
        header
        for position, header in enumerate(headers)
        if header not in not_text and not any("'" in str(row[position]) for row in rows)
    ]


# The open-data downloads: every list, every format, every language.


def download(client, name, file_format, language):
    with translation.override(language):
        address = reverse("opendata:download", args=[name, file_format])
    response = client.get(address)
    assert response.status_code == 200, (address, response.status_code)
    return response, b"".join(response.streaming_content).decode()


def real_numbers(rows, document):
    """The cells of a CSV download written from numbers: where the JSON download of the same
    list has a number, the cell is exactly that number."""
    keys = [column["key"] for column in document["columns"]]
    numbers = set()
    for row, result in zip(rows, document["results"], strict=True):
        for key, cell in zip(keys, row, strict=True):
            value = result[key]
            if isinstance(value, int | float) and not isinstance(value, bool):
                assert cell == str(value), (key, cell, value)
                numbers.add(cell)
    return numbers


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_no_piece_of_any_download_starts_a_formula(client, hostile_content, language):
    files = {}
    for name in LISTINGS:
        for file_format in CONTENT_TYPES:
            response, content = download(client, name, file_format, language)
            files[name, response["Content-Type"].split(";")[0]] = content
    # CSV for spreadsheets, JSON for programs; another kind of file needs checking here too.
    assert {kind for _name, kind in files} == {"text/csv", "application/json"}

    formulae, untouched, numbers, row_counts = {}, {}, {}, {}
    for name, listing in LISTINGS.items():
        content = files[name, "text/csv"]
        _headers, *rows = csv.reader(io.StringIO(content.removeprefix("\ufeff")))
        numbers[name] = real_numbers(rows, json.loads(files[name, "application/json"]))
        formulae[name] = formula_pieces(content) - numbers[name]
        keys = [column.key for column in listing.columns]
        untouched[name] = columns_without_hostile_text(keys, rows, NOT_TEXT["downloads"])
        row_counts[name] = len(rows)

    assert formulae == {name: set() for name in LISTINGS}
    assert untouched == {name: [] for name in LISTINGS}
    assert row_counts == dict.fromkeys(LISTINGS, ROWS)
    # Numbers stay numbers, negative ones too: a spreadsheet reads them as such, not as formulae.
    assert {"-10.25", "-100.5", "-26.25", "-116.5"} <= numbers["cities"]
    assert {"1000.5", "800"} <= numbers["projects"]


# The staff exports: every admin that exports, every format it offers.


def exporting_admins():
    return [
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ExportMixin)
    ]


def staff_export(client, model, number):
    response = client.post(admin_url(model, "export"), {"format": number, "resource": "0"})
    assert response.status_code == 200, response.content[:500]
    return response


def xlsx_rows(content):
    """Each sheet's rows as a spreadsheet shows them (_xHHHH_ codes decoded); no formula."""
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    return [
        [xlsx_unescape(value) if isinstance(value, str) else value for value in row]
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
    ]


def test_every_exporting_admin_is_checked():
    assert {model for model, _admin in exporting_admins()} == {
        GoodPractice,
        Project,
        Organisation,
        Event,
    }


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_no_piece_of_any_staff_export_starts_a_formula(editor_client, hostile_content, extension):
    formulae, untouched, row_counts = {}, {}, {}
    for model, model_admin in exporting_admins():
        formats = [file_format() for file_format in model_admin.get_export_formats()]
        assert {file_format.get_extension() for file_format in formats} == {"csv", "xlsx"}
        number = [file_format.get_extension() for file_format in formats].index(extension)
        content = staff_export(editor_client, model, number).content
        if extension == "csv":
            text = content.decode("utf-8-sig")
            headers, *rows = csv.reader(io.StringIO(text))
            pieces = formula_pieces(text)
        else:
            headers, *rows = xlsx_rows(content)
            pieces = {
                piece
                for row in [headers, *rows]
                for cell in row
                if isinstance(cell, str)
                for piece in formula_pieces(cell)
            }
            assert {type(cell) for row in rows for cell in row} <= {str, int, Decimal}
        label = model._meta.label
        formulae[label] = pieces
        untouched[label] = columns_without_hostile_text(headers, rows, NOT_TEXT["staff"])
        row_counts[label] = len(rows)

    labels = [model._meta.label for model, _admin in exporting_admins()]
    assert formulae == {label: set() for label in labels}
    assert untouched == {label: [] for label in labels}
    assert row_counts == dict.fromkeys(labels, ROWS)


# Export, then import the same file: every value comes back as it was.


def preview(client, model, upload, file_format):
    return client.post(admin_url(model, "import"), {"import_file": upload, "format": file_format})


def confirm(client, model, preview_response):
    """Post the preview's confirmation form as the browser would, and let the worker import."""
    form = preview_response.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    queued = client.post(admin_url(model, "process_import"), data)
    run_due_tasks()
    return queued


def imported_attributes(model_admin):
    (resource_class,) = model_admin.resource_classes
    return {field.attribute for field in resource_class().get_import_fields()}


def stored(model, attributes):
    """Each row's free text and links that a file holds, by slug, as the database holds them."""
    rows = {}
    for row in model.objects.order_by("slug"):
        values = {name: getattr(row, name) for name in text_fields(model) if name in attributes}
        for field in model._meta.many_to_many:
            if field.name in attributes:
                values[field.name] = sorted(getattr(row, field.name).values_list("slug", flat=True))
        if "contact_listings" in attributes:
            values["contacts"] = list(row.contact_listings.values_list("contact__email", flat=True))
        if "partnerships" in attributes:
            values["partnerships"] = sorted(
                row.partnerships.values_list("organisation__slug", "role")
            )
        rows[row.slug] = values
    return rows


def plain_text_fields(model):
    return [
        name
        for name in text_fields(model)
        if not isinstance(model._meta.get_field(name), RichTextField | models.URLField)
    ]


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_an_exported_file_imports_back_to_exactly_what_was_exported(
    editor_client, hostile_content, extension
):
    for model, model_admin in exporting_admins():
        websites = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, models.URLField)
        ]
        model.objects.update(**dict.fromkeys(websites, HOSTILE_WEBSITE))
        attributes = imported_attributes(model_admin)
        before = stored(model, attributes)
        formats = [
            file_format().get_extension() for file_format in model_admin.get_export_formats()
        ]
        number = formats.index(extension)
        exported = staff_export(editor_client, model, number).content
        # Nothing left of what the file holds, but the rows themselves (their slugs).
        model.objects.update(**{name: "" for name in text_fields(model) if name in attributes})
        for row in model.objects.all():
            for field in model._meta.many_to_many:
                if field.name in attributes:
                    getattr(row, field.name).clear()
            if "partnerships" in attributes:
                row.partnerships.all().delete()
            if "contact_listings" in attributes:
                row.contact_listings.all().delete()
        assert all(
            value in ("", [])
            for values in stored(model, attributes).values()
            for value in values.values()
        )

        upload = SimpleUploadedFile(f"export.{extension}", exported)
        shown = preview(editor_client, model, upload, str(number))
        result = shown.context["result"]
        problems = [(row.number, row.error_dict) for row in result.invalid_rows]
        assert (result.totals["update"], problems) == (ROWS, []), model
        done = confirm(editor_client, model, shown)

        assert done.status_code == 302, model
        after = stored(model, attributes)
        changed = {
            (slug, name): (value, after[slug][name])
            for slug, values in before.items()
            for name, value in values.items()
            if after[slug][name] != value
        }
        assert changed == {}
        # The hostile values themselves, not only what the database made of them.
        written = {
            getattr(row, name) for row in model.objects.all() for name in plain_text_fields(model)
        }
        assert set(HOSTILE) <= written, model
