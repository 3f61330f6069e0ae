"""The addresses of the pages that read every app: home, search, map, topics, feeds, sitemaps."""

from django.contrib.sitemaps.views import index, sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from portal.sitewide import topics, views
from portal.sitewide.feeds import (
    EventAtomFeed,
    EventFeed,
    NewsAtomFeed,
    NewsFeed,
    PartnerAtomFeed,
    PartnerFeed,
    PracticeAtomFeed,
    PracticeFeed,
    ProjectAtomFeed,
    ProjectFeed,
)
from portal.sitewide.maps import map_view
from portal.sitewide.sitemaps import sitemaps


def topic_patterns(namespace, list_view, detail_view):
    """A list of cities, themes or programmes and a page for each, by slug."""
    return (
        [path("", list_view, name="list"), path("<slug:slug>/", detail_view, name="detail")],
        namespace,
    )


def rss_and_atom(name, rss_feed, atom_feed):
    """A feed's two addresses, `rss/` and `atom/`, named `<name>-rss` and `<name>-atom`."""
    return include(
        [
            path("rss/", rss_feed(), name=f"{name}-rss"),
            path("atom/", atom_feed(), name=f"{name}-atom"),
        ]
    )


# The feeds, namespace "feeds", reuse the lists' translated path segments.
feed_patterns = (
    [
        path(_("good-practices/"), rss_and_atom("practices", PracticeFeed, PracticeAtomFeed)),
        path(_("projects/"), rss_and_atom("projects", ProjectFeed, ProjectAtomFeed)),
        path(_("partners/"), rss_and_atom("partners", PartnerFeed, PartnerAtomFeed)),
        path(_("events/"), rss_and_atom("events", EventFeed, EventAtomFeed)),
        path(_("news/"), rss_and_atom("news", NewsFeed, NewsAtomFeed)),
    ],
    "feeds",
)

# One sitemap and one robots.txt for every language: their addresses carry no language prefix.
# The sitemap is an index of its sections, each split into pages of at most `limit` addresses.
unprefixed_patterns = [
    path(
        "sitemap.xml",
        index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap-section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

# Under the language prefix (/pl/, /cs/, /en/).
urlpatterns = [
    path("", views.home, name="home"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("cities/"), include(topic_patterns("cities", topics.city_list, topics.city_detail))),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("themes/"), include(topic_patterns("themes", topics.theme_list, topics.theme_detail))),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("programmes/"),
        include(topic_patterns("programmes", topics.programme_list, topics.programme_detail)),
    ),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("map/"), map_view, name="map"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("search/"), views.search, name="search"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("feeds/"), include(feed_patterns)),
]
