"""A page that meets a row whose slug no address can hold (written past the constraints: before
them, by a restore, with them dropped) skips that row with a warning instead of failing whole."""

import pytest
from django.db import connection
from django.urls import reverse

from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)
from tests.support.pages import ContentWeb

pytestmark = pytest.mark.django_db


def give_bad_slug(row):
    """Drop the table's slug constraint and write a slug no address can hold; the test's
    transaction rolls both back (DDL is transactional in PostgreSQL)."""
    table = row._meta.db_table
    with connection.cursor() as cursor:
        # ALTER TABLE may not wait behind the foreign-key checks the factories' rows deferred.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{table}_slug_format"')
        cursor.execute(
            f'UPDATE "{table}" SET slug = %s WHERE id = %s', [f"bad slug {row.pk}", row.pk]
        )
    row.refresh_from_db()
    return row


@pytest.fixture
def web():
    """Published content around Opole, then one published row of each kind with a bad slug,
    linked to the good ones where pages show them together."""
    web = ContentWeb()
    web.grow(2)
    practice, project = web.practices[0], web.projects[0]
    web.bad = {
        "practice": GoodPracticeFactory(city=web.city, cover_image=None, title="Broken practice"),
        "project": ProjectFactory(programme=web.programme, title="Broken project"),
        "organisation": OrganisationFactory(city=web.city, name="Broken organisation"),
        "event": EventFactory(city=web.city, title="Broken event"),
        "news": NewsItemFactory(title="Broken news"),
        "programme": ProgrammeFactory(name="Broken programme", short_name="Broken programme"),
        "theme": ThemeFactory(name="Broken theme"),
        "city": CityFactory(country=web.city.country, name="Broken city"),
    }
    bad = web.bad
    bad["practice"].themes.add(web.theme)
    bad["project"].cities.add(web.city)
    bad["project"].themes.add(web.theme)
    practice.themes.add(bad["theme"])
    practice.projects.add(bad["project"])
    practice.organisations.add(bad["organisation"])
    project.themes.add(bad["theme"])
    project.cities.add(bad["city"])  # Content in the city: the map and the sitemap list it.
    PartnershipFactory(project=project, organisation=bad["organisation"])
    PartnershipFactory(project=bad["project"], organisation=web.organisations[0])
    web.events[0].practices.add(bad["practice"])
    web.events[0].organisations.add(bad["organisation"])
    for row in bad.values():
        give_bad_slug(row)
    return web


def skipped(caplog):
    """(model, pk) of each row a page skipped, from the warnings."""
    return {
        tuple(record.args[:2])
        for record in caplog.records
        if record.name == "portal.db.addresses" and record.levelname == "WARNING"
    }


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def label(row):
    return (row._meta.label, row.pk)


