"""Every public page costs a fixed number of SQL queries, however much content it shows or the
database holds.

One web of content is measured twice: at `FEW` units (a unit is a practice with its city, theme,
programme, project, partner, event and news item, and drafts of each beside them), then grown to
`MANY`, when lists fill more than a page and the first practice, project, partner and event each
have many more themes, partners, projects, practices, events, pictures, documents and links.
Each page must make exactly its number of queries at both sizes, within the budget of its kind.

A list counts its results by facet once per combination of filters and content generation
(portal/content/filtering.py): each page is measured first with those counts to make, then made
again with them kept, as its next page, other order or other language would be.
"""

import datetime
import re
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode

from events.models import EventKind
from portal.models import PublicationStatus
from portal.operations import caching
from projects.models import OrganisationKind, PartnerRole
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    CountryFactory,
    EventContactFactory,
    EventFactory,
    EventImageFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationContactFactory,
    OrganisationFactory,
    PageFactory,
    PartnershipFactory,
    PracticeContactFactory,
    PracticeDocumentFactory,
    PracticeImageFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectContactFactory,
    ProjectFactory,
    ThemeFactory,
    TransferFactory,
    png_file,
)

# Marked so that pytest-django sets the test database up; `page_queries` writes in it.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

FEW, MANY = 2, 16
FACET_COUNTS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "query-count-tests",
}
# Lists (search and the home page among them) and an object's page, at most.
LIST_BUDGET = 12
DETAIL_BUDGET = 15
DRAFT = PublicationStatus.DRAFT


class ContentWeb:
    """Published content in Polish and Czech cities, with drafts beside it, grown a unit at a time.

    Each unit adds a city, a theme and a programme (more facet choices), a practice, project,
    partner, event and news item, and ties the first of each to the new ones; every other unit
    puts its content in the first city and programme instead, so that their pages grow too.
    """

    def __init__(self):
        self.countries = [CountryFactory(code="PL"), CountryFactory(code="CZ")]
        self.page = PageFactory(slug="about")
        self.practices, self.projects, self.organisations, self.events = [], [], [], []
        self.cities, self.themes, self.programmes, self.news = [], [], [], []

    def grow(self, count):
        for _ in range(count):
            self.add_unit(len(self.practices))

    def add_unit(self, n):
        today = timezone.localdate()
        city = CityFactory(country=self.countries[n % 2])
        theme = ThemeFactory()
        programme = ProgrammeFactory()
        self.cities.append(city)
        self.themes.append(theme)
        self.programmes.append(programme)

        home = self.cities[0] if n % 2 else city
        organisation = OrganisationFactory(
            city=home, kind=[OrganisationKind.MUNICIPALITY, OrganisationKind.NGO][n % 2]
        )
        self.organisations.append(organisation)
        project = ProjectFactory(programme=self.programmes[0] if n % 2 else programme)
        self.projects.append(project)
        project.cities.add(city, self.cities[0])
        project.themes.add(theme, self.themes[0])
        PartnershipFactory(project=project, organisation=organisation, role=PartnerRole.LEAD)
        if n:
            PartnershipFactory(project=project, organisation=self.organisations[0])
            PartnershipFactory(project=self.projects[0], organisation=organisation)

        practice = GoodPracticeFactory(city=home, cover_image=png_file(), cover_image_alt="A")
        self.practices.append(practice)
        practice.themes.add(theme, self.themes[0])
        practice.projects.add(project, self.projects[0])
        practice.organisations.add(organisation, self.organisations[0])
        first = self.practices[0]
        first.themes.add(theme)
        first.projects.add(project)
        first.organisations.add(organisation)
        PracticeImageFactory(practice=first)
        PracticeDocumentFactory(practice=first)
        PracticeLinkFactory(practice=first)

        # Past and upcoming events by turns, so that the home page has both at both sizes.
        start = today + datetime.timedelta(days=30 if n % 2 else -30 - n)
        event = EventFactory(
            city=home,
            project=self.projects[0] if n % 2 else project,
            start_date=start,
            end_date=start + datetime.timedelta(days=2),
            kind=[EventKind.STUDY_VISIT, EventKind.CONFERENCE][n % 2],
        )
        self.events.append(event)
        event.practices.add(practice, first)
        event.organisations.add(organisation, self.organisations[0])
        self.events[0].practices.add(practice)
        self.events[0].organisations.add(organisation)
        EventImageFactory(event=self.events[0])

        # The first practice was taken up in each unit's city, through its events, and adapted
        # from a practice there; a draft transfer beside them.
        if n:
            taken_up = TransferFactory(source=first, city=city, organisation=organisation)
            taken_up.events.add(event, self.events[0])
            elsewhere = GoodPracticeFactory(city=city)
            TransferFactory(source=elsewhere, city=self.cities[0], adopted_practice=first)
            TransferFactory(source=first, city=city, status=DRAFT)

        # The first practice, project, partner and event each name a contact per unit, who
        # works at that unit's partner.
        contact = ContactPersonFactory(organisation=organisation)
        PracticeContactFactory(practice=first, contact=contact, position=n)
        ProjectContactFactory(project=self.projects[0], contact=contact, position=n)
        OrganisationContactFactory(organisation=self.organisations[0], contact=contact, position=n)
        EventContactFactory(event=self.events[0], contact=contact, position=n)

        self.news.append(
            NewsItemFactory(project=project, cover_image=png_file(), cover_image_alt="A")
        )

        # Drafts tied to the same rows: pages must neither show them nor pay for them.
        draft_organisation = OrganisationFactory(city=city, status=DRAFT)
        draft_project = ProjectFactory(programme=programme, status=DRAFT)
        draft_project.cities.add(city)
        PartnershipFactory(project=self.projects[0], organisation=draft_organisation)
        draft_practice = GoodPracticeFactory(city=city, status=DRAFT)
        draft_practice.themes.add(theme)
        draft_practice.projects.add(self.projects[0])
        first.projects.add(draft_project)
        first.organisations.add(draft_organisation)
        draft_event = EventFactory(city=city, project=self.projects[0], status=DRAFT)
        draft_event.practices.add(first)
        self.events[0].practices.add(draft_practice)
        NewsItemFactory(status=DRAFT)


