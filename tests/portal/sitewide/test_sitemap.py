import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import resolve, reverse
from django.utils import timezone, translation

from portal.content.services import publishable_unpublish
from portal.models import PublicationStatus
from portal.sitewide.sitemaps import TranslatedSitemap
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PageFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}
STATIC_PAGES = [
    "home",
    "practices:list",
    "projects:list",
    "partners:list",
    "events:list",
    "news:list",
    "cities:list",
    "themes:list",
    "programmes:list",
    "map",
    "opendata:page",
    "privacy",
    "accessibility",
]


def in_every_language(address):
    """{language: absolute address}, `address` being a callable run in each language."""
    addresses = {}
    for language in LANGUAGES:
        with translation.override(language):
            addresses[language] = f"http://testserver{address()}"
    return addresses


def parsed(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def sitemap_pages(client):
    """The addresses of the sitemaps that the index at /sitemap.xml lists, in its order."""
    index = parsed(client.get("/sitemap.xml"))
    return [each.text for each in index.findall("s:sitemap/s:loc", NAMESPACES)]


def sitemap_urls(client, address):
    """The <url> elements of one sitemap page."""
    return parsed(client.get(address)).findall("s:url", NAMESPACES)


def sitemap_entries(client):
    """{<loc>: ({hreflang: href}, <lastmod> or None)} of every page of the sitemap; each address
    must be listed once."""
    entries = {}
    for page in sitemap_pages(client):
        for url in sitemap_urls(client, page):
            alternates = {
                link.get("hreflang"): link.get("href")
                for link in url.findall("x:link[@rel='alternate']", NAMESPACES)
            }
            lastmod = url.find("s:lastmod", NAMESPACES)
            location = url.find("s:loc", NAMESPACES).text
            assert location not in entries
            entries[location] = (alternates, lastmod.text if lastmod is not None else None)
    return entries


def expected_entries(addresses, lastmod=None):
    """Each language's address as an entry listing all three and English as x-default."""
    alternates = {**addresses, "x-default": addresses["en"]}
    return dict.fromkeys(addresses.values(), (alternates, lastmod))


def test_sitemap_addresses_resolve_outside_the_language_prefixes():
    assert reverse("sitemap") == "/sitemap.xml"
    assert resolve("/sitemap.xml").url_name == "sitemap"
    assert reverse("sitemap-section", kwargs={"section": "practices"}) == "/sitemap-practices.xml"
    assert resolve("/sitemap-practices.xml").url_name == "sitemap-section"


def test_sitemap_is_an_index_of_a_sitemap_per_section(client):
    assert sitemap_pages(client) == [
        f"http://testserver/sitemap-{section}.xml"
        for section in (
            "static",
            "practices",
            "projects",
            "partners",
            "events",
            "pages",
            "news",
            "cities",
            "themes",
            "programmes",
        )
    ]


def test_index_gives_each_section_its_last_change(client):
    practice = GoodPracticeFactory()
    GoodPracticeFactory(status=PublicationStatus.DRAFT)
    type(practice).objects.filter(pk=practice.pk).update(
        updated_at=datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC)
    )

    index = parsed(client.get("/sitemap.xml"))

    lastmods = {
        each.find("s:loc", NAMESPACES).text: each.find("s:lastmod", NAMESPACES)
        for each in index.findall("s:sitemap", NAMESPACES)
    }
    assert lastmods["http://testserver/sitemap-practices.xml"].text == "2024-03-09T13:00:00+01:00"
    # In the time zone of the portal; nothing published, or no date of the last change: none.
    assert lastmods["http://testserver/sitemap-projects.xml"] is None
    assert lastmods["http://testserver/sitemap-cities.xml"] is None


def test_long_sections_are_split_into_pages_that_list_each_address_once(client, monkeypatch):
    monkeypatch.setattr(TranslatedSitemap, "limit", 4)
    practices = GoodPracticeFactory.create_batch(5)
    GoodPracticeFactory(status=PublicationStatus.DRAFT, slug="a-draft")
    section = "http://testserver/sitemap-practices.xml"

    pages = [page for page in sitemap_pages(client) if page.startswith(section)]
    listed = [
        url.find("s:loc", NAMESPACES).text for page in pages for url in sitemap_urls(client, page)
    ]

    # Five practices in three languages: 15 addresses, four a page.
    assert pages == [section, f"{section}?p=2", f"{section}?p=3", f"{section}?p=4"]
    assert [len(sitemap_urls(client, page)) for page in pages] == [4, 4, 4, 3]
    assert sorted(listed) == sorted(
        address
        for practice in practices
        for address in in_every_language(practice.get_absolute_url).values()
    )
    assert client.get(f"{section}?p=5").status_code == 404