def pages(web):
    """(name, address, the slugs of good rows it must show, the kinds of bad rows it skips) of
    every page that lists content; a page skips the rows it lists and those its filters offer."""
    practices = [row.slug for row in web.practices]
    projects = [row.slug for row in web.projects]
    organisations = [row.slug for row in web.organisations]
    events = [row.slug for row in web.events]
    city, theme, programme = web.city.slug, web.theme.slug, web.programme.slug
    practice, project, event = web.practices[0], web.projects[0], web.events[0]
    filters = {"theme", "programme"}

    def download(name, file_format):
        return reverse("opendata:download", args=[name, file_format])

    return [
        ("home", reverse("home"), practices, {"practice", "project", "event"}),
        (
            "practices",
            reverse("practices:list"),
            practices,
            {"practice", "project", "organisation"} | filters,
        ),
        (
            "practice",
            practice.get_absolute_url(),
            [city, theme],
            {"practice", "theme", "project", "organisation"},
        ),
        (
            "projects",
            reverse("projects:list"),
            projects,
            {"project", "organisation", "city"} | filters,
        ),
        (
            "project",
            project.get_absolute_url(),
            [city, theme, programme],
            {"theme", "city", "organisation"},
        ),
        ("partners", reverse("partners:list"), organisations, {"organisation"}),
        ("partner", web.organisations[0].get_absolute_url(), [project.slug], {"project"}),
        ("events", reverse("events:list"), events, {"event"}),
        ("event", event.get_absolute_url(), [practice.slug], {"practice", "organisation"}),
        ("news", reverse("news:list"), [], {"news"}),
        ("themes", reverse("themes:list"), [theme], {"theme"}),
        ("programmes", reverse("programmes:list"), [programme], {"programme"}),
        (
            "city",
            web.city.get_absolute_url(),
            practices + projects + organisations + events,
            {"practice", "project", "organisation", "event"},
        ),
        ("theme", web.theme.get_absolute_url(), practices + projects, {"practice", "project"}),
        ("programme", web.programme.get_absolute_url(), projects, {"project"}),
        ("map", reverse("map"), [city], {"city"}),
        (
            "search",
            reverse("search") + "?q=broken",
            [],
            {"practice", "project", "organisation", "event"},
        ),
        ("practices feed", reverse("feeds:practices-rss"), practices, {"practice"}),
        ("events feed", reverse("feeds:events-atom"), events, {"event"}),
        ("news feed", reverse("feeds:news-rss"), [], {"news"}),
        ("sitemap of practices", "/sitemap-practices.xml", practices, {"practice"}),
        ("sitemap of projects", "/sitemap-projects.xml", projects, {"project"}),
        ("sitemap of partners", "/sitemap-partners.xml", organisations, {"organisation"}),
        ("sitemap of events", "/sitemap-events.xml", events, {"event"}),
        ("sitemap of news", "/sitemap-news.xml", [], {"news"}),
        ("sitemap of cities", "/sitemap-cities.xml", [city], {"city"}),
        ("sitemap of themes", "/sitemap-themes.xml", [theme], {"theme"}),
        ("sitemap of programmes", "/sitemap-programmes.xml", [programme], {"programme"}),
        ("practices CSV", download("practices", "csv"), practices, {"practice"} | filters),
        ("projects JSON", download("projects", "json"), projects, {"project"} | filters),
        ("partners CSV", download("partners", "csv"), organisations, {"organisation"}),
        ("events JSON", download("events", "json"), events, {"event"}),
        ("news CSV", download("news", "csv"), [], {"news"}),
        (
            "API practices",
            "/api/v1/practices/",
            practices,
            {"practice", "theme", "project", "organisation", "programme"},
        ),
        (
            "API projects",
            "/api/v1/projects/",
            projects,
            {"project", "theme", "city", "organisation", "programme"},
        ),
        ("API organisations", "/api/v1/organisations/", organisations, {"organisation"}),
        ("API events", "/api/v1/events/", events, {"event", "practice", "organisation"}),
        ("API programmes", "/api/v1/programmes/", [programme], {"programme"}),
        ("API cities", "/api/v1/cities/", [city], {"city"}),
        ("API themes", "/api/v1/themes/", [theme], {"theme"}),
    ]


def test_every_listing_skips_the_rows_whose_slug_has_no_address_and_names_them_in_the_log(
    client, web, caplog
):
    for name, address, good_slugs, bad_kinds in pages(web):
        caplog.clear()
        response = client.get(address)
        content = body(response)

        assert response.status_code == 200, name
        assert [slug for slug in good_slugs if slug not in content] == [], name
        assert [kind for kind, row in web.bad.items() if row.slug in content] == [], name
        assert skipped(caplog) == {label(web.bad[kind]) for kind in bad_kinds}, name


def test_the_warning_says_which_row_and_what_to_do(client, web, caplog):
    practice = web.bad["practice"]

    client.get(reverse("feeds:practices-rss"))

    assert [record.getMessage() for record in caplog.records] == [
        f"Skipped practices.GoodPractice {practice.pk}: its slug 'bad slug {practice.pk}' cannot "
        "be part of a page address; correct it in the admin."
    ]


def test_a_page_whose_city_programme_or_project_has_a_bad_slug_names_it_without_a_link(
    client, caplog
):
    city = CityFactory(name="Broken city")
    programme = ProgrammeFactory(short_name="Broken programme", name="Broken programme")
    project = ProjectFactory(programme=programme, title="Broken project")
    practice = GoodPracticeFactory(city=city, cover_image=None)
    event = EventFactory(city=city, project=project)
    organisation = OrganisationFactory(city=city)
    own_project = ProjectFactory(programme=programme)
    news = NewsItemFactory(project=project)
    for row in (city, programme, project):
        give_bad_slug(row)
    shown = {
        practice.get_absolute_url(): [city],
        event.get_absolute_url(): [city, project],
        organisation.get_absolute_url(): [city],
        own_project.get_absolute_url(): [programme],
        news.get_absolute_url(): [project],
    }

    for address, rows in shown.items():
        caplog.clear()
        response = client.get(address)
        content = body(response)

        assert response.status_code == 200, address
        assert [str(row) in content for row in rows] == [True] * len(rows), address
        assert [row.slug in content for row in rows] == [False] * len(rows), address
        assert skipped(caplog) == {label(row) for row in rows}, address
