import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.support.factories import EventFactory, GoodPracticeFactory, NewsItemFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEEDS = [
    ("practices", GoodPracticeFactory, "practices:list"),
    ("events", EventFactory, "events:list"),
    ("news", NewsItemFactory, "news:list"),
]
FEED_NAMES = [name for name, _factory, _list in FEEDS]


def published_on(day, **kwargs):
    """`published_at` and `updated_at` for an object first published on `day` of May 2024."""
    moment = datetime.datetime(2024, 5, day, 10, tzinfo=datetime.UTC)
    return {"published_at": moment, "updated_at": moment + datetime.timedelta(hours=1), **kwargs}


def three_published_and_a_draft(factory):
    """The published objects newest first, and a draft, each with its publication date."""
    middle, newest, oldest = (factory() for _ in range(3))
    draft = factory(title="Draft", status=PublicationStatus.DRAFT)
    model = type(middle)
    for obj, day in [(oldest, 1), (middle, 2), (newest, 3)]:
        model.objects.filter(pk=obj.pk).update(**published_on(day))
        obj.refresh_from_db()
    return [newest, middle, oldest], draft


def absolute(path):
    return f"http://testserver{path}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FEED_NAMES)
def test_feed_addresses_are_under_the_language_prefix(language, name):
    with translation.override(language):
        for kind in ("rss", "atom"):
            path = reverse(f"feeds:{name}-{kind}")

            assert path.startswith(f"/{language}/")
            assert path.endswith(f"/{kind}/")
            assert resolve(path).view_name == f"feeds:{name}-{kind}"


def test_english_feed_addresses():
    assert reverse("feeds:practices-rss") == "/en/feeds/good-practices/rss/"
    assert reverse("feeds:events-atom") == "/en/feeds/events/atom/"
    assert reverse("feeds:news-rss") == "/en/feeds/news/rss/"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "factory", "list_name"), FEEDS)
def test_rss_feed_has_exactly_the_published_items_newest_first_in_the_language(
    client, language, name, factory, list_name
):
    published, _draft = three_published_and_a_draft(factory)

    with translation.override(language):
        response = client.get(reverse(f"feeds:{name}-rss"))
        links = [absolute(obj.get_absolute_url()) for obj in published]
        list_url = absolute(reverse(list_name))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    assert channel.findtext("link") == list_url
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        getattr(obj, f"title_{language}") for obj in published
    ]
    assert [item.findtext("link") for item in items] == links
    assert [item.findtext("guid") for item in items] == links
    assert [item.findtext("description") for item in items] == [
        getattr(obj, f"summary_{language}") for obj in published
    ]
    assert [item.findtext("pubDate") for item in items] == [
        "Fri, 03 May 2024 10:00:00 +0000",
        "Thu, 02 May 2024 10:00:00 +0000",
        "Wed, 01 May 2024 10:00:00 +0000",
    ]
    assert b"Draft" not in response.content


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "factory", "list_name"), FEEDS)
def test_atom_feed_has_exactly_the_published_items_newest_first_in_the_language(
    client, language, name, factory, list_name
):
    published, _draft = three_published_and_a_draft(factory)

    with translation.override(language):
        response = client.get(reverse(f"feeds:{name}-atom"))
        links = [absolute(obj.get_absolute_url()) for obj in published]

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.get(XML_LANG) == language
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        getattr(obj, f"title_{language}") for obj in published
    ]
    assert [entry.find(f"{ATOM}link").get("href") for entry in entries] == links
    assert [entry.findtext(f"{ATOM}summary") for entry in entries] == [
        getattr(obj, f"summary_{language}") for obj in published
    ]
    assert [entry.findtext(f"{ATOM}published") for entry in entries] == [
        "2024-05-03T10:00:00+00:00",
        "2024-05-02T10:00:00+00:00",
        "2024-05-01T10:00:00+00:00",
    ]
    assert [entry.findtext(f"{ATOM}updated") for entry in entries] == [
        "2024-05-03T11:00:00+00:00",
        "2024-05-02T11:00:00+00:00",
        "2024-05-01T11:00:00+00:00",
    ]
    assert b"Draft" not in response.content


