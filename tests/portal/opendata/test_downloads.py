"""Each public list downloads as CSV and JSON, filtered as its page is, in the page's language."""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events.models import EventKind
from portal.models import PublicationStatus
from portal.opendata import views
from portal.opendata.downloads import LISTINGS
from projects.models import OrganisationKind, PartnerRole, Project
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PartnershipFactory,
    PracticeDocumentFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
LICENCE = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'


def download(client, name, file_format, language="en", query=""):
    with translation.override(language):
        url = reverse("opendata:download", args=[name, file_format])
    response = client.get(url + query)
    assert response.status_code == 200, response.status_code
    content = b"".join(response.streaming_content).decode()
    return response, content


def csv_rows(client, name, language="en", query=""):
    _response, content = download(client, name, "csv", language, query)
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def json_document(client, name, language="en", query=""):
    _response, content = download(client, name, "json", language, query)
    return json.loads(content)


@pytest.fixture
def opole():
    return CityFactory(
        slug="opole",
        name_pl="Opole",
        name_cs="Opolí",
        name_en="Opole",
        country=CountryFactory(code="PL", name_pl="Polska", name_cs="Polsko", name_en="Poland"),
    )


@pytest.fixture
def ostrava():
    return CityFactory(
        slug="ostrava",
        name="Ostrava",
        country=CountryFactory(code="CZ", name_pl="Czechy", name_cs="Česko", name_en="Czechia"),
    )


@pytest.fixture
def practice_web(opole, ostrava):
    """Two published practices, a draft, and drafts linked to the published ones."""
    mobility = ThemeFactory(slug="mobility", name="Mobility")
    interreg = ProgrammeFactory(slug="interreg", short_name="Interreg")
    draft_programme = ProgrammeFactory(slug="secret-programme", short_name="Hidden", status=DRAFT)
    bridge = ProjectFactory(slug="bridge", acronym="BRIDGE", programme=interreg)
    hidden_project = ProjectFactory(slug="hidden", acronym="HIDDEN", programme=draft_programme)
    draft_project = ProjectFactory(slug="draft", acronym="DRAFTED", status=DRAFT)
    town_hall = OrganisationFactory(slug="town-hall", name="Town hall", city=opole)
    draft_partner = OrganisationFactory(slug="draft-partner", name="Draft partner", status=DRAFT)
    first = GoodPracticeFactory(
        slug="bike-sharing",
        title_pl="Rowery miejskie",
        title_cs="",
        title_en="City bikes",
        summary="Bikes for everyone.",
        city=opole,
        year_start=2016,
        year_end=2019,
    )
    first.themes.add(mobility)
    first.projects.add(bridge, draft_project, hidden_project)
    first.organisations.add(town_hall, draft_partner)
    GoodPracticeFactory(slug="tram", title="Tram", city=ostrava, year_start=2020)
    GoodPracticeFactory(slug="secret", title="Secret", city=opole, status=DRAFT)
    return first


PRACTICE_HEADER = [
    "Identifier (slug)",
    "Title",
    "Summary",
    "City",
    "Country",
    "Since (year)",
    "Until (year)",
    "Period",
    "Themes",
    "Programmes",
    "Projects",
    "Implementing organisations",
    "First published",
    "Last reviewed",
    "Review overdue",
    "Address",
    "Context and problem",
    "Solution",
    "Results",
    "Resources used",
    "Transferability",
    "Latitude",
    "Longitude",
    "Links",
    "Documents",
]


def test_practices_csv_has_every_published_practice_with_only_published_relations(
    client, practice_web
):
    rows = csv_rows(client, "practices", query="?sort=title")
    # The portal writes dates in its own time zone (Europe/Warsaw), which is a day ahead of UTC
    # from 23:00 UTC: compare in that zone.
    published = timezone.localtime(practice_web.published_at).date().isoformat()
    assert rows[0] == PRACTICE_HEADER
    assert rows[1] == [
        "bike-sharing",
        "City bikes",
        "Bikes for everyone. [en]",
        "Opole",
        "Poland",
        "2016",
        "2019",
        "2016–2019",
        "Mobility [en]",
        "Interreg [en]",
        # The draft project is left out, and so is the programme only a draft runs.
        "BRIDGE; HIDDEN",
        "Town hall [en]",
        published,
        # Never reviewed: a practice made without the admin, the import or a review.
        "",
        "False",
        "http://testserver/en/good-practices/bike-sharing/",
        # The rich texts as plain text, the city's place, the practice's links and documents.
        "The problem. [en]",
        "The solution. [en]",
        "The results. [en]",
        "",
        "",
        "50.671",
        "17.926",
        "",
        "",
    ]
    assert [row[0] for row in rows[1:]] == ["bike-sharing", "tram"]


