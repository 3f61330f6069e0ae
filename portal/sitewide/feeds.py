"""RSS and Atom feeds of the latest published practices, events and news, in the visitor's language.

The language is the one of the feed's address (under i18n_patterns), so titles, summaries and
links come in it, and Django writes it into the feed as <language> or xml:lang.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.models import Event
from portal.models import NewsItem
from practices.models import GoodPractice


class LatestPublishedFeed(Feed):
    """The last `size` published objects of `model`, newest publication first."""

    model = None
    list_url_name = None
    name = None
    description = None
    size = 20

    def title(self):
        return f"{self.name} · {gettext('Cross-border good practices')}"

    def subtitle(self):
        # Atom's name for the description.
        return self.description

    def link(self):
        return reverse(self.list_url_name)

    def items(self):
        return self.model.objects.published().order_by("-published_at", "-pk")[: self.size]

    # RSS readers take titles and descriptions for HTML (as Atom's <summary type="html">):
    # the plain text is escaped for them.
    def item_title(self, item):
        return escape(item.title)

    def item_description(self, item):
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class PracticeFeed(LatestPublishedFeed):
    model = GoodPractice
    list_url_name = "practices:list"
    name = _("Good practices")
    description = _("The good practices of cross-border cooperation most recently published.")


class EventFeed(LatestPublishedFeed):
    model = Event
    list_url_name = "events:list"
    name = _("Study visits, internships and events")
    description = _("The study visits, internships and other events most recently published.")


class NewsFeed(LatestPublishedFeed):
    model = NewsItem
    list_url_name = "news:list"
    name = _("News")
    description = _("News about Polish-Czech cross-border cooperation.")


class AtomFeedMixin:
    """The same feed in Atom, whose titles are plain text, not HTML as RSS readers take them."""

    feed_type = Atom1Feed

    def item_title(self, item):
        return item.title


class PracticeAtomFeed(AtomFeedMixin, PracticeFeed):
    pass


class EventAtomFeed(AtomFeedMixin, EventFeed):
    pass


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    pass