# The filters of each list; `public_pages` gives each a value that keeps some of the content.
LIST_FILTERS = {
    "practices": (
        "programme",
        "project",
        "country",
        "city",
        "theme",
        "organisation",
        "taken_up",
        "year",
        "q",
    ),
    "projects": ("programme", "country", "city", "theme", "organisation", "period", "year", "q"),
    "partners": ("country", "city", "kind", "q"),
    "events": ("kind", "country", "city", "project", "when", "date_from", "date_to", "q"),
}
SORTS = ("newest", "title", "relevance")


def with_query(address, **parameters):
    return f"{address}?{urlencode(parameters)}"


def list_pages(name, address, values):
    """A list's addresses: bare, with each filter alone, with all of them, in each order, page 2."""
    filters = {key: values[key] for key in LIST_FILTERS[name]}
    return [
        (name, address),
        *[
            (f"{name} ?{key}", with_query(address, **{key: value}))
            for key, value in filters.items()
        ],
        (f"{name} every filter", with_query(address, **filters)),
        *[(f"{name} sort={sort}", with_query(address, sort=sort)) for sort in SORTS],
        (f"{name} page 2", with_query(address, page=2)),
    ]


def public_pages(web):
    """(name, address) of every kind of public page, lists with their filters and sorts."""
    practice, project, organisation = web.practices[0], web.projects[0], web.organisations[0]
    city, theme, programme, event = web.cities[0], web.themes[0], web.programmes[0], web.events[0]
    document = practice.documents.earliest("pk")
    shared = {
        "programme": programme.slug,
        "project": project.slug,
        "country": "pl",
        "city": city.slug,
        "theme": theme.slug,
        "organisation": organisation.slug,
        "year": 2019,
    }
    return [
        ("home", reverse("home")),
        ("search", with_query(reverse("search"), q="practice")),
        ("search page 2", with_query(reverse("search"), q="practice", page=2)),
        ("map", reverse("map")),
        *list_pages(
            "practices", reverse("practices:list"), {**shared, "taken_up": "yes", "q": "practice"}
        ),
        ("practices ?city=nowhere", with_query(reverse("practices:list"), city="nowhere")),
        ("practice", practice.get_absolute_url()),
        ("practice document", document.get_absolute_url()),
        *list_pages(
            "projects",
            reverse("projects:list"),
            {**shared, "period": "finished", "q": "project"},
        ),
        ("project", project.get_absolute_url()),
        *list_pages(
            "partners",
            reverse("partners:list"),
            {**shared, "kind": OrganisationKind.MUNICIPALITY, "q": "organisation"},
        ),
        ("partner", organisation.get_absolute_url()),
        *list_pages(
            "events",
            reverse("events:list"),
            {
                **shared,
                "kind": EventKind.STUDY_VISIT,
                "when": "past",
                "date_from": "2000-01-01",
                "date_to": "2100-12-31",
                "q": "event",
            },
        ),
        ("event", event.get_absolute_url()),
        ("news", reverse("news:list")),
        ("news page 2", with_query(reverse("news:list"), page=2)),
        ("news item", web.news[0].get_absolute_url()),
        ("page", web.page.get_absolute_url()),
        ("cities", reverse("cities:list")),
        ("city", city.get_absolute_url()),
        ("themes", reverse("themes:list")),
        ("theme", theme.get_absolute_url()),
        ("programmes", reverse("programmes:list")),
        ("programme", programme.get_absolute_url()),
        *[
            (f"{feed} {kind} feed", reverse(f"feeds:{feed}-{kind}"))
            for feed in ("practices", "projects", "partners", "events", "news")
            for kind in ("rss", "atom")
        ],
        ("practices rss feed ?theme", with_query(reverse("feeds:practices-rss"), theme=theme.slug)),
        ("events calendar", reverse("events:calendar")),
        ("event calendar file", reverse("events:ical", kwargs={"slug": event.slug})),
        ("sitemap", reverse("sitemap")),
        ("sitemap practices", reverse("sitemap-section", kwargs={"section": "practices"})),
        ("robots.txt", reverse("robots")),
        ("security.txt", reverse("security-txt")),
    ]