def test_practices_download_applies_the_pages_filters_and_ignores_the_page_number(
    client, practice_web
):
    rows = csv_rows(client, "practices", query="?country=cz&page=7")
    assert [row[0] for row in rows[1:]] == ["tram"]
    document = json_document(client, "practices", query="?programme=interreg&page=2")
    assert [result["slug"] for result in document["results"]] == ["bike-sharing"]
    assert document["source"] == "http://testserver/en/good-practices/?programme=interreg"


def test_a_bad_filter_value_is_ignored_as_on_the_page(client, practice_web):
    rows = csv_rows(client, "practices", query="?city=nowhere&year=abc&sort=title&theme=%00")
    assert [row[0] for row in rows[1:]] == ["bike-sharing", "tram"]


def test_json_is_in_the_visitors_language_with_its_fallbacks(client, practice_web):
    document = json_document(client, "practices", language="cs", query="?sort=title&city=opole")
    (result,) = document["results"]
    assert document["language"] == "cs"
    # No Czech title: the Polish one, as the page shows it.
    assert result["title"] == "Rowery miejskie"
    assert result["city"] == "Opolí"
    assert result["country"] == "Polsko"
    assert result["themes"] == ["Mobility [cs]"]
    assert result["projects"] == ["BRIDGE", "HIDDEN"]
    assert result["url"] == "http://testserver/cs/dobre-praxe/bike-sharing/"
    assert result["year_start"] == 2016
    assert result["year_end"] == 2019


