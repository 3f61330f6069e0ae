"""The portal app's own pages: the site's pages (about, contact...) and its news."""

from django.views.generic import ListView

from portal.content.pagination import NearestPageMixin
from portal.content.views import PublishedDetailView
from portal.models import NewsItem, Page


class PageDetailView(PublishedDetailView):
    model = Page
    context_object_name = "page"


class NewsListView(NearestPageMixin, ListView):
    queryset = NewsItem.objects.published()
    context_object_name = "news_items"
    paginate_by = 10


class NewsDetailView(PublishedDetailView):
    model = NewsItem
    context_object_name = "news_item"

    def get_queryset(self):
        return super().get_queryset().select_related("project")
