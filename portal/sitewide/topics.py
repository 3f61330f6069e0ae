"""Pages of cities, themes and programmes: what is published there, on the theme, under it."""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.content.filtering import in_language_order
from portal.models import City, Theme
from portal.sitewide.maps import cities_on_map, counts_by, published_in, subquery_count, with_counts
from portal.transfers.models import Transfer
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project

# How many practices, projects, partners or events a page lists before linking to the whole list.
SHORT_LIST = 6

# The lists' feeds (portal/sitewide/feeds.py), by name, with what they hold.
FEED_TITLES = {
    "practices": _("Good practices"),
    "projects": _("Projects"),
    "partners": _("Partners"),
    "events": _("Study visits, internships and events"),
}


def topic_feeds(topic, filter_name, feeds):
    """The `feeds` of lists filtered to the topic (`?city=opole`), each with its title and
    its RSS and Atom addresses."""
    query = urlencode({filter_name: topic.slug})
    return [
        {
            "title": f"{FEED_TITLES[feed]}: {topic}",
            "rss": f"{reverse(f'feeds:{feed}-rss')}?{query}",
            "atom": f"{reverse(f'feeds:{feed}-atom')}?{query}",
        }
        for feed in feeds
    ]


def in_city(city):
    """What is published in the city, by kind: what the map counts, and the partners there."""
    content = published_in(city)
    return {
        "practice": content["practice"].select_related("city"),
        "project": content["project"].select_related("programme"),
        "organisation": Organisation.objects.published()
        .filter(city=city)
        .select_related("city__country"),
        "event": content["event"].select_related("city"),
    }


def on_theme(theme):
    """What is published on the theme, by kind."""
    return {
        "practice": GoodPractice.objects.published().filter(themes=theme).select_related("city"),
        "project": Project.objects.published().filter(themes=theme).select_related("programme"),
    }


def under_programme(programme):
    """The programme's published projects and the published practices of those projects."""
    projects = Project.objects.published().filter(programme=programme)
    return {
        "project": projects.select_related("programme"),
        "practice": GoodPractice.objects.published()
        .filter(Exists(projects.filter(practices=OuterRef("pk"))))
        .select_related("city"),
    }


def short_lists(content):
    """Each kind's first rows and how many there are in all: two queries a kind at most."""
    context = {}
    for kind, rows in content.items():
        context[f"{kind}s"] = rows[:SHORT_LIST]
        context[f"{kind}_count"] = rows.count()
    return context


def themes_with_counts(*ordering):
    """Every theme, with how many published practices and projects it has: two grouped counts."""
    counts = {
        "practice": counts_by(GoodPractice.objects.published(), "themes"),
        "project": counts_by(Project.objects.published(), "themes"),
    }
    return with_counts(Theme.objects.addressed().order_by(*ordering), counts)


def programmes_with_counts():
    """Published programmes, each with its published projects and their published practices."""
    projects_here = Project.objects.published().filter(programme=OuterRef("pk"))
    # Two levels down: the programme is the outer query of the practices' subquery.
    projects_of_practice = Project.objects.published().filter(
        programme=OuterRef(OuterRef("pk")), practices=OuterRef("pk")
    )
    return Programme.objects.published().annotate(
        project_count=subquery_count(projects_here),
        practice_count=subquery_count(
            GoodPractice.objects.published().filter(Exists(projects_of_practice))
        ),
    )


def city_list(request):
    """The cities of the map, by country, each with how much is published there."""
    cities = cities_on_map(in_language_order("country__name"), in_language_order("name"), "pk")
    return render(request, "portal/city_list.html", {"cities": cities})


def city_detail(request, slug):
    city = get_object_or_404(City.objects.select_related("country"), slug=slug)
    feeds = topic_feeds(city, "city", ["practices", "projects", "partners", "events"])
    transfers = Transfer.objects.published().for_display()
    context = {
        "city": city,
        "feeds": feeds,
        "transfers_out": transfers.filter(source__city=city),
        "transfers_in": transfers.filter(city=city),
        **short_lists(in_city(city)),
    }
    return render(request, "portal/city_detail.html", context)


def theme_list(request):
    themes = themes_with_counts(in_language_order("name"), "pk")
    return render(request, "portal/theme_list.html", {"themes": themes})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    feeds = topic_feeds(theme, "theme", ["practices", "projects"])
    return render(
        request,
        "portal/theme_detail.html",
        {"theme": theme, "feeds": feeds, **short_lists(on_theme(theme))},
    )


def programme_list(request):
    """Published programmes by programming period, newest first."""
    programmes = programmes_with_counts().order_by("-period_start", "-period_end", "slug")
    return render(request, "projects/programme_list.html", {"programmes": programmes})


def programme_detail(request, slug):
    programme = get_object_or_404(Programme.objects.published(), slug=slug)
    return render(
        request,
        "projects/programme_detail.html",
        {
            "programme": programme,
            "feeds": topic_feeds(programme, "programme", ["projects", "practices"]),
            **short_lists(under_programme(programme)),
        },
    )