def test_json_states_its_licence_source_and_columns(client, practice_web):
    document = json_document(client, "practices")
    assert document["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert document["title"] == "Good practices"
    assert document["attribution"] == "Cross-border good practices"
    assert [column["label"] for column in document["columns"]] == PRACTICE_HEADER
    assert [column["key"] for column in document["columns"]][:3] == ["slug", "title", "summary"]


def test_licence_is_configurable_and_sent_in_a_link_header(client, settings, practice_web):
    settings.OPEN_DATA_LICENCE_NAME = "CC0 1.0"
    settings.OPEN_DATA_LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
    response, _content = download(client, "practices", "csv", query="?city=opole")
    assert response["Link"] == (
        '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license", '
        '<http://testserver/en/open-data/>; rel="describedby", '
        '<http://testserver/en/good-practices/?city=opole>; rel="alternate"; type="text/html"'
    )
    assert response["Content-Disposition"] == 'attachment; filename="practices-en.csv"'
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert json_document(client, "practices")["licence"]["name"] == "CC0 1.0"


@pytest.mark.parametrize(
    "hostile, shown",
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Plain = text", "Plain = text"),
        # Split on semicolons, as spreadsheets set up for Polish or Czech do.
        ('Raport;=HYPERLINK("http://evil")', 'Raport;\'=HYPERLINK("http://evil")'),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client, opole, hostile, shown):
    GoodPracticeFactory(slug="hostile", title=None, title_pl=hostile, summary=hostile, city=opole)
    rows = csv_rows(client, "practices", language="pl")
    assert rows[1][1:3] == [shown, f"{shown} [pl]"]
    # JSON is data, not a spreadsheet: the text is exact there.
    (result,) = json_document(client, "practices", language="pl")["results"]
    assert result["title"] == hostile


def test_query_count_does_not_grow_with_the_rows(client, opole):
    def queries(file_format):
        with CaptureQueriesContext(connection) as captured:
            download(client, "practices", file_format, query="?city=opole")
        return len(captured)

    def grow(count):
        for _ in range(count):
            practice = GoodPracticeFactory(city=opole)
            practice.themes.add(ThemeFactory())
            practice.projects.add(ProjectFactory())
            practice.organisations.add(OrganisationFactory())

    grow(2)
    few = {file_format: queries(file_format) for file_format in ("csv", "json")}
    grow(30)
    assert {file_format: queries(file_format) for file_format in ("csv", "json")} == few
    # The filters' choices (programmes, countries, themes), the city's lookup, the rows whose
    # slug has no address (named in the log, left out), and the rows: a transaction (here a
    # savepoint, and its release) whose statement_timeout is the download's.
    assert few == {"csv": 9, "json": 9}


def test_projects_download(client, opole, ostrava):
    programme = ProgrammeFactory(short_name="Interreg")
    project = ProjectFactory(
        slug="bridge",
        acronym="=BRIDGE",
        title="Bridge",
        programme=programme,
        registration_number="CZ.11",
        total_budget=Decimal("1000.50"),
        eu_cofinancing=Decimal("800.00"),
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2019, 6, 30),
    )
    project.cities.add(opole, ostrava)
    PartnershipFactory(
        project=project,
        organisation=OrganisationFactory(name="Lead", slug="lead"),
        role=PartnerRole.LEAD,
    )
    PartnershipFactory(project=project, organisation=OrganisationFactory(name="Other"))
    PartnershipFactory(project=project, organisation=OrganisationFactory(name="Hid", status=DRAFT))
    ProjectFactory(slug="draft", status=DRAFT)
    (result,) = json_document(client, "projects")["results"]
    assert result == {
        "slug": "bridge",
        "acronym": "=BRIDGE",
        "title": "Bridge [en]",
        "summary": "What the project does. [en]",
        "programme": "Interreg [en]",
        "registration_number": "CZ.11",
        "start_date": "2017-01-01",
        "end_date": "2019-06-30",
        "total_budget": 1000.5,
        "eu_cofinancing": 800,
        "cities": ["Opole", "Ostrava [en]"],
        "countries": ["Czechia", "Poland"],
        "themes": [],
        "lead_partner": "Lead [en]",
        "partners": ["Lead [en]", "Other [en]"],
        "website": "",
        "url": "http://testserver/en/projects/bridge/",
    }
    rows = csv_rows(client, "projects")
    assert rows[1][1] == "'=BRIDGE"
    assert rows[1][8:10] == ["1000.5", "800"]


def test_partners_download_translates_their_kind(client, opole):
    partner = OrganisationFactory(slug="uni", name="Uni", city=opole, kind=OrganisationKind.NGO)
    PartnershipFactory(organisation=partner, project=ProjectFactory(acronym="ONE"))
    PartnershipFactory(organisation=partner, project=ProjectFactory(acronym="TWO", status=DRAFT))
    OrganisationFactory(slug="draft", status=DRAFT)
    rows = csv_rows(client, "partners", language="pl")
    with translation.override("pl"):
        ngo = str(OrganisationKind.NGO.label)
    assert ngo != "Non-governmental organisation"
    assert rows[1:] == [
        [
            "uni",
            "Uni [pl]",
            ngo,
            "Opole",
            "Polska",
            "",
            "ONE",
            "http://testserver/pl/partnerzy/uni/",
        ]
    ]


def test_events_download_hides_draft_relations(client, opole):
    draft_practice = GoodPracticeFactory(slug="secret", title="Secret", status=DRAFT)
    event = EventFactory(
        slug="visit",
        title="Visit",
        city=opole,
        kind=EventKind.STUDY_VISIT,
        visitors_from=CountryFactory(code="CZ", name="Czechia"),
        project=ProjectFactory(acronym="HIDDEN", status=DRAFT),
        participants=12,
    )
    event.practices.add(draft_practice, GoodPracticeFactory(title="Shown"))
    event.organisations.add(OrganisationFactory(name="Hidden", status=DRAFT))
    EventFactory(slug="draft", status=DRAFT)
    (result,) = json_document(client, "events", language="cs")["results"]
    assert result["kind"] == "Studijní cesta"
    assert result["visitors_from"] == "Czechia [cs]"
    assert result["project"] is None
    assert result["organisations"] == []
    assert result["practices"] == ["Shown [cs]"]
    assert result["participants"] == 12