def queries_of(client, address):
    """The SQL of the queries of a page whose thumbnails exist: with no facet counts kept, and
    made again with them kept."""
    client.get(address)  # A first view; pictures cost none (tests/test_thumbnails.py).
    measured = []
    cache.clear()
    for _time in ("first", "again"):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(address)
        assert response.status_code == 200, address
        measured.append([query["sql"] for query in captured])
    return tuple(measured)


@pytest.fixture(scope="module")
def page_queries(django_db_setup, django_db_blocker, tmp_path_factory):
    """{page name: ((SQL of its first queries, again) at FEW, at MANY)}, measured once for the
    module's tests.

    The content is written in a transaction rolled back at the end, so no test sees it. The
    page cache is off: what is measured is what a page costs when it is made. The facet counts
    are kept in a memory cache of the module's own, under a generation read once (the clock
    stands still), as nothing is committed.
    """
    media = tmp_path_factory.mktemp("media")
    client = Client()

    def measure(web):
        # Each request activates its page's language: the addresses are made before any.
        with translation.override("en"):
            addresses = public_pages(web)
        return {name: queries_of(client, address) for name, address in addresses}

    with (
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=media / "public",
            PRIVATE_MEDIA_ROOT=media / "private",
            PAGE_CACHE_SECONDS=0,
            COUNTS_CACHE_SECONDS=600,
            CACHES={**settings.CACHES, "default": FACET_COUNTS_CACHE},
        ),
        mock.patch.object(caching, "monotonic", lambda: 1000.0),
        mock.patch.object(caching.page_changes, "read_at", None),
        transaction.atomic(),
    ):
        web = ContentWeb()
        web.grow(FEW)
        few = measure(web)
        web.grow(MANY - FEW)
        many = measure(web)
        transaction.set_rollback(True)
    return {name: (few[name], many[name]) for name in few}


