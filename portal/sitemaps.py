"""The sitemap: every public address in every language, each listing its translations."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event
from portal.maps import cities_with_content
from portal.models import City, NewsItem, Page, Publishable, Theme
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project


class TranslatedSitemap(Sitemap):
    """Addresses in each of the portal's languages, with hreflang alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True

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
    """The pages that are not one object's page: home, the lists, the map."""

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
    ]

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)


class ModelSitemap(TranslatedSitemap):
    """The pages of a model's objects: only the published ones, if it has a publication status,
    or those that `rows()` gives."""

    def __init__(self, model, rows=None):
        self.model = model
        self.publishable = issubclass(model, Publishable)
        self.rows = rows

    def items(self):
        if self.rows:
            return self.rows().order_by("pk")
        objects = self.model._default_manager.all()
        return objects.published() if self.publishable else objects

    def lastmod(self, obj):
        return obj.updated_at if self.publishable else None


# A section per kind of page; a model with get_absolute_url() needs one line here.
sitemaps = {
    "static": StaticViewSitemap(),
    "practices": ModelSitemap(GoodPractice),
    "projects": ModelSitemap(Project),
    "partners": ModelSitemap(Organisation),
    "events": ModelSitemap(Event),
    "pages": ModelSitemap(Page),
    "news": ModelSitemap(NewsItem),
    # A city page with nothing published on it is not worth a search engine's visit.
    "cities": ModelSitemap(City, rows=cities_with_content),
    "themes": ModelSitemap(Theme),
    "programmes": ModelSitemap(Programme),
}