def test_news_cities_themes_and_programmes_download_whole(client, opole, practice_web):
    NewsItemFactory(slug="hello", title="Hello", date=datetime.date(2020, 5, 1))
    NewsItemFactory(slug="draft-news", status=DRAFT)
    assert csv_rows(client, "news")[1:] == [
        [
            "hello",
            "Hello [en]",
            "2020-05-01",
            "What happened. [en]",
            "",
            "http://testserver/en/news/hello/",
        ]
    ]
    cities = json_document(client, "cities")["results"]
    assert [(c["slug"], c["practice_count"], c["project_count"]) for c in cities] == [
        ("ostrava", 1, 0),
        ("opole", 1, 0),
    ]
    assert cities[1]["latitude"] == 50.671
    themes = json_document(client, "themes")["results"]
    assert [(t["slug"], t["practice_count"]) for t in themes] == [("mobility", 1)]
    programmes = json_document(client, "programmes")["results"]
    # The draft programme is not listed; the draft project's programme counts nothing.
    draft_project_programme = Project.objects.get(slug="draft").programme.slug
    assert [(p["slug"], p["project_count"], p["practice_count"]) for p in programmes] == [
        ("interreg", 1, 1),
        (draft_project_programme, 0, 0),
    ]


@pytest.mark.parametrize("name", list(LISTINGS))
@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_every_list_downloads_in_both_formats_in_every_language(client, name, language):
    rows = csv_rows(client, name, language)
    document = json_document(client, name, language)
    assert rows == [[str(column["label"]) for column in document["columns"]]]
    assert document["results"] == []
    assert document["language"] == language


def test_an_unknown_list_is_not_found(client):
    assert client.get("/en/open-data/nothing.csv").status_code == 404
    assert client.get("/en/open-data/practices.xml").status_code == 404


def test_downloads_are_never_kept_by_the_page_cache(client, settings, practice_web):
    settings.PAGE_CACHE_SECONDS = 600
    english = csv_rows(client, "practices", query="?sort=title")
    polish = csv_rows(client, "practices", language="pl", query="?sort=title")
    assert (english[1][1], polish[1][1]) == ("City bikes", "Rowery miejskie")
    response, _content = download(client, "practices", "json")
    assert response.streaming


@pytest.mark.parametrize(
    "name, path",
    [
        ("practices", "/en/good-practices/"),
        ("projects", "/en/projects/"),
        ("partners", "/en/partners/"),
        ("events", "/en/events/"),
    ],
)
def test_list_pages_link_their_downloads_with_their_filters(client, name, path):
    response = client.get(path + "?country=cz&page=2&sort=title")
    query = "?country=cz&amp;sort=title"
    assert (
        f'<a href="/en/open-data/{name}.csv{query}" type="text/csv">CSV file</a>'
        in response.content.decode()
    )
    assert (
        f'<a href="/en/open-data/{name}.json{query}" type="application/json">JSON file</a>'
        in response.content.decode()
    )


@pytest.mark.parametrize(
    "name, path",
    [
        ("news", "/en/news/"),
        ("cities", "/en/cities/"),
        ("themes", "/en/themes/"),
        ("programmes", "/en/programmes/"),
    ],
)
def test_other_lists_link_their_downloads_and_the_licence(client, name, path):
    content = client.get(path).content.decode()
    assert f'<a href="/en/open-data/{name}.csv" type="text/csv">CSV file</a>' in content
    assert f'<a href="/en/open-data/{name}.json" type="application/json">JSON file</a>' in content
    assert (
        '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>'
        in content
    )


def test_open_data_page_states_the_licence_and_links_every_download_and_the_api(client):
    content = client.get("/en/open-data/").content.decode()
    assert "under the licence CC BY 4.0" in content
    for name in LISTINGS:
        assert f'<a href="/en/open-data/{name}.csv" type="text/csv">' in content
        assert f'<a href="/en/open-data/{name}.json" type="application/json">' in content
    assert "<code>http://testserver/api/v1/</code>" in content
    assert '<a href="http://testserver/api/v1/schema/"' in content
    assert '<a href="/en/open-data/">Open data</a>' in client.get("/en/").content.decode()


