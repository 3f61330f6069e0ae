"""The read-only JSON API: published content only, the pages' filters, pages, errors as JSON."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventKind
from portal.models import PublicationStatus
from projects.models import PartnerRole
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT


def get_json(client, path, status=200, language="en"):
    """The API's answer; its messages in `language`, which the client asks for."""
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == status, (response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def slugs(document):
    return [row["slug"] for row in document["results"]]


@pytest.fixture
def opole():
    return CityFactory(slug="opole", name="Opole", country=CountryFactory(code="PL"))


@pytest.fixture
def practice_web(opole):
    interreg = ProgrammeFactory(slug="interreg", short_name="Interreg")
    bridge = ProjectFactory(slug="bridge", acronym="BRIDGE", programme=interreg)
    draft_project = ProjectFactory(slug="draft-project", status=DRAFT)
    partner = OrganisationFactory(slug="town-hall", name="Town hall", city=opole)
    draft_partner = OrganisationFactory(slug="draft-partner", status=DRAFT)
    practice = GoodPracticeFactory(
        slug="bikes",
        title_pl="Rowery",
        title_cs="",
        title_en="Bikes",
        city=opole,
        year_start=2016,
        year_end=2019,
    )
    practice.themes.add(ThemeFactory(slug="mobility"))
    practice.projects.add(bridge, draft_project)
    practice.organisations.add(partner, draft_partner)
    PracticeLinkFactory(practice=practice, url="https://example.org/bikes")
    ostrava = CityFactory(slug="ostrava", country=CountryFactory(code="CZ"))
    GoodPracticeFactory(slug="tram", year_start=2021, city=ostrava)
    GoodPracticeFactory(slug="secret", status=DRAFT, city=opole)
    return practice


def test_practice_list_shows_published_practices_and_only_their_published_relations(
    client, practice_web
):
    document = get_json(client, "/api/v1/practices/?sort=title")
    assert document["count"] == 2
    assert (document["next"], document["previous"]) == (None, None)
    assert slugs(document) == ["bikes", "tram"]
    bikes = document["results"][0]
    assert bikes["title"] == {"pl": "Rowery", "cs": None, "en": "Bikes"}
    assert bikes["url"] == "http://testserver/api/v1/practices/bikes/"
    assert [project["slug"] for project in bikes["projects"]] == ["bridge"]
    assert bikes["organisations"] == [
        {
            "slug": "town-hall",
            "name": {"pl": "Town hall [pl]", "cs": "Town hall [cs]", "en": "Town hall [en]"},
        }
    ]
    assert bikes["city"]["country"]["code"] == "pl"
    assert (bikes["year_start"], bikes["year_end"]) == (2016, 2019)
    assert "problem" not in bikes


def test_practice_detail_has_its_texts_and_links_and_drafts_are_not_found(client, practice_web):
    bikes = get_json(client, "/api/v1/practices/bikes/")
    assert bikes["problem"] == {
        "pl": "<p>The problem. [pl]</p>",
        "cs": "<p>The problem. [cs]</p>",
        "en": "<p>The problem. [en]</p>",
    }
    assert bikes["links"][0]["url"] == "https://example.org/bikes"
    assert get_json(client, "/api/v1/practices/secret/", status=404) == {
        "detail": "No GoodPractice matches the given query."
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?city=opole", ["bikes"]),
        ("?country=cz", ["tram"]),
        ("?programme=interreg", ["bikes"]),
        ("?project=bridge", ["bikes"]),
        ("?organisation=town-hall", ["bikes"]),
        ("?theme=mobility", ["bikes"]),
        ("?year=2021", ["tram"]),
        ("?sort=title", ["bikes", "tram"]),
        ("?sort=newest", ["tram", "bikes"]),
        ("?q=Bikes", ["bikes"]),
        ("?unknown=ignored", ["tram", "bikes"]),
    ],
)
def test_practice_filters_are_the_pages(client, practice_web, query, expected):
    assert slugs(get_json(client, "/api/v1/practices/" + query)) == expected


