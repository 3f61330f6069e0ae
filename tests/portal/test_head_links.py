from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    PageFactory,
    png_file,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "cs": "cs_CZ", "en": "en_GB"}
SITE_NAMES = {
    "pl": "Dobre praktyki transgraniczne",
    "cs": "Přeshraniční dobré praxe",
    "en": "Cross-border good practices",
}


class HeadTags(HTMLParser):
    """The <link rel="canonical|alternate"> and <meta property|name> tags of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.in_head = False
        self.links = []
        self.metas = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif self.in_head and tag == "link" and attrs.get("rel") in ("canonical", "alternate"):
            self.links.append(attrs)
        elif self.in_head and tag == "meta" and attrs.get("name") != "viewport":
            if "charset" not in attrs:
                self.metas.append(attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def head_tags(response):
    assert response.status_code == 200
    parser = HeadTags()
    parser.feed(response.content.decode())
    return parser


def absolute(path):
    return f"http://testserver{path}"


def language_links(canonical, addresses):
    return [
        {"rel": "canonical", "href": canonical},
        *({"rel": "alternate", "hreflang": code, "href": addresses[code]} for code in LANGUAGES),
        {"rel": "alternate", "hreflang": "x-default", "href": addresses["en"]},
    ]


def open_graph(language, *, url, title, description, kind, image=None):
    """The og: tags in the order the base template writes them."""
    tags = [
        ("og:url", url),
        ("og:site_name", SITE_NAMES[language]),
        ("og:type", kind),
        ("og:title", title),
        ("og:description", description),
        ("og:locale", OPEN_GRAPH_LOCALES[language]),
        *(
            ("og:locale:alternate", OPEN_GRAPH_LOCALES[other])
            for other in LANGUAGES
            if other != language
        ),
        *(image or []),
    ]
    return [{"property": name, "content": content} for name, content in tags]


def with_site_name(title, language):
    return f"{title} · {SITE_NAMES[language]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_page_names_its_address_its_translations_and_its_picture(client, language):
    practice = GoodPracticeFactory(
        slug="park-and-ride",
        title="Park & ride",
        summary="Drivers leave cars at the border.",
        cover_image=png_file(),
        cover_image_alt="A car park",
    )
    addresses = {
        "pl": "http://testserver/pl/dobre-praktyki/park-and-ride/",
        "cs": "http://testserver/cs/dobre-praxe/park-and-ride/",
        "en": "http://testserver/en/good-practices/park-and-ride/",
    }

    tags = head_tags(client.get(addresses[language]))

    title = f"Park & ride [{language}]"
    assert tags.links == language_links(addresses[language], addresses)
    assert tags.metas == [
        {"name": "description", "content": f"Drivers leave cars at the border. [{language}]"},
        *open_graph(
            language,
            url=addresses[language],
            title=title,
            description=f"Drivers leave cars at the border. [{language}]",
            kind="article",
            image=[
                ("og:image", absolute(practice.cover_image.url)),
                ("og:image:alt", "A car park"),
            ],
        ),
    ]


PRACTICE_LISTS = {
    "pl": "http://testserver/pl/dobre-praktyki/",
    "cs": "http://testserver/cs/dobre-praxe/",
    "en": "http://testserver/en/good-practices/",
}
PRACTICE_LIST_TEXTS = {
    "pl": (
        "Dobre praktyki",
        "Dobre praktyki polsko-czeskiej współpracy transgranicznej: projekty, partnerzy, "
        "wizyty studyjne i staże.",
    ),
    "cs": (
        "Dobré praxe",
        "Dobré praxe česko-polské přeshraniční spolupráce: projekty, partneři, studijní cesty "
        "a stáže.",
    ),
    "en": (
        "Good practices",
        "Good practices of Polish-Czech cross-border cooperation: projects, partners, "
        "study visits and internships.",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_list_page_keeps_only_its_page_number_in_its_addresses(client, language):
    czech_city = CityFactory(country=CountryFactory(code="CZ"))
    GoodPracticeFactory.create_batch(13, city=czech_city)
    GoodPracticeFactory()  # in Poland: filtered out

    response = client.get(f"{PRACTICE_LISTS[language]}?country=cz&sort=title&q=practice&page=2")

    assert response.context["paginator"].count == 13
    tags = head_tags(response)
    addresses = {code: f"{address}?page=2" for code, address in PRACTICE_LISTS.items()}
    title, description = PRACTICE_LIST_TEXTS[language]
    assert [link for link in tags.links if "hreflang" in link or link["rel"] == "canonical"] == (
        language_links(addresses[language], addresses)
    )
    assert tags.metas == [
        {"name": "description", "content": description},
        *open_graph(
            language,
            url=addresses[language],
            title=with_site_name(title, language),
            description=description,
            kind="website",
        ),
    ]


def test_first_page_of_a_list_is_its_bare_address(client):
    GoodPracticeFactory()

    tags = head_tags(client.get(reverse("practices:list") + "?page=1&country=pl"))

    assert tags.links[0] == {"rel": "canonical", "href": absolute(reverse("practices:list"))}


def test_detail_page_address_drops_any_query_string(client):
    page = PageFactory()

    tags = head_tags(client.get(page.get_absolute_url() + "?page=3&utm_source=mail"))

    assert tags.links[0] == {"rel": "canonical", "href": absolute(page.get_absolute_url())}


def test_news_item_shares_its_cover_picture(client):
    news_item = NewsItemFactory(
        title="Agreement", cover_image=png_file(), cover_image_alt="Signing"
    )

    metas = head_tags(client.get(news_item.get_absolute_url())).metas

    assert {"property": "og:type", "content": "article"} in metas
    assert {"property": "og:title", "content": "Agreement [en]"} in metas
    assert {"property": "og:image", "content": absolute(news_item.cover_image.url)} in metas
    assert {"property": "og:image:alt", "content": "Signing"} in metas


def test_page_without_a_picture_has_no_og_image(client):
    practice = GoodPracticeFactory()

    metas = head_tags(client.get(practice.get_absolute_url())).metas

    assert [meta for meta in metas if meta.get("property", "").startswith("og:image")] == []


def test_home_page_is_a_website_named_after_the_portal(client):
    tags = head_tags(client.get(reverse("home")))

    assert tags.links[:2] == [
        {"rel": "canonical", "href": "http://testserver/en/"},
        {"rel": "alternate", "hreflang": "pl", "href": "http://testserver/pl/"},
    ]
    assert {"property": "og:type", "content": "website"} in tags.metas
    assert {"property": "og:title", "content": "Cross-border good practices"} in tags.metas


@pytest.mark.parametrize("query", ["", "?q=bikes"])
def test_search_page_is_not_indexed_and_names_no_address(client, query):
    tags = head_tags(client.get(reverse("search") + query))

    assert {"name": "robots", "content": "noindex"} in tags.metas
    assert [link for link in tags.links if "hreflang" in link or link["rel"] == "canonical"] == []
    assert [meta for meta in tags.metas if meta.get("property") == "og:url"] == []


def test_missing_page_is_not_indexed_and_names_no_address(client):
    response = client.get("/en/good-practices/none/")

    parser = HeadTags()
    parser.feed(response.content.decode())
    assert response.status_code == 404
    assert {"name": "robots", "content": "noindex"} in parser.metas
    assert [link for link in parser.links if link["rel"] == "canonical"] == []


def test_indexed_pages_carry_no_robots_meta(client):
    metas = head_tags(client.get(reverse("home"))).metas

    assert [meta for meta in metas if meta.get("name") == "robots"] == []


def test_pages_name_the_site_icon_and_browsers_find_it_at_the_root(client):
    """Browsers ask for /favicon.ico when a page names no icon (feeds, the admin, the 500 page)."""
    page = client.get("/en/").content.decode()
    icon = client.get("/favicon.ico")

    assert '<link rel="icon" href="/static/portal/favicon.svg" type="image/svg+xml">' in page
    assert finders.find("portal/favicon.svg")
    assert (icon.status_code, icon["Content-Type"]) == (200, "image/x-icon")
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"