def every_address_of(list_name, first, again, looked_up=()):
    """The queries of every address of a list that `list_pages` makes, first and again: one
    more for each value of a facet of many values (`looked_up`), checked by its slug."""
    more = {list_name: 0, f"{list_name} every filter": len(looked_up), f"{list_name} page 2": 0}
    more |= {f"{list_name} ?{key}": int(key in looked_up) for key in LIST_FILTERS[list_name]}
    more |= {f"{list_name} sort={sort}": 0 for sort in SORTS}
    return {name: (first + extra, again + extra) for name, extra in more.items()}


# The queries each page makes, and what for: a list's first and again (see the module's
# docstring), one number where they are the same. Every page that extends base.html also reads
# the pages linked from its footer: one query.
EXPECTED_QUERIES = {
    # Latest practices, upcoming and recent events, projects, programmes with their counts,
    # the number of cities on the map, the footer; again, the two counts are kept.
    "home": (7, 5),
    # The count, the ranked page, titles and snippets, the footer; again, the count is kept.
    "search": (4, 3),
    "search page 2": (4, 3),
    # Published practices, projects and events counted by city, the cities (each links its own
    # page, not its content), the footer.
    "map": 5,
    # The choices of 3 facets of few values; the number of results and all counts in one query,
    # the names of the most frequent values of 3 facets of many values (project, city,
    # organisation) in every language; the page, the footer. Again: the choices, the page, the
    # footer.
    **every_address_of("practices", 9, 5, looked_up=("project", "city", "organisation")),
    # A value the list does not offer: looked up, named in a message, and ignored.
    "practices ?city=nowhere": (10, 6),
    # The practice, its themes, pictures, documents, links, partners, projects and contact
    # persons (with their organisations); its events, similar practices, its transfers in and
    # out and their study visits, the footer.
    "practice": 15,
    # The practice, then the document.
    "practice document": 2,
    # The choices of 3 facets, the counts, the names of 2 facets' most frequent values (city,
    # partner), the page, the footer; again the choices, the page, the footer.
    **every_address_of("projects", 8, 5, looked_up=("city", "organisation")),
    # The project, its themes, cities and contact persons; partners, practices, events; the
    # footer.
    "project": 8,
    # The countries (a partner's kinds are fixed), the counts, the names of the most frequent
    # cities, the page, the footer; again the countries, the page, the footer.
    **every_address_of("partners", 5, 3, looked_up=("city",)),
    # The partner, its contact persons; its projects, practices, events; the footer.
    "partner": 6,
    # The countries (an event's kinds are fixed), the counts, the names of the most frequent
    # cities and projects, the page, the footer; again the countries, the page, the footer.
    **every_address_of("events", 6, 3, looked_up=("city", "project")),
    # The event, its pictures, partners, practices and contact persons; the footer.
    "event": 6,
    "news": 3,
    "news page 2": 3,
    "news item": 2,
    "page": 2,
    # As the map.
    "cities": 5,
    # The city; a few of its practices, projects, partners, events and the number of each; its
    # transfers in and out and their study visits.
    "city": 14,
    # Published practices and projects counted by theme, the themes, the footer.
    "themes": 4,
    "theme": 6,
    "programmes": 2,
    "programme": 6,
    **{
        f"{feed} {kind} feed": 1
        for feed in ("practices", "projects", "partners", "events", "news")
        for kind in ("rss", "atom")
    },
    # The choices of 3 facets of few values (programme, country, theme), the practices.
    "practices rss feed ?theme": 4,
    # The countries (the filter's choices; an event's kinds are fixed), the events.
    "events calendar": 2,
    "event calendar file": 1,
    # The index: how many items each section of content has and their last change, one query
    # a section (the lists' addresses make none).
    "sitemap": 9,
    # A page of a section: how many items and their last change, then the page's items.
    "sitemap practices": 2,
    "robots.txt": 0,
    "security.txt": 0,
}
DETAILS = {
    "practice",
    "practice document",
    "project",
    "partner",
    "event",
    "news item",
    "page",
    "city",
    "theme",
    "programme",
}