@pytest.mark.parametrize(
    "query, errors",
    [
        (
            "?city=nowhere",
            {"city": ["Select a valid choice. nowhere is not one of the available choices."]},
        ),
        (
            "?programme=draft",
            {"programme": ["Select a valid choice. draft is not one of the available choices."]},
        ),
        (
            "?organisation=draft-partner",
            {
                "organisation": [
                    "Select a valid choice. draft-partner is not one of the available choices."
                ]
            },
        ),
        (
            "?sort=random",
            {"sort": ["Select a valid choice. random is not one of the available choices."]},
        ),
        ("?page=abc", {"page": ["A whole number from 1 is expected."]}),
        ("?page=0", {"page": ["A whole number from 1 is expected."]}),
        ("?page_size=101", {"page_size": ["At most 100 results a page."]}),
        ("?page_size=-1", {"page_size": ["A whole number from 1 is expected."]}),
    ],
)
def test_bad_parameters_are_refused_with_400_and_why(client, practice_web, query, errors):
    assert get_json(client, "/api/v1/practices/" + query, status=400) == errors


def test_pages_have_a_bounded_size_and_a_page_past_the_last_is_not_found(client, opole):
    for number in range(5):
        GoodPracticeFactory(slug=f"p{number}", city=opole)
    first = get_json(client, "/api/v1/practices/?page_size=2&sort=title")
    assert (first["count"], slugs(first)) == (5, ["p0", "p1"])
    assert first["next"] == "http://testserver/api/v1/practices/?page=2&page_size=2&sort=title"
    last = get_json(client, "/api/v1/practices/?page_size=2&sort=title&page=3")
    assert (slugs(last), last["next"]) == (["p4"], None)
    assert get_json(client, "/api/v1/practices/?page_size=2&page=4", status=404) == {
        "detail": "There is no page 4."
    }


def test_projects_show_published_partners_with_roles_and_hide_a_draft_programme(client, opole):
    project = ProjectFactory(slug="bridge", programme=ProgrammeFactory(status=DRAFT))
    project.cities.add(opole)
    PartnershipFactory(
        project=project, organisation=OrganisationFactory(slug="lead"), role=PartnerRole.LEAD
    )
    PartnershipFactory(project=project, organisation=OrganisationFactory(slug="hid", status=DRAFT))
    ProjectFactory(slug="draft", status=DRAFT)
    document = get_json(client, "/api/v1/projects/")
    (bridge,) = document["results"]
    assert bridge["programme"] is None
    assert [(p["organisation"]["slug"], p["role"]["code"]) for p in bridge["partners"]] == [
        ("lead", "lead")
    ]
    assert bridge["partners"][0]["role"]["label"]["en"] == "Lead partner"
    assert bridge["partners"][0]["role"]["label"]["cs"] != "Lead partner"
    assert slugs(get_json(client, "/api/v1/projects/?organisation=lead")) == ["bridge"]
    assert get_json(client, "/api/v1/projects/draft/", status=404)


def test_events_hide_draft_projects_practices_and_organisations(client, opole):
    event = EventFactory(
        slug="visit",
        city=opole,
        kind=EventKind.STUDY_VISIT,
        project=ProjectFactory(status=DRAFT),
        start_date=datetime.date(2019, 5, 1),
        end_date=datetime.date(2019, 5, 2),
    )
    event.practices.add(GoodPracticeFactory(status=DRAFT), GoodPracticeFactory(slug="shown"))
    event.organisations.add(OrganisationFactory(status=DRAFT))
    (visit,) = get_json(client, "/api/v1/events/?kind=study_visit&date_from=2019-01-01")["results"]
    assert visit["project"] is None
    assert visit["organisations"] == []
    assert [practice["slug"] for practice in visit["practices"]] == ["shown"]
    assert visit["kind"]["code"] == "study_visit"
    assert get_json(client, "/api/v1/events/?date_from=2019-13-01", status=400) == {
        "date_from": ["Enter a valid date."]
    }


