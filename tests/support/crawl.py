"""Every public output, read as a visitor would; items of each kind, shown or hidden, in it."""

from django.urls import reverse
from django.utils import translation

from events.models import Event
from portal.models import City, NewsItem, Page, PublicationStatus, Theme
from portal.opendata.downloads import LISTINGS
from portal.sitewide.sitemaps import sitemaps
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project
from tests.support.factories import (
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PageFactory,
    ProgrammeFactory,
    ProjectFactory,
)

LANGUAGES = ["pl", "cs", "en"]
# In every text and slug of a hidden item, in each language: found nowhere in public output.
HIDDEN = "qzxhidden"
# In the titles of every item, shown or hidden, so that the site search matches them all.
SHARED_WORD = "Zebrafish"

API_LISTS = [
    "practice",
    "project",
    "organisation",
    "event",
    "programme",
    "city",
    "theme",
    "transfer",
]
LIST_PAGES = [
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
]
# Each faceted list page: its download's name and its API's.
FACETED_LISTS = {
    "practices:list": ("practices", "practice"),
    "projects:list": ("projects", "project"),
    "partners:list": ("partners", "organisation"),
    "events:list": ("events", "event"),
}
FEEDS = [
    f"feeds:{kind}-{flavour}"
    for kind in ("practices", "events", "news")
    for flavour in ("rss", "atom")
]
PUBLISHABLE_PAGES = [GoodPractice, Project, Organisation, Programme, Event, NewsItem, Page]


# Items, shown and hidden. A hidden item carries HIDDEN in each language's title (or name) and
# summary, in its slug, and (a project) in its acronym, which str() shows instead of its title.


def hidden_texts(kind, *fields):
    """Each translated field's text in each language, a different one in each."""
    return {
        f"{field}_{code}": f"{SHARED_WORD} {HIDDEN} {kind} {field} {code}"
        for field in fields
        for code in LANGUAGES
    }


def maker(factory, kind, published_texts, hidden_texts_of, **hidden_extra):
    """A function making an item of `kind`: published, or hidden when given another status."""

    def make(status=PublicationStatus.PUBLISHED, **links):
        if status == PublicationStatus.PUBLISHED:
            return factory(**published_texts, **links)
        return factory(
            status=status,
            slug=f"{HIDDEN}-{kind}",
            **hidden_texts(kind, *hidden_texts_of),
            **hidden_extra,
            **links,
        )

    make.__name__ = kind
    return make


practice = maker(
    GoodPracticeFactory, "practice", {"title": f"{SHARED_WORD} practice"}, ["title", "summary"]
)
project = maker(
    ProjectFactory,
    "project",
    {"title": f"{SHARED_WORD} project"},
    ["title", "summary"],
    acronym=HIDDEN.upper(),
)
organisation = maker(
    OrganisationFactory, "organisation", {"name": f"{SHARED_WORD} office"}, ["name"]
)
programme = maker(ProgrammeFactory, "programme", {}, ["name", "short_name"])
event = maker(EventFactory, "event", {"title": f"{SHARED_WORD} event"}, ["title", "summary"])
news_item = maker(NewsItemFactory, "news", {"title": f"{SHARED_WORD} news"}, ["title", "summary"])
page = maker(PageFactory, "page", {"title": f"{SHARED_WORD} page"}, ["title", "summary"])


# The public outputs.


def text_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode()


def get(client, address):
    """The response's headers and body, as text."""
    response = client.get(address)
    assert response.status_code == 200, address
    return f"{response.headers}\n{text_of(response)}"


def addresses_in_language():
    """Every public address of the active language: pages, lists, feeds and downloads."""
    addresses = [reverse(name) for name in LIST_PAGES + FEEDS]
    addresses.append(f"{reverse('search')}?q={SHARED_WORD}")
    addresses += [f"{reverse(name)}?q={SHARED_WORD}" for name in FACETED_LISTS]
    for model in PUBLISHABLE_PAGES:
        addresses += [item.get_absolute_url() for item in model.objects.published()]
    addresses += [city.get_absolute_url() for city in City.objects.all()]
    addresses += [theme.get_absolute_url() for theme in Theme.objects.all()]
    for name in LISTINGS:
        for file_format in ("csv", "json"):
            addresses.append(
                reverse("opendata:download", kwargs={"name": name, "file_format": file_format})
            )
    return addresses


def public_outputs(client):
    """{address: text} of every public output: each page in each language, the sitemaps, and the
    API's lists and the detail of every row they list."""
    outputs = {}
    for language in LANGUAGES:
        with translation.override(language):
            addresses = addresses_in_language()
        for address in addresses:
            outputs[address] = get(client, address)
    sitemap_addresses = [reverse("sitemap")] + [
        reverse("sitemap-section", kwargs={"section": section}) for section in sitemaps
    ]
    for address in sitemap_addresses:
        outputs[address] = get(client, address)
    for basename in API_LISTS:
        address = f"{reverse(f'api:{basename}-list')}?page_size=100"
        outputs[address] = get(client, address)
        for row in client.get(address).json()["results"]:
            outputs[row["url"]] = get(client, row["url"])
    return outputs