def test_feed_titles_and_descriptions_are_in_the_visitors_language(client):
    with translation.override("cs"):
        rss = ET.fromstring(client.get(reverse("feeds:news-rss")).content).find("channel")
        atom = ET.fromstring(client.get(reverse("feeds:news-atom")).content)

    # The Czech catalogue translates the site's name; the new feed texts may still be English.
    assert rss.findtext("title").endswith(" · Přeshraniční dobré praxe")
    assert atom.findtext(f"{ATOM}title") == rss.findtext("title")
    assert atom.findtext(f"{ATOM}subtitle") == rss.findtext("description")


def test_feed_text_is_plain_text_escaped_for_readers_that_read_it_as_html(client):
    GoodPracticeFactory(
        title_en='Bikes & "buses" <script>', summary_en="Fast <b>and</b> cheap & clean"
    )

    rss = client.get(reverse("feeds:practices-rss"))
    atom = client.get(reverse("feeds:practices-atom"))

    rss_item = ET.fromstring(rss.content).find("channel/item")
    assert rss_item.findtext("title") == "Bikes &amp; &quot;buses&quot; &lt;script&gt;"
    assert rss_item.findtext("description") == "Fast &lt;b&gt;and&lt;/b&gt; cheap &amp; clean"
    atom_entry = ET.fromstring(atom.content).find(f"{ATOM}entry")
    # Atom titles are text; its summaries are declared HTML.
    assert atom_entry.findtext(f"{ATOM}title") == 'Bikes & "buses" <script>'
    assert atom_entry.find(f"{ATOM}summary").get("type") == "html"
    assert atom_entry.findtext(f"{ATOM}summary") == "Fast &lt;b&gt;and&lt;/b&gt; cheap &amp; clean"
    assert b"<script>" not in rss.content + atom.content


def test_feed_holds_the_twenty_latest(client):
    for day in range(1, 23):
        GoodPracticeFactory(slug=f"day-{day:02}", **published_on(day))

    items = ET.fromstring(client.get(reverse("feeds:practices-rss")).content).findall(
        "channel/item"
    )

    assert [item.findtext("link").split("/")[-2] for item in items] == [
        f"day-{day:02}" for day in range(22, 2, -1)
    ]


def test_empty_feed_is_valid(client):
    response = client.get(reverse("feeds:events-atom"))

    assert response.status_code == 200
    assert ET.fromstring(response.content).findall(f"{ATOM}entry") == []


# Where the feeds are advertised


def feed_head_links(name):
    rss, atom = reverse(f"feeds:{name}-rss"), reverse(f"feeds:{name}-atom")
    title = {
        "practices": "Good practices",
        "events": "Study visits, internships and events",
        "projects": "Projects",
        "partners": "Partners",
    }.get(name, "News")
    return [
        f'<link rel="alternate" type="application/rss+xml" title="{title} (RSS)" href="{rss}">',
        f'<link rel="alternate" type="application/atom+xml" title="{title} (Atom)" href="{atom}">',
    ]


def visible_feed_links(name):
    rss, atom = reverse(f"feeds:{name}-rss"), reverse(f"feeds:{name}-atom")
    return (
        f'<a href="{rss}" type="application/rss+xml">RSS</a> · '
        f'<a href="{atom}" type="application/atom+xml">Atom</a>'
    )


def head_of(response):
    html = response.content.decode()
    return html[: html.index("</head>")]


@pytest.mark.parametrize(
    ("list_name", "name"),
    [
        ("practices:list", "practices"),
        ("projects:list", "projects"),
        ("partners:list", "partners"),
        ("events:list", "events"),
        ("news:list", "news"),
    ],
)
def test_list_page_advertises_its_feeds_in_the_head_and_links_them(client, list_name, name):
    response = client.get(reverse(list_name))

    head = head_of(response)
    others = [other for other in [*FEED_NAMES, "projects", "partners"] if other != name]
    assert all(link in head for link in feed_head_links(name))
    assert not any(link in head for other in others for link in feed_head_links(other))
    assert visible_feed_links(name) in response.content.decode()


def test_home_page_advertises_all_three_feeds(client):
    head = head_of(client.get(reverse("home")))

    assert all(link in head for name in FEED_NAMES for link in feed_head_links(name))


def test_pages_that_are_no_list_advertise_no_feed(client):
    html = client.get(reverse("privacy")).content.decode()

    assert "application/rss+xml" not in html
    assert "application/atom+xml" not in html
