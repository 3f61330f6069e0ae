"""Staff import and export of organisations, projects, good practices and events (CSV, XLSX)."""

import datetime
import io
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.models import Event
from portal.content.imports import FORMATS, PendingImportStorage
from portal.models import PublicationStatus, Theme
from portal.operations import caching
from practices.models import GoodPractice
from projects.models import Organisation, PartnerRole, Partnership, Programme, Project
from projects.resources import ProjectResource
from tests.support.admin import admin_url
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
    UserFactory,
)
from tests.support.imports import (
    CSV_FORMAT,
    ORGANISATION_COLUMNS,
    XLSX_FORMAT,
    confirm,
    csv_file,
    error_lines,
    export,
    exported_rows,
    job_summary,
    organisations_csv,
    preview,
)

pytestmark = pytest.mark.django_db

# Every column an organisations file may have: ORGANISATION_COLUMNS, and the contacts.
ORGANISATION_FILE_COLUMNS = ORGANISATION_COLUMNS.replace(",status", ",contacts,status")


def xlsx_bytes(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_file(rows, name="organisations.xlsx"):
    return SimpleUploadedFile(name, xlsx_bytes(rows))


def form_errors(response):
    return [str(error) for errors in response.context["form"].errors.values() for error in errors]


@pytest.fixture
def opole(db):
    return CityFactory(slug="opole", country=CountryFactory(code="PL"))


# Organisations: a valid file, the preview, the confirmation.


def test_a_valid_file_is_previewed_without_saving_then_saved_on_confirmation(editor_client, opole):
    OrganisationFactory(slug="opole-city", name_pl="Miasto Opole", city=opole)
    upload = organisations_csv(
        "opole-city,Urząd Miasta Opola,Statutární město Opole,City of Opole,municipality,opole,"
        "https://opole.pl/,<p>Miasto</p>,,,",
        "nysa-agency,Agencja Nyska,,,agency,opole,,,,,",
    )

    shown = preview(editor_client, Organisation, upload)

    assert shown.status_code == 200
    assert [row.import_type for row in shown.context["result"].rows] == ["update", "new"]
    assert not Organisation.objects.filter(slug="nysa-agency").exists()
    assert Organisation.objects.get(slug="opole-city").name_pl == "Miasto Opole"

    done = confirm(editor_client, Organisation, shown)

    assert job_summary(done) == ("done", {"new": 1, "changed": 1, "unchanged": 0})
    assert Organisation.objects.values_list("slug", "name_pl", "kind", "status").order_by(
        "slug"
    ).get(slug="nysa-agency") == ("nysa-agency", "Agencja Nyska", "agency", "draft")
    city = Organisation.objects.get(slug="opole-city")
    assert (city.name_pl, city.name_cs, city.name_en, city.website, city.description_pl) == (
        "Urząd Miasta Opola",
        "Statutární město Opole",
        "City of Opole",
        "https://opole.pl/",
        "<p>Miasto</p>",
    )
    assert "1 new, 1 changed, 0 unchanged." in done.content.decode()


def test_a_new_row_is_a_draft_and_published_only_when_its_status_says_so(editor_client, opole):
    upload = organisations_csv(
        "draft-one,Pierwsza,,,ngo,opole,,,,,",
        "published-one,Druga,,,ngo,opole,,,,,published",
    )

    confirm(editor_client, Organisation, preview(editor_client, Organisation, upload))

    rows = Organisation.objects.order_by("slug").values_list("slug", "status")
    assert list(rows) == [("draft-one", "draft"), ("published-one", "published")]
    assert Organisation.objects.get(slug="published-one").published_at is not None


def test_an_empty_status_keeps_a_published_items_status(editor_client, opole):
    OrganisationFactory(slug="kept", city=opole, status=PublicationStatus.PUBLISHED)
    upload = organisations_csv("kept,Nowa nazwa,,,ngo,opole,,,,,")

    confirm(editor_client, Organisation, preview(editor_client, Organisation, upload))

    kept = Organisation.objects.get(slug="kept")
    assert (kept.name_pl, kept.status) == ("Nowa nazwa", "published")


def test_an_unknown_city_is_named_with_its_row_column_and_what_to_do(editor_client, opole):
    upload = organisations_csv(
        "first,Pierwsza,,,ngo,opole,,,,,",
        "second,Druga,,,ngo,opole-x,,,,,",
    )

    shown = preview(editor_client, Organisation, upload)

    assert error_lines(shown) == [
        "Row 3, column city: City “opole-x” does not exist. Use the slug of an existing city."
    ]
    assert "confirm_form" not in shown.context
    assert not Organisation.objects.exists()


def test_every_mistake_of_a_row_is_listed_in_plain_words(editor_client, opole):
    upload = organisations_csv("bad slug!,,,,mayor,opole,not-a-website,,,,live")

    shown = preview(editor_client, Organisation, upload)

    assert sorted(error_lines(shown)) == sorted(
        [
            "Row 2, column kind: “mayor” is not allowed here. Use one of: municipality, "
            "association, agency, university, ngo, company, public, other.",
            "Row 2, column status: “live” is not allowed here. Use one of: draft, published.",
            "Row 2, columns name_pl, name_cs, name_en: Fill it in at least one language.",
            "Row 2, column slug: Enter a valid “slug” consisting of letters, numbers, "
            "underscores or hyphens.",
            "Row 2, column website: Enter a valid URL.",
        ]
    )


def test_a_file_with_one_invalid_row_saves_nothing_even_when_confirmed(editor_client, opole):
    valid = organisations_csv("first,Pierwsza,,,ngo,opole,,,,,", "second,Druga,,,ngo,opole,,,,,")
    shown = preview(editor_client, Organisation, valid)
    invalid = organisations_csv(
        "first,Pierwsza,,,ngo,opole,,,,,",
        "second,Druga,,,ngo,opole,,,,,",
        "third,Trzecia,,,ngo,nowhere,,,,,",
    )
    # The pending file is swapped for one with a mistake before it is confirmed.
    pending = PendingImportStorage(name=shown.context["confirm_form"].initial["import_file_name"])
    pending.remove()
    pending.save(invalid.read())

    done = confirm(editor_client, Organisation, shown)

    assert job_summary(done)[0] == "failed"
    assert error_lines(done) == [
        "Row 4, column city: City “nowhere” does not exist. Use the slug of an existing city."
    ]
    assert not Organisation.objects.exists()


def test_a_confirmation_of_a_file_no_longer_pending_says_so(editor_client, opole):
    shown = preview(editor_client, Organisation, organisations_csv("a,A,,,ngo,opole,,,,,"))
    confirm(editor_client, Organisation, shown)
    Organisation.objects.all().delete()

    again = confirm(editor_client, Organisation, shown)

    assert again.context["page_error"] == "The file is no longer here. Upload it again."
    assert not Organisation.objects.exists()


def test_a_forged_confirmation_is_refused_with_a_message(editor_client, opole):
    done = editor_client.post(
        admin_url(Organisation, "process_import"),
        {
            "import_file_name": "../../etc/passwd",
            "original_file_name": "x.csv",
            "format": "7",
            "resource": "3",
        },
    )

    assert done.status_code == 200
    assert done.context["page_error"] == "Upload the file again."


# History and the page cache.


def test_an_import_keeps_a_version_by_its_editor_and_makes_cached_pages_stale(
    editor_client, editor, opole, monkeypatch, django_capture_on_commit_callbacks
):
    upload = organisations_csv("new-one,Nowa,,,ngo,opole,,,,,published")
    shown = preview(editor_client, Organisation, upload)
    moves = []
    monkeypatch.setattr(caching.page_changes, "record", lambda tags: moves.append(1))

    with django_capture_on_commit_callbacks(execute=True):
        confirm(editor_client, Organisation, shown)

    organisation = Organisation.objects.get(slug="new-one")
    versions = organisation.history.all()
    assert [(v.history_type, v.history_user, v.history_change_reason) for v in versions] == [
        ("+", editor, "Imported from organisations.csv")
    ]
    assert moves != []


def test_a_preview_leaves_no_history_and_no_cache_invalidation(
    editor_client, opole, monkeypatch, django_capture_on_commit_callbacks
):
    moves = []
    monkeypatch.setattr(caching.page_changes, "record", lambda tags: moves.append(1))

    with django_capture_on_commit_callbacks(execute=True):
        preview(editor_client, Organisation, organisations_csv("a,A,,,ngo,opole,,,,,"))

    assert (Organisation.history.count(), moves) == (0, [])


# Rich text and hostile cells.


def test_imported_rich_text_is_sanitised_like_the_admin_forms(editor_client, opole):
    upload = organisations_csv(
        'scripted,Nazwa,,,ngo,opole,,"<p>Hi<script>alert(1)</script>'
        '<img src=x onerror=alert(2)></p>",,,'
    )

    confirm(editor_client, Organisation, preview(editor_client, Organisation, upload))

    assert Organisation.objects.get(slug="scripted").description_pl == "<p>Hi</p>"


def test_script_in_a_cell_is_shown_as_text_in_the_preview(editor_client, opole):
    upload = organisations_csv('scripted,"<script>alert(1)</script>",,,ngo,opole,,,,,')

    shown = preview(editor_client, Organisation, upload)

    content = shown.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_script_in_a_cell_with_a_mistake_is_shown_as_text(editor_client, opole):
    upload = organisations_csv('scripted,Nazwa,,,ngo,"<script>alert(1)</script>",,,,,')

    shown = preview(editor_client, Organisation, upload)

    assert error_lines(shown) == [
        "Row 2, column city: City “&lt;script&gt;alert(1)&lt;/script&gt;” does not exist. "
        "Use the slug of an existing city."
    ]


# Whole files that cannot be imported: a message in the form, never a server error.


@pytest.mark.parametrize(
    ("upload", "file_format", "message"),
    [
        (
            SimpleUploadedFile("logo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"),
            CSV_FORMAT,
            "The file is not UTF-8 text. In your spreadsheet choose “Save as” and the type "
            "“CSV UTF-8”, or save it as XLSX.",
        ),
        (
            SimpleUploadedFile("nul.csv", b"slug,name_pl\x00\nx,y\n"),
            CSV_FORMAT,
            "The file is not a CSV file. Save it from your spreadsheet as CSV or XLSX.",
        ),
        (
            csv_file("slug,name_pl\ngliwice,Gliwice\n", name="really-a-csv.xlsx"),
            XLSX_FORMAT,
            "The file is not an XLSX workbook. Choose the format that matches the file, or save "
            "it from your spreadsheet as XLSX.",
        ),
        (
            csv_file("slug;name_pl\nzlin;Zlín, město\n", encoding="cp1250"),
            CSV_FORMAT,
            "The file is not UTF-8 text. In your spreadsheet choose “Save as” and the type "
            "“CSV UTF-8”, or save it as XLSX.",
        ),
        (
            csv_file(ORGANISATION_COLUMNS + "\n"),
            CSV_FORMAT,
            "The file has a header row but no rows below it.",
        ),
        (
            csv_file("\n\n"),
            CSV_FORMAT,
            "The file has no header row. Its first row must name the columns, e.g. slug, title_pl.",
        ),
        (
            SimpleUploadedFile("empty.csv", b""),
            CSV_FORMAT,
            "The submitted file is empty.",
        ),
    ],
    ids=["binary-as-csv", "nul-bytes", "csv-as-xlsx", "cp1250", "header-only", "blank", "empty"],
)
def test_a_file_that_is_not_a_readable_table_gets_a_message(
    editor_client, upload, file_format, message
):
    shown = preview(editor_client, Organisation, upload, file_format)

    assert shown.status_code == 200
    assert form_errors(shown) == [message]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(editor_client, settings):
    settings.IMPORT_MAX_FILE_SIZE = 1024 * 1024
    upload = csv_file(ORGANISATION_COLUMNS + "\n" + "x" * (1024 * 1024))

    shown = preview(editor_client, Organisation, upload)

    assert form_errors(shown) == ["The file is larger than 1 MB. Split it into several files."]


def test_a_file_with_too_many_rows_is_refused(editor_client, settings, opole):
    settings.IMPORT_MAX_ROWS = 3
    upload = organisations_csv(*[f"org-{n},Nazwa,,,ngo,opole,,,,," for n in range(4)])

    shown = preview(editor_client, Organisation, upload)

    assert form_errors(shown) == ["The file has more than 3 rows. Split it into several files."]
    assert not Organisation.objects.exists()


def test_an_xlsx_that_unpacks_to_too_much_is_refused_unread(editor_client, settings):
    settings.IMPORT_MAX_UNPACKED_SIZE = 2 * 1024 * 1024
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (3 * 1024 * 1024 // 6))
    assert len(buffer.getvalue()) < 100 * 1024

    shown = preview(
        editor_client, Organisation, SimpleUploadedFile("bomb.xlsx", buffer.getvalue()), XLSX_FORMAT
    )

    assert form_errors(shown) == [
        "The workbook unpacks to more than 2 MB. Keep only the sheet to import, or save it as CSV."
    ]


def test_missing_required_columns_are_named(editor_client):
    upload = csv_file("slug,website\nx,https://example.org/\n")

    shown = preview(editor_client, Organisation, upload)

    assert error_lines(shown) == [
        "The file lacks required columns: name_pl / name_cs / name_en, kind, city."
    ]


def test_unknown_columns_are_named_with_the_columns_the_file_may_have(editor_client):
    upload = csv_file("slug,name_pl,kind,city,citty\nx,X,ngo,opole,opole\n")

    shown = preview(editor_client, Organisation, upload)

    assert error_lines(shown) == [
        "Unknown columns: citty. The columns of this file are: "
        + ORGANISATION_FILE_COLUMNS.replace(",", ", ")
        + "."
    ]


def test_a_slug_twice_in_one_file_is_a_mistake_of_its_second_row(editor_client, opole):
    upload = organisations_csv(
        "twice,Pierwsza,,,ngo,opole,,,,,",
        "other,Inna,,,ngo,opole,,,,,",
        "twice,Druga,,,ngo,opole,,,,,",
    )

    shown = preview(editor_client, Organisation, upload)

    assert error_lines(shown) == [
        "Row 4, column slug: “twice” is also in row 2. Each slug may appear only once in a file."
    ]


def test_semicolon_separated_csv_with_a_byte_order_mark_is_read(editor_client, opole):
    text = (
        "\ufeff"
        + ORGANISATION_COLUMNS.replace(",", ";")
        + "\nzlin-city;Zlín, město;;;municipality;opole;;;;;\n"
    )

    confirm(editor_client, Organisation, preview(editor_client, Organisation, csv_file(text)))

    assert Organisation.objects.get(slug="zlin-city").name_pl == "Zlín, město"


def test_an_xlsx_file_is_imported(editor_client, opole):
    upload = xlsx_file(
        [
            ["slug", "name_pl", "kind", "city", None],
            ["xlsx-one", "Z arkusza", "ngo", "opole", None],
            [None, None, None, None, None],
        ]
    )

    confirm(editor_client, Organisation, preview(editor_client, Organisation, upload, XLSX_FORMAT))

    assert Organisation.objects.values_list("slug", "name_pl").get() == ("xlsx-one", "Z arkusza")


# Export, and export followed by import.


FORMULAE = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)"]


def test_formulae_in_cells_are_neutralised_in_a_csv_export(editor_client, opole):
    for number, formula in enumerate(FORMULAE):
        OrganisationFactory(slug=f"formula-{number}", name_pl=formula, city=opole)

    rows = exported_rows(export(editor_client, Organisation))

    assert [row["name_pl"] for row in rows] == ["'" + formula for formula in FORMULAE]


def test_formulae_in_cells_are_neutralised_in_an_xlsx_export(editor_client, opole):
    for number, formula in enumerate(FORMULAE):
        OrganisationFactory(slug=f"formula-{number}", name_pl=formula, city=opole)

    response = export(editor_client, Organisation, XLSX_FORMAT)

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert [(cell.value, cell.data_type) for cell in cells] == [
        ("'" + formula, "s") for formula in FORMULAE
    ]


def test_a_csv_export_is_utf8_with_a_byte_order_mark_for_excel(editor_client, opole):
    OrganisationFactory(slug="zlin", name_pl="Zlín", city=opole)

    response = export(editor_client, Organisation)

    assert response["Content-Type"] == "text/csv"
    assert response.content.startswith(b"\xef\xbb\xbfslug,name_pl,")


def test_an_export_follows_the_change_lists_filters(editor_client, opole):
    OrganisationFactory(slug="public", city=opole, status=PublicationStatus.PUBLISHED)
    OrganisationFactory(slug="hidden", city=opole, status=PublicationStatus.DRAFT)

    rows = exported_rows(export(editor_client, Organisation, status__exact="draft"))

    assert [row["slug"] for row in rows] == ["hidden"]


@pytest.mark.parametrize("language", ["en", "pl", "cs"])
@pytest.mark.parametrize("file_format", [CSV_FORMAT, XLSX_FORMAT])
def test_importing_an_export_changes_nothing(editor_client, opole, language, file_format):
    OrganisationFactory(slug="formula", name_pl="=1+1", city=opole, description_pl="<p>a</p>")
    OrganisationFactory(slug="plain", name_cs=None, city=opole)
    name = "export.csv" if file_format == CSV_FORMAT else "export.xlsx"

    with translation.override(language):
        exported = export(editor_client, Organisation, file_format)
        shown = preview(
            editor_client, Organisation, SimpleUploadedFile(name, exported.content), file_format
        )

    assert [row.import_type for row in shown.context["result"].rows] == ["skip", "skip"]


@pytest.mark.parametrize("file_format", [CSV_FORMAT, XLSX_FORMAT])
def test_values_escaped_after_a_separator_come_back_as_they_were(editor_client, opole, file_format):
    OrganisationFactory(slug="semicolons", name_pl="Raport;=1+1; -2", city=opole)
    name = "export.csv" if file_format == CSV_FORMAT else "export.xlsx"

    exported = export(editor_client, Organisation, file_format)
    shown = preview(
        editor_client, Organisation, SimpleUploadedFile(name, exported.content), file_format
    )

    if file_format == CSV_FORMAT:
        assert [row["name_pl"] for row in exported_rows(exported)] == ["Raport;'=1+1; '-2"]
    assert [row.import_type for row in shown.context["result"].rows] == ["skip"]


# Projects with their partners.


PROJECT_COLUMNS = (
    "slug,title_pl,programme,start_date,end_date,total_budget,eu_cofinancing,summary_pl,"
    "themes,cities,partners,status"
)


@pytest.fixture
def project_world(opole):
    ProgrammeFactory(slug="interreg")
    ThemeFactory(slug="water")
    ThemeFactory(slug="transport")
    for slug in ("opole-city", "olomouc-region", "nysa-agency"):
        OrganisationFactory(slug=slug, city=opole)


def projects_csv(*rows):
    return csv_file("\n".join([PROJECT_COLUMNS, *rows]) + "\n", name="projects.csv")


def partners_of(slug):
    return list(
        Partnership.objects.filter(project__slug=slug)
        .order_by("organisation__slug")
        .values_list("organisation__slug", "role")
    )


def test_a_project_is_imported_with_its_themes_cities_and_partners(editor_client, project_world):
    upload = projects_csv(
        "river,Rzeka,interreg,2019-01-01,2021-06-30,1250000.50,1000000,Krótko.,"
        'water; transport,opole,"opole-city:lead; olomouc-region:partner; nysa-agency",'
    )

    confirm(editor_client, Project, preview(editor_client, Project, upload))

    project = Project.objects.get(slug="river")
    assert (
        project.start_date,
        project.end_date,
        project.total_budget,
        project.eu_cofinancing,
        project.status,
    ) == (
        datetime.date(2019, 1, 1),
        datetime.date(2021, 6, 30),
        Decimal("1250000.50"),
        Decimal("1000000.00"),
        "draft",
    )
    assert sorted(project.themes.values_list("slug", flat=True)) == ["transport", "water"]
    assert list(project.cities.values_list("slug", flat=True)) == ["opole"]
    assert partners_of("river") == [
        ("nysa-agency", "partner"),
        ("olomouc-region", "partner"),
        ("opole-city", "lead"),
    ]


def test_a_projects_partners_are_changed_to_those_of_the_file(editor_client, project_world):
    project = ProjectFactory(slug="river", programme__slug="other-programme")
    PartnershipFactory(
        project=project,
        organisation=Organisation.objects.get(slug="opole-city"),
        role=PartnerRole.LEAD,
    )
    PartnershipFactory(project=project, organisation=Organisation.objects.get(slug="nysa-agency"))
    upload = projects_csv(
        "river,Rzeka,interreg,2019-01-01,2021-06-30,,,Krótko.,,,"
        '"olomouc-region:lead; opole-city:partner",'
    )

    confirm(editor_client, Project, preview(editor_client, Project, upload))

    assert partners_of("river") == [("olomouc-region", "lead"), ("opole-city", "partner")]


def test_partner_mistakes_are_named(editor_client, project_world):
    upload = projects_csv(
        "river,Rzeka,interreg,2021-01-01,2019-06-30,,,Krótko.,water; drought,,"
        '"opole-city:lead; olomouc-region:lead; nowhere:boss",'
    )

    shown = preview(editor_client, Project, upload)

    assert sorted(error_lines(shown)) == [
        "Row 2, column partners: “boss” is not a partner&#x27;s role. Use one of: lead, "
        "partner, associated. A project has at most one lead partner. Organisation “nowhere” "
        "does not exist. Use the slug of an existing organisation.",
        "Row 2, column themes: Theme “drought” does not exist. Use the slug of an existing theme.",
        "Row 2: The end date is before the start date.",
    ]
    assert not Project.objects.exists()


def test_a_project_export_imports_back_unchanged(editor_client, project_world):
    project = ProjectFactory(slug="river", total_budget=Decimal("1250000.50"))
    project.themes.set(ThemeFactory._meta.model.objects.all())
    PartnershipFactory(
        project=project,
        organisation=Organisation.objects.get(slug="opole-city"),
        role=PartnerRole.LEAD,
    )
    PartnershipFactory(project=project, organisation=Organisation.objects.get(slug="nysa-agency"))

    exported = export(editor_client, Project)
    (row,) = exported_rows(exported)
    shown = preview(editor_client, Project, SimpleUploadedFile("projects.csv", exported.content))

    assert (row["themes"], row["partners"]) == (
        "transport; water",
        "opole-city:lead; nysa-agency:partner",
    )
    assert [r.import_type for r in shown.context["result"].rows] == ["skip"]


# Good practices and events.


def test_good_practices_and_events_export_and_import_back_unchanged(editor_client, opole):
    practice = GoodPracticeFactory(slug="bikes", city=opole, year_end=2022)
    practice.themes.set([ThemeFactory(slug="mobility")])
    practice.organisations.set([OrganisationFactory(slug="town", city=opole)])
    EventFactory(
        slug="visit",
        city=opole,
        visitors_from=CountryFactory(code="CZ"),
        participants=12,
    ).practices.set([practice])

    results = {}
    for model, name in ((GoodPractice, "practices.xlsx"), (Event, "events.xlsx")):
        exported = export(editor_client, model, XLSX_FORMAT)
        shown = preview(
            editor_client, model, SimpleUploadedFile(name, exported.content), XLSX_FORMAT
        )
        results[model.__name__] = [r.import_type for r in shown.context["result"].rows]

    assert results == {"GoodPractice": ["skip"], "Event": ["skip"]}


def test_an_event_with_an_unknown_country_and_practice_gets_plain_messages(editor_client, opole):
    upload = csv_file(
        "slug,kind,title_pl,summary_pl,start_date,end_date,city,visitors_from,practices\n"
        "visit,study_visit,Wizyta,Krótko.,2024-05-02,2024-05-01,opole,XX,nowhere\n",
        name="events.csv",
    )

    shown = preview(editor_client, Event, upload)

    assert sorted(error_lines(shown)) == [
        "Row 2, column practices: Good practice “nowhere” does not exist. Use the slug of an "
        "existing good practice.",
        "Row 2, column visitors_from: Country “XX” does not exist. Use the two-letter code of "
        "an existing country, e.g. PL or CZ.",
        "Row 2: The end date is before the start date.",
    ]


def test_a_practice_with_a_bad_year_gets_a_plain_message(editor_client, opole):
    upload = csv_file(
        "slug,title_pl,summary_pl,problem_pl,solution_pl,results_pl,city,year_start,year_end\n"
        "bikes,Rowery,Krótko.,Problem.,Rozwiązanie.,Wyniki.,opole,twenty,2019\n",
        name="practices.csv",
    )

    shown = preview(editor_client, GoodPractice, upload)

    assert error_lines(shown) == [
        "Row 2, column year_start: “twenty” is not a number. Write it with digits only, e.g. 2019."
    ]


# Who may import and export.


@pytest.mark.parametrize("model", [Organisation, Project, GoodPractice, Event])
def test_editors_see_import_and_export_on_the_four_change_lists(editor_client, model):
    changelist = editor_client.get(admin_url(model, "changelist")).content.decode()

    assert f"href='{admin_url(model, 'import')}'" in changelist
    assert f'href="{admin_url(model, "export")}' in changelist
    assert editor_client.get(admin_url(model, "import")).status_code == 200
    assert editor_client.get(admin_url(model, "export")).status_code == 200


def test_staff_who_may_only_view_can_export_but_not_import(client, opole):
    viewer = UserFactory(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_organisation"))
    client.force_login(viewer)

    changelist = client.get(admin_url(Organisation, "changelist")).content.decode()
    import_page = client.get(admin_url(Organisation, "import"))
    import_post = preview(client, Organisation, organisations_csv("a,A,,,ngo,opole,,,,,"))
    confirm_post = client.post(admin_url(Organisation, "process_import"), {})

    assert f"href='{admin_url(Organisation, 'import')}'" not in changelist
    assert f'href="{admin_url(Organisation, "export")}' in changelist
    assert (import_page.status_code, import_post.status_code, confirm_post.status_code) == (
        403,
        403,
        403,
    )
    assert not Organisation.objects.exists()


def test_staff_without_any_permission_on_a_model_can_neither_import_nor_export(client):
    client.force_login(UserFactory(username="nobody", is_staff=True))

    responses = [
        client.get(admin_url(Organisation, "import")).status_code,
        client.get(admin_url(Organisation, "export")).status_code,
    ]

    assert responses == [403, 403]


def test_the_import_page_is_in_the_editors_language(editor_client):
    with translation.override("pl"):
        polish = editor_client.get(admin_url(Organisation, "import")).content.decode()
    with translation.override("cs"):
        czech = editor_client.get(admin_url(Organisation, "import")).content.decode()

    assert "Plik do importu" in polish
    assert "Soubor k importu" in czech


def test_both_formats_can_be_imported_and_exported():
    assert [f().get_title() for f in FORMATS] == ["csv", "xlsx"]


def test_the_preview_marks_what_changes_without_inline_styles(editor_client, opole):
    OrganisationFactory(slug="renamed", name_pl="Stara <nazwa>", city=opole)
    upload = organisations_csv("renamed,Nowa <nazwa>,,,municipality,opole,,,,,")

    shown = preview(editor_client, Organisation, upload)

    (row,) = shown.context["result"].rows
    assert row.diff[1] == "<del>Star</del><ins>Now</ins><span>a &lt;nazwa&gt;</span>"
    assert "style=" not in "".join(row.diff)


def test_the_import_and_export_pages_list_the_files_columns(editor_client):
    columns = ORGANISATION_FILE_COLUMNS.replace(",", ", ")
    expected = f"<p>The file has these columns: <code>{columns}</code></p>"

    pages = [editor_client.get(admin_url(Organisation, view)) for view in ("import", "export")]

    assert [expected in page.content.decode() for page in pages] == [True, True]


# The work an import does for each row.


def test_an_imported_row_has_one_version_that_holds_its_links(editor_client, editor, project_world):
    upload = projects_csv(
        "river,Rzeka,interreg,2019-01-01,2021-06-30,,,Krótko.,water; transport,opole,,"
    )

    confirm(editor_client, Project, preview(editor_client, Project, upload))

    (version,) = Project.objects.get(slug="river").history.all()
    assert (version.history_type, version.history_user, version.history_change_reason) == (
        "+",
        editor,
        "Imported from projects.csv",
    )
    assert sorted(link.theme.slug for link in version.themes.all()) == ["transport", "water"]
    assert [link.city.slug for link in version.cities.all()] == ["opole"]


def test_a_row_that_changes_links_adds_one_version_with_the_new_links(
    editor_client, editor, project_world
):
    project = ProjectFactory(slug="river", programme=Programme.objects.get(slug="interreg"))
    project.themes.set([Theme.objects.get(slug="water")])
    versions_before = project.history.count()
    upload = projects_csv("river,Rzeka,interreg,2019-01-01,2021-06-30,,,Krótko.,transport,opole,,")

    confirm(editor_client, Project, preview(editor_client, Project, upload))

    newest, *older = project.history.all()
    assert (len(older), newest.history_type, newest.history_user) == (versions_before, "~", editor)
    assert [link.theme.slug for link in newest.themes.all()] == ["transport"]
    assert [link.city.slug for link in newest.cities.all()] == ["opole"]


def imported_queries(resource, upload):
    """The SQL of an import of `upload` (bytes of CSV) as the worker runs it."""
    dataset = FORMATS[0]().create_dataset(upload)
    resource.html_diff = False
    with CaptureQueriesContext(connection) as queries:
        result = resource.import_data(
            dataset,
            dry_run=False,
            raise_errors=False,
            rollback_on_validation_errors=True,
            file_name="projects.csv",
        )
    assert (result.has_errors(), [row.error_dict for row in result.invalid_rows]) == (False, [])
    return [query["sql"] for query in queries]


def test_the_related_rows_a_file_names_are_read_once_for_the_whole_file(project_world):
    rows = [
        f"river-{number},Rzeka,interreg,2019-01-01,2021-06-30,,,Krótko.,water; transport,opole,,"
        for number in range(3)
    ]

    queries = imported_queries(ProjectResource(), "\n".join([PROJECT_COLUMNS, *rows]).encode())

    assert [
        sum(f'FROM "{table}" WHERE "{table}"."slug"' in sql for sql in queries)
        for table in ("portal_theme", "portal_city", "projects_programme")
    ] == [1, 1, 1]
    assert Project.objects.get(slug="river-2").themes.count() == 2


def test_an_import_never_reads_the_search_document_it_leaves_out_of_the_history(project_world):
    row = "river,Rzeka,interreg,2019-01-01,2021-06-30,,,Krótko.,water; transport,opole,,"

    queries = imported_queries(ProjectResource(), f"{PROJECT_COLUMNS}\n{row}".encode())

    # simple-history rebuilt the item for each many-to-many field's version, reading that column.
    assert [
        sql for sql in queries if sql.startswith('SELECT "projects_project"."search_vector"')
    ] == []
