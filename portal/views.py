from django.db.models import DateTimeField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.generic import DetailView

from events.models import Event
from portal.caching import kept_until_content_changes
from portal.maps import map_city_count
from portal.search import search_site
from portal.search_indexes import MAX_QUERY_LENGTH, search_terms_clean
from portal.topics import programmes_with_counts
from practices.models import GoodPractice
from projects.models import Project


class PublishedDetailView(DetailView):
    """A published object's page; staff who may change the object also see it as a draft."""

    include_drafts = False

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset if self.include_drafts else queryset.published()

    def get_object(self, queryset=None):
        # Only a miss asks who the visitor is: a published page reads no session, so it does
        # not vary by cookie and caches can keep it.
        try:
            return super().get_object(queryset)
        except Http404:
            opts = self.model._meta
            if not self.request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
                raise
            self.include_drafts = True
            return super().get_object(queryset)


def home(request):
    today = timezone.localdate()
    return render(
        request,
        "portal/home.html",
        {
            "practices": GoodPractice.objects.published().select_related("city")[:6],
            # Upcoming events are few: found through the end-date index, then sorted. Ordered by
            # the bare column, PostgreSQL would walk the start-date index past every past event.
            "upcoming_events": Event.objects.published()
            .filter(end_date__gte=today)
            .select_related("city")
            .order_by(Cast("start_date", DateTimeField()))[:4],
            "recent_events": Event.objects.published()
            .filter(end_date__lt=today)
            .select_related("city")[:4],
            "projects": Project.objects.published().select_related("programme")[:6],
            # Counts over all the content: seconds at scale, made once for every language.
            "programmes": kept_until_content_changes(
                "home-programmes",
                lambda: list(programmes_with_counts().filter(project_count__gt=0)),
            ),
            "map_city_count": kept_until_content_changes("map-city-count", map_city_count),
        },
    )


def search(request):
    terms = search_terms_clean(request.GET.get("q", ""))
    page_obj = None
    if terms.text:
        page_obj = search_site(
            query=terms.text, language=get_language(), page_number=request.GET.get("page")
        )
    return render(
        request,
        "portal/search.html",
        {"search_terms": terms, "page_obj": page_obj, "max_query_length": MAX_QUERY_LENGTH},
    )
