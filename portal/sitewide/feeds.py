"""RSS and Atom feeds of the latest published practices, projects, partners, events and news, in
the visitor's language, filtered as their lists are.

The language is the one of the feed's address (under i18n_patterns), so titles, summaries and
links come in it, and Django writes it into the feed as <language> or xml:lang. A list's feed
reads the list's own FilterSet from its query string (`?theme=mobility&country=cz`): it holds
the rows the list shows for those filters, newest publication first; a value the list would not
take is ignored, as the list ignores it.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.filters import EventFilter
from events.models import Event
from portal.models import NewsItem
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import Organisation, Project


class LatestPublishedFeed(Feed):
    """The last `size` published objects of `model`, newest publication first; with a
    `filterset_class`, those its list shows for the filters of the feed's query string."""

    model = None
    filterset_class = None
    list_url_name = None
    name = None
    about = None  # what the feed holds, before the filters
    size = 20
    related = ()  # select_related of the items

    def get_object(self, request, *args, **kwargs):
        # A feed asked for no filter reads no FilterSet, whose choices cost a query a facet.
        filterset_class = self.filterset_class
        if filterset_class is None or not request.GET.keys() & filterset_class.base_filters:
            return None
        return filterset_class(request.GET, queryset=self.model.objects.published())

    def chosen(self, filterset):
        return list(filterset.chosen()) if filterset is not None else []

    def title(self, filterset):
        values = ", ".join(str(shown) for _name, _label, shown in self.chosen(filterset))
        name = f"{self.name}: {values}" if values else self.name
        return f"{name} · {gettext('Cross-border good practices')}"

    def description(self, filterset):
        filters = "; ".join(f"{label}: {shown}" for _name, label, shown in self.chosen(filterset))
        if not filters:
            return str(self.about)
        return f"{self.about} {gettext('Filters: %(filters)s.') % {'filters': filters}}"

    def subtitle(self, filterset):
        # Atom's name for the description.
        return self.description(filterset)

    def link(self, filterset):
        query = filterset.chosen_query(filterset.data) if filterset is not None else ""
        return reverse(self.list_url_name) + (f"?{query}" if query else "")

    def items(self, filterset):
        published = filterset.qs if filterset is not None else self.model.objects.published()
        if self.related:
            published = published.select_related(*self.related)
        return published.order_by("-published_at", "-pk")[: self.size]

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
    filterset_class = PracticeFilter
    list_url_name = "practices:list"
    name = _("Good practices")
    about = _("The good practices of cross-border cooperation most recently published.")


class ProjectFeed(LatestPublishedFeed):
    model = Project
    filterset_class = ProjectFilter
    list_url_name = "projects:list"
    name = _("Projects")
    about = _("The cross-border cooperation projects most recently published.")


class PartnerFeed(LatestPublishedFeed):
    model = Organisation
    filterset_class = OrganisationFilter
    list_url_name = "partners:list"
    name = _("Partners")
    about = _("The partners of cross-border cooperation most recently published.")
    related = ("city",)

    def item_title(self, item):
        return escape(item.name)

    def item_description(self, item):
        return escape(f"{item.get_kind_display()} · {item.city.name}")


class EventFeed(LatestPublishedFeed):
    model = Event
    filterset_class = EventFilter
    list_url_name = "events:list"
    name = _("Study visits, internships and events")
    about = _("The study visits, internships and other events most recently published.")


class NewsFeed(LatestPublishedFeed):
    model = NewsItem
    list_url_name = "news:list"
    name = _("News")
    about = _("News about Polish-Czech cross-border cooperation.")


class AtomFeedMixin:
    """The same feed in Atom, whose titles are plain text, not HTML as RSS readers take them."""

    feed_type = Atom1Feed

    def item_title(self, item):
        return str(item)


class PracticeAtomFeed(AtomFeedMixin, PracticeFeed):
    pass


class ProjectAtomFeed(AtomFeedMixin, ProjectFeed):
    pass


class PartnerAtomFeed(AtomFeedMixin, PartnerFeed):
    pass


class EventAtomFeed(AtomFeedMixin, EventFeed):
    pass


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    pass