def test_a_sitemap_page_costs_two_queries_however_many_items(client, django_assert_num_queries):
    GoodPracticeFactory.create_batch(2)
    # How many practices there are and their last change; the page's practices, without texts.
    with django_assert_num_queries(2):
        assert len(sitemap_urls(client, "/sitemap-practices.xml")) == 6
    GoodPracticeFactory.create_batch(8)

    with django_assert_num_queries(2):
        assert len(sitemap_urls(client, "/sitemap-practices.xml")) == 30


def content(status):
    """A city, and one of each kind of content with a publication status, all in `status`."""
    city = CityFactory()
    programme = ProgrammeFactory(status=status)
    return city, [
        programme,
        GoodPracticeFactory(city=city, status=status),
        ProjectFactory(programme=programme, status=status),
        OrganisationFactory(city=city, status=status),
        EventFactory(city=city, status=status),
        PageFactory(status=status),
        NewsItemFactory(status=status),
    ]


def test_sitemap_lists_every_published_page_in_every_language_and_no_draft(client):
    theme = ThemeFactory()
    city, published = content(PublicationStatus.PUBLISHED)
    _city_of_drafts, _drafts = content(PublicationStatus.DRAFT)

    expected = {}
    for name in STATIC_PAGES:
        expected |= expected_entries(in_every_language(lambda name=name: reverse(name)))
    for obj in published:
        expected |= expected_entries(
            in_every_language(obj.get_absolute_url),
            lastmod=timezone.localdate(obj.updated_at).isoformat(),
        )
    # Cities and themes have no publication status, nor a date of their last change; a city
    # appears once something is published there.
    for obj in (city, theme):
        expected |= expected_entries(in_every_language(obj.get_absolute_url))

    entries = sitemap_entries(client)

    assert entries == expected
    assert len(entries) == 3 * (len(STATIC_PAGES) + len(published) + 2)


def test_sitemap_without_content_lists_the_static_pages(client):
    entries = sitemap_entries(client)

    assert set(entries) == {
        address
        for name in STATIC_PAGES
        for address in in_every_language(lambda name=name: reverse(name)).values()
    }


def test_sitemap_lastmod_is_the_last_change_not_the_first_publication(client):
    practice = GoodPracticeFactory()
    type(practice).objects.filter(pk=practice.pk).update(
        published_at=datetime.datetime(2019, 5, 1, 12, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC),
    )

    entries = sitemap_entries(client)

    assert entries[f"http://testserver{practice.get_absolute_url()}"][1] == "2024-03-09"


def test_unpublished_practice_leaves_the_sitemap(client, editor):
    practice = GoodPracticeFactory()
    publishable_unpublish(queryset=type(practice).objects.filter(pk=practice.pk), by=editor)

    entries = sitemap_entries(client)

    assert not set(in_every_language(practice.get_absolute_url).values()) & set(entries)


def test_sitemap_addresses_take_the_host_and_scheme_of_the_request(client, settings):
    # Without django.contrib.sites, Django's RequestSite gives the domain.
    assert "django.contrib.sites" not in settings.INSTALLED_APPS
    settings.ALLOWED_HOSTS = ["portal.example.org"]

    index = client.get("/sitemap.xml", HTTP_HOST="portal.example.org", secure=True)
    static = client.get("/sitemap-static.xml", HTTP_HOST="portal.example.org", secure=True)

    assert b"<loc>https://portal.example.org/sitemap-static.xml</loc>" in index.content
    assert b"<loc>https://portal.example.org/pl/</loc>" in static.content


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /pl/admin/\n"
        "Disallow: /pl/szukaj/\n"
        "Disallow: /cs/admin/\n"
        "Disallow: /cs/hledat/\n"
        "Disallow: /en/admin/\n"
        "Disallow: /en/search/\n"
        "\n"
        "Sitemap: http://testserver/sitemap.xml\n"
    )