def test_organisations_programmes_cities_and_themes(client, opole, practice_web):
    assert slugs(get_json(client, "/api/v1/organisations/?city=opole")) == ["town-hall"]
    assert slugs(get_json(client, "/api/v1/programmes/")) == sorted(
        row["slug"] for row in get_json(client, "/api/v1/programmes/")["results"]
    )
    assert "interreg" in slugs(get_json(client, "/api/v1/programmes/?fund=erdf"))
    assert slugs(get_json(client, "/api/v1/programmes/?fund=cohesion")) == []
    cities = get_json(client, "/api/v1/cities/?country=pl")
    assert "opole" in slugs(cities) and "ostrava" in slugs(get_json(client, "/api/v1/cities/"))
    assert get_json(client, "/api/v1/themes/mobility/")["slug"] == "mobility"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_reading_is_allowed(client, practice_web, method):
    response = getattr(client, method)("/api/v1/practices/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json() == {"detail": f'Method "{method.upper()}" not allowed.'}


def test_head_and_options_answer(client, practice_web):
    assert client.head("/api/v1/practices/").status_code == 200
    assert client.options("/api/v1/practices/").json()["name"] == "Practice List"


def test_no_session_cookie_or_csrf_token_is_set_or_needed(client, practice_web):
    response = client.get("/api/v1/practices/")
    assert response.cookies == {}
    assert "Cookie" not in response.get("Vary", "")


def test_list_query_count_does_not_grow_with_the_rows(client, opole):
    def grow(count):
        for _ in range(count):
            practice = GoodPracticeFactory(city=opole)
            practice.themes.add(ThemeFactory())
            practice.projects.add(ProjectFactory())
            practice.organisations.add(OrganisationFactory())

    def queries():
        with CaptureQueriesContext(connection) as captured:
            get_json(client, "/api/v1/practices/?page_size=100")
        return len(captured)

    grow(2)
    few = queries()
    grow(20)
    # The filters' choices (programmes, countries, themes), the count, the page, and one query
    # for each related kind (themes, projects, organisations, transfers out and in).
    assert (few, queries()) == (10, 10)


def test_anonymous_clients_are_throttled(client, settings, practice_web):
    settings.API_THROTTLE_RATE = "2/minute"
    cache.clear()
    statuses = [client.get("/api/v1/themes/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    cache.clear()


def test_schema_documents_every_operation_with_its_errors(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT_LANGUAGE="pl").json()

    operations = {
        (path, method): operation
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    }
    kinds = ["cities", "events", "organisations", "practices", "programmes", "projects", "themes"]
    assert sorted(operations) == sorted(
        [(f"/api/v1/{kind}/{suffix}", "get") for kind in kinds for suffix in ("", "{slug}/")]
        + [("/api/v1/transfers/", "get"), ("/api/v1/transfers/{id}/", "get")]
    )
    practices = operations[("/api/v1/practices/", "get")]
    assert sorted(practices["responses"]) == ["200", "400", "404", "429"]
    assert sorted(parameter["name"] for parameter in practices["parameters"]) == [
        "city",
        "country",
        "organisation",
        "page",
        "page_size",
        "programme",
        "project",
        "q",
        "sort",
        "taken_up",
        "theme",
        "year",
    ]
    # In English whatever the client's language.
    assert {p["name"]: p.get("description") for p in practices["parameters"]}["city"] == "City"
    assert schema["info"]["license"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }


def test_error_messages_are_in_the_clients_language_polish_by_default(client):
    path = "/api/v1/events/?date_from=2019-13-01"
    assert get_json(client, path, status=400, language="pl") == {
        "date_from": ["Wpisz poprawną datę."]
    }
    assert client.get(path).json() == {"date_from": ["Wpisz poprawną datę."]}
    # Not kept by the page cache: the same address answers in each client's language.
    assert "Accept-Language" in client.get(path)["Vary"]
