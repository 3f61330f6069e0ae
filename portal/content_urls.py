from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from portal import pages
from portal.feeds import (
    EventAtomFeed,
    EventFeed,
    NewsAtomFeed,
    NewsFeed,
    PracticeAtomFeed,
    PracticeFeed,
)

# The site's pages and its news have a namespace each: "pages" and "news".
page_patterns = (
    [path("<slug:slug>/", pages.PageDetailView.as_view(), name="detail")],
    "pages",
)
news_patterns = (
    [
        path("", pages.NewsListView.as_view(), name="list"),
        path("<slug:slug>/", pages.NewsDetailView.as_view(), name="detail"),
    ],
    "news",
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
        path(_("events/"), rss_and_atom("events", EventFeed, EventAtomFeed)),
        path(_("news/"), rss_and_atom("news", NewsFeed, NewsAtomFeed)),
    ],
    "feeds",
)
