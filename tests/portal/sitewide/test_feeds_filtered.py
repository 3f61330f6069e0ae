"""Feeds filtered as their lists are: the same FilterSet over the same published rows."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from events.models import EventKind
from portal.models import PublicationStatus
from projects.models import OrganisationKind
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def absolute(path):
    return f"http://testserver{path}"


def rss_links(response):
    return [item.findtext("link") for item in ET.fromstring(response.content).iter("item")]


def atom_links(response):
    feed = ET.fromstring(response.content)
    return [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]


def listed_links(client, list_name, query):
    page = client.get(reverse(list_name), query)
    return sorted(absolute(row.get_absolute_url()) for row in page.context["object_list"])


@pytest.fixture
def mobility():
    return ThemeFactory(slug="mobility", name_en="Mobility")


@pytest.fixture
def practices_on_mobility(mobility):
    on_theme = GoodPracticeFactory.create_batch(3)
    for practice in on_theme:
        practice.themes.add(mobility)
    draft = GoodPracticeFactory(status=PublicationStatus.DRAFT)
    draft.themes.add(mobility)
    GoodPracticeFactory.create_batch(2)  # on no theme
    return on_theme


@pytest.mark.parametrize(("kind", "links_of"), [("rss", rss_links), ("atom", atom_links)])
def test_practice_feed_by_theme_holds_exactly_what_the_list_shows(
    client, practices_on_mobility, kind, links_of
):
    response = client.get(reverse(f"feeds:practices-{kind}"), {"theme": "mobility"})

    expected = sorted(absolute(practice.get_absolute_url()) for practice in practices_on_mobility)
    assert sorted(links_of(response)) == expected
    assert listed_links(client, "practices:list", {"theme": "mobility"}) == expected


def test_filtered_feed_names_its_filters_and_links_to_the_filtered_list(
    client, practices_on_mobility
):
    response = client.get(reverse("feeds:practices-rss"), {"theme": "mobility", "page": "2"})

    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Good practices: Mobility · Cross-border good practices"
    assert channel.findtext("description") == (
        "The good practices of cross-border cooperation most recently published. "
        "Filters: Theme: Mobility."
    )
    assert channel.findtext("link") == absolute("/en/good-practices/?theme=mobility")


def test_filtered_feed_is_titled_in_the_visitors_language(client, practices_on_mobility):
    with translation.override("pl"):
        response = client.get(reverse("feeds:practices-atom"), {"theme": "mobility"})

    feed = ET.fromstring(response.content)
    theme = practices_on_mobility[0].themes.get()
    assert feed.findtext(f"{ATOM}title") == (
        f"Dobre praktyki: {theme.name_pl} · Dobre praktyki transgraniczne"
    )


def test_a_bad_filter_value_is_ignored_as_the_list_ignores_it(client, practices_on_mobility):
    response = client.get(reverse("feeds:practices-rss"), {"theme": "nonsense", "year": "x"})

    assert response.status_code == 200
    assert len(rss_links(response)) == 5
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Good practices · Cross-border good practices"
    assert channel.findtext("link") == absolute("/en/good-practices/")


def test_event_feed_by_kind_and_country_holds_exactly_what_the_list_shows(client):
    czech = CityFactory(country=CountryFactory(code="CZ"))
    visits = EventFactory.create_batch(2, city=czech)
    EventFactory(city=czech, kind=EventKind.INTERNSHIP)
    EventFactory(city=czech, status=PublicationStatus.DRAFT)
    EventFactory(city=CityFactory())
    query = {"kind": "study_visit", "country": "cz"}

    response = client.get(reverse("feeds:events-rss"), query)

    expected = sorted(absolute(event.get_absolute_url()) for event in visits)
    assert sorted(rss_links(response)) == expected
    assert listed_links(client, "events:list", query) == expected


def test_project_feed_by_programme_holds_exactly_what_the_list_shows(client):
    interreg = ProgrammeFactory(slug="interreg")
    projects = ProjectFactory.create_batch(2, programme=interreg)
    ProjectFactory(programme=interreg, status=PublicationStatus.DRAFT)
    ProjectFactory()

    response = client.get(reverse("feeds:projects-atom"), {"programme": "interreg"})

    expected = sorted(absolute(project.get_absolute_url()) for project in projects)
    assert sorted(atom_links(response)) == expected
    assert listed_links(client, "projects:list", {"programme": "interreg"}) == expected


def test_partner_feed_by_kind_holds_exactly_what_the_list_shows_with_kind_and_city(client):
    opole = CityFactory(name_en="Opole")
    association = OrganisationFactory(kind=OrganisationKind.MUNICIPAL_ASSOCIATION, city=opole)
    OrganisationFactory(kind=OrganisationKind.MUNICIPAL_ASSOCIATION, status=PublicationStatus.DRAFT)
    OrganisationFactory()

    response = client.get(reverse("feeds:partners-rss"), {"kind": "association"})

    (item,) = ET.fromstring(response.content).iter("item")
    assert item.findtext("link") == absolute(association.get_absolute_url())
    assert item.findtext("title") == association.name_en
    assert item.findtext("description") == "Association of municipalities · Opole"
    assert listed_links(client, "partners:list", {"kind": "association"}) == [
        absolute(association.get_absolute_url())
    ]


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("feeds:projects-rss", "/en/feeds/projects/rss/"),
        ("feeds:partners-atom", "/en/feeds/partners/atom/"),
    ],
)
def test_project_and_partner_feed_addresses(name, path):
    assert reverse(name) == path
    assert resolve(path).view_name == name


def test_list_links_its_feeds_with_the_valid_filters_only(client, practices_on_mobility):
    response = client.get(
        reverse("practices:list"),
        {"theme": "mobility", "year": "bad", "page": "1", "sort": "title"},
    )

    html = response.content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Good practices (RSS)" '
        'href="/en/feeds/good-practices/rss/?theme=mobility">'
    ) in html
    assert (
        '<a href="/en/feeds/good-practices/rss/?theme=mobility" type="application/rss+xml">RSS</a>'
        ' · <a href="/en/feeds/good-practices/atom/?theme=mobility" type="application/atom+xml">'
        "Atom</a>"
    ) in html
    assert "Set-Cookie" not in response


def feed_link_pairs(title, feed, query):
    rss, atom = f"/en/feeds/{feed}/rss/?{query}", f"/en/feeds/{feed}/atom/?{query}"
    return [
        f'<link rel="alternate" type="application/rss+xml" title="{title} (RSS)" href="{rss}">',
        f'<link rel="alternate" type="application/atom+xml" title="{title} (Atom)" href="{atom}">',
        f'<a href="{rss}" type="application/rss+xml">RSS<span class="visually-hidden"> – {title}',
        f'<a href="{atom}" type="application/atom+xml">Atom<span class="visually-hidden"> – '
        f"{title}",
    ]


def test_city_page_links_its_feeds(client):
    CityFactory(slug="opole", name_en="Opole")

    html = client.get("/en/cities/opole/").content.decode()

    for title, feed in [
        ("Good practices: Opole", "good-practices"),
        ("Projects: Opole", "projects"),
        ("Partners: Opole", "partners"),
        ("Study visits, internships and events: Opole", "events"),
    ]:
        for link in feed_link_pairs(title, feed, "city=opole"):
            assert link in html


def test_theme_page_links_its_feeds(client, mobility):
    html = client.get("/en/themes/mobility/").content.decode()

    for title, feed in [
        ("Good practices: Mobility", "good-practices"),
        ("Projects: Mobility", "projects"),
    ]:
        for link in feed_link_pairs(title, feed, "theme=mobility"):
            assert link in html
    assert "/en/feeds/events/" not in html


def test_programme_page_links_its_feeds(client):
    ProgrammeFactory(slug="interreg", short_name_en="Interreg")

    html = client.get("/en/programmes/interreg/").content.decode()

    for title, feed in [
        ("Projects: Interreg", "projects"),
        ("Good practices: Interreg", "good-practices"),
    ]:
        for link in feed_link_pairs(title, feed, "programme=interreg"):
            assert link in html