def test_every_public_page_is_measured(page_queries):
    assert set(page_queries) == set(EXPECTED_QUERIES)


@pytest.mark.parametrize("name", list(EXPECTED_QUERIES))
def test_queries_of_a_page_do_not_grow_with_the_content(page_queries, name):
    few, many = ([len(queries) for queries in measured] for measured in page_queries[name])
    expected = EXPECTED_QUERIES[name]
    first, again = expected if isinstance(expected, tuple) else (expected, expected)
    budget = DETAIL_BUDGET if name in DETAILS else LIST_BUDGET

    assert (few, many) == ([first, again], [first, again])
    assert max(many) <= budget


def test_no_page_asks_for_distinct_rows(page_queries):
    """DISTINCT over whole rows (texts in three languages) sorts or hashes all of them: filters
    through many-to-many relations are semi-joins, choices with content are EXISTS."""
    distinct = {
        name: query
        for name, (_few, many) in page_queries.items()
        for queries in many
        for query in queries
        if "SELECT DISTINCT" in query
    }

    assert distinct == {}


# Pages of cards (lists, the home page, a project's related lists) read only what a card shows
# (`for_cards()`): without it each row brings every long text in three languages and the stored
# search document. {page: the tables of its cards}; a facet's labels and a detail's own item are
# read whole.
CARD_PAGES = {
    "home": ["practices_goodpractice", "events_event", "projects_project"],
    "practices": ["practices_goodpractice"],
    "practices page 2": ["practices_goodpractice"],
    "projects": ["projects_project"],
    "events": ["events_event"],
    "project": ["practices_goodpractice", "events_event"],
}
LONG_COLUMNS = ["search_vector", "solution_en", "objectives_en", "agenda_en"]


@pytest.mark.parametrize("name", list(CARD_PAGES))
def test_cards_read_neither_long_texts_nor_search_documents(page_queries, name):
    _few, many = page_queries[name]
    unread = {f'"{table}"."{column}"' for table in CARD_PAGES[name] for column in LONG_COLUMNS}
    read = {
        query[:300]
        for queries in many
        for query in queries
        if any(column in query.split(" FROM ")[0] for column in unread)
    }

    assert read == set()


# A detail page shows its own item's long texts but never its search document; the rows it links
# to (themes, programme, organisations, projects, the practices of its transfers, the footer's
# pages) are read without theirs. {page: the long columns read, as "table"."column"}.
DETAIL_LONG_COLUMNS = {
    "practice": {'"practices_goodpractice"."solution_en"'},
    "project": {'"projects_project"."description_en"', '"projects_project"."objectives_en"'},
}
LONG_COLUMN = re.compile(
    r'[\w"]+\."(?:search_vector|description_en|solution_en|objectives_en|agenda_en|body_en)"'
)


@pytest.mark.parametrize("name", list(DETAIL_LONG_COLUMNS))
def test_details_read_only_their_own_long_texts(page_queries, name):
    _few, many = page_queries[name]
    for queries in many:
        read = [
            column for query in queries for column in LONG_COLUMN.findall(query.split(" FROM ")[0])
        ]

        # Each once: the item's own query, and no other.
        assert sorted(read) == sorted(DETAIL_LONG_COLUMNS[name])
