"""The sitemap: every public address in every language, each listing its translations.

/sitemap.xml is an index of the sections' sitemaps; a section with more than `limit` addresses
is split into pages (`?p=2`), as a sitemap may hold at most 50,000 addresses and 50 MB.
"""

from collections.abc import Sequence
from functools import partial

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language

from events.models import Event
from portal.models import City, NewsItem, Page, Publishable, Theme
from portal.sitewide.maps import cities_with_content
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project


class InEveryLanguage(Sequence):
    """(item, language) pairs of a queryset, read a slice at a time: Django's i18n sitemap lists
    every pair of the whole section before paginating them."""

    def __init__(self, items, languages, item_count):
        self.items = items
        self.languages = languages
        self.item_count = item_count

    def __len__(self):
        return self.item_count * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        size = len(self.languages)
        first = start // size
        pairs = [
            (item, language)
            for item in self.items[first : -(-stop // size)]
            for language in self.languages
        ]
        return pairs[start - first * size : stop - first * size]


class TranslatedSitemap(Sitemap):
    """Addresses in each of the portal's languages, with hreflang alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True
    # Addresses per sitemap page (the protocol allows 50,000): 2,000 items in three languages,
    # a page quick to make and to fetch.
    limit = 6_000

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        # Django's x-default is the default language's address without its prefix, which exists
        # only without prefix_default_language; here it is the X_DEFAULT_LANGUAGE version.
        for url in urls:
            by_language = {each["lang_code"]: each["location"] for each in url["alternates"]}
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default":
                    alternate["location"] = by_language[settings.X_DEFAULT_LANGUAGE]
        return urls


class StaticViewSitemap(TranslatedSitemap):
    """The pages that are not one object's page: home, the lists, the map, the open data page,
    the privacy notice and the accessibility statement."""

    url_names = [
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

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)


class ModelSitemap(TranslatedSitemap):
    """The pages of a model's objects: only the published ones, if it has a publication status,
    or those that `rows()` gives.

    Made afresh for each request (the `sitemaps` below are callables), so that what it counts
    is counted once per request, and read without the texts: only the slugs and the date.
    """

    def __init__(self, model, rows=None):
        self.model = model
        self.publishable = issubclass(model, Publishable)
        self.rows = rows
        self.locations = {}

    def items(self):
        if self.rows:
            objects = self.rows()
        else:
            objects = self.model._default_manager.all()
            objects = objects.published() if self.publishable else objects.addressed()
        columns = ["slug", "updated_at"] if self.publishable else ["slug"]
        return objects.only(*columns).order_by("pk")

    @cached_property
    def summary(self):
        """How many items, and their last change: what the index and the paginator need."""
        if not self.publishable:
            return {"count": self.items().count(), "last_change": None}
        return self.items().aggregate(count=Count("pk"), last_change=Max("updated_at"))

    @cached_property
    def paginator(self):
        pairs = InEveryLanguage(self.items(), self._languages(), self.summary["count"])
        return Paginator(pairs, self.limit)

    def location(self, item):
        # Django asks for each address five times: for its own entry and as an alternate of the
        # entry of each language, with the x-default.
        key = (item.pk, get_language())
        if key not in self.locations:
            self.locations[key] = item.get_absolute_url()
        return self.locations[key]

    def lastmod(self, obj):
        return obj.updated_at if self.publishable else None

    def get_latest_lastmod(self):
        return self.summary["last_change"]


# A section per kind of page; a model with get_absolute_url() needs one line here.
sitemaps = {
    "static": StaticViewSitemap,
    "practices": partial(ModelSitemap, GoodPractice),
    "projects": partial(ModelSitemap, Project),
    "partners": partial(ModelSitemap, Organisation),
    "events": partial(ModelSitemap, Event),
    "pages": partial(ModelSitemap, Page),
    "news": partial(ModelSitemap, NewsItem),
    # A city page with nothing published on it is not worth a search engine's visit.
    "cities": partial(ModelSitemap, City, rows=cities_with_content),
    "themes": partial(ModelSitemap, Theme),
    "programmes": partial(ModelSitemap, Programme),
}