def test_a_long_list_is_sent_in_pieces_not_a_write_per_row(client, opole, monkeypatch):
    monkeypatch.setattr(views, "PIECE_LENGTH", 1000)
    GoodPracticeFactory.create_batch(12, city=opole)
    with translation.override("en"):
        url = reverse("opendata:download", args=["practices", "csv"])

    pieces = list(client.get(url).streaming_content)
    rows = list(csv.reader(io.StringIO(b"".join(pieces).decode()[1:])))

    assert len(rows) == 13
    # Every piece but the last holds at least PIECE_LENGTH characters, and several rows.
    assert all(len(piece.decode()) >= 1000 for piece in pieces[:-1])
    assert 1 < len(pieces) < 13


def test_downloads_are_limited_per_address_apart_from_the_api(client, settings, practice_web):
    settings.OPEN_DATA_DOWNLOAD_RATE = "2/minute"
    settings.API_THROTTLE_RATE = "2/minute"
    cache.clear()
    with translation.override("pl"):
        url = reverse("opendata:download", args=["themes", "csv"])

    statuses = [client.get(url).status_code for _ in range(2)]
    api = client.get("/api/v1/themes/").status_code
    refused = client.get(url)
    elsewhere = client.get(url, REMOTE_ADDR="192.0.2.7").status_code
    cache.clear()

    assert (statuses, api, refused.status_code, elsewhere) == ([200, 200], 200, 429, 200)
    assert refused["Content-Type"] == "text/plain; charset=utf-8"
    # A minute from the first download, less the moment the test took.
    assert refused["Retry-After"] in ("59", "60")
    assert refused.content.decode() == (
        f"Zbyt wiele pobrań z Twojego adresu. Spróbuj ponownie za {refused['Retry-After']} sekund."
    )


def test_practices_download_carries_its_texts_place_links_and_documents(client, opole):
    practice = GoodPracticeFactory(
        slug="bike-sharing",
        city=opole,
        problem="<p>Too many <strong>cars</strong> &amp; vans.</p><p>Second.</p>",
        resources_en="<ul><li>Money</li><li>People</li></ul>",
        transferability_en="",
        transferability_pl="<p>Łatwe</p>",
    )
    PracticeLinkFactory(practice=practice, url="https://example.org/b", position=2)
    PracticeLinkFactory(practice=practice, url="https://example.org/a", position=1)
    document = PracticeDocumentFactory(practice=practice)

    (result,) = json_document(client, "practices")["results"]
    rows = csv_rows(client, "practices")

    document_address = f"http://testserver/en/good-practices/bike-sharing/documents/{document.pk}/"
    assert {key: result[key] for key in list(result)[-9:]} == {
        "problem": "Too many cars & vans. Second. [en]",
        "solution": "The solution. [en]",
        "results": "The results. [en]",
        "resources": "Money People",
        # No English text: the first fallback's, as the page shows it.
        "transferability": "Łatwe",
        "latitude": 50.671,
        "longitude": 17.926,
        "links": ["https://example.org/a", "https://example.org/b"],
        "documents": [document_address],
    }
    assert rows[1][-9:] == [
        "Too many cars & vans. Second. [en]",
        "The solution. [en]",
        "The results. [en]",
        "Money People",
        "Łatwe",
        "50.671",
        "17.926",
        "https://example.org/a; https://example.org/b",
        document_address,
    ]


def test_downloads_in_a_row_and_a_page_after_share_the_connection(client, practice_web):
    first = csv_rows(client, "practices", query="?sort=title")
    second = json_document(client, "projects")
    page = client.get("/en/good-practices/?sort=title")

    assert [row[0] for row in first[1:]] == ["bike-sharing", "tram"]
    assert [result["slug"] for result in second["results"]] == ["bridge", "hidden"]
    assert page.status_code == 200
    assert "City bikes" in page.content.decode()
