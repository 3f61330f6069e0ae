"""The home page and the site search: pages that read every app."""

from django.db.models import DateTimeField
from django.db.models.functions import Cast
from django.shortcuts import render
from django.utils.translation import get_language

from events.models import Event
from portal.db.search_indexes import MAX_QUERY_LENGTH, search_terms_clean
from portal.operations.caching import kept_until_content_changes
from portal.sitewide.maps import map_city_count
from portal.sitewide.search import search_site
from portal.sitewide.topics import programmes_with_counts
from practices.models import GoodPractice
from projects.models import Project


def home(request):
    return render(
        request,
        "portal/home.html",
        {
            "practices": GoodPractice.objects.published().for_cards()[:6],
            # Upcoming events are few: found through the end-date index, then sorted. Ordered by
            # the bare column, PostgreSQL would walk the start-date index past every past event.
            "upcoming_events": Event.objects.published()
            .upcoming()
            .for_cards()
            .order_by(Cast("start_date", DateTimeField()))[:4],
            "recent_events": Event.objects.published().past().for_cards()[:4],
            "projects": Project.objects.published().for_cards()[:6],
            # Counts over all the content are slow at scale: made once for every language.
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
