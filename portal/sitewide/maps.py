"""The map of cities with published practices, projects and events, and the same cities listed."""

from django.conf import settings
from django.db.models import Count, Exists, Func, IntegerField, OuterRef, Q, Subquery
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.models import Event
from portal.models import City
from practices.models import GoodPractice
from projects.models import Project


def published_in(city):
    """The published practices, projects and events of a city (a City, or an OuterRef to one)."""
    return {
        "practice": GoodPractice.objects.published().filter(city=city),
        "project": Project.objects.published().filter(cities=city),
        "event": Event.objects.published().filter(city=city),
    }


def _has_published_content():
    condition = Q()
    for rows in published_in(OuterRef("pk")).values():
        condition |= Q(Exists(rows))
    return condition


def subquery_count(queryset):
    """How many rows the queryset has, as a subquery (COUNT without GROUP BY gives one row)."""
    counted = queryset.order_by().annotate(count=Func("pk", function="COUNT")).values("count")
    return Subquery(counted, output_field=IntegerField())


def counts_by(rows, field):
    """{value of `field`: how many of `rows` have it}, in one grouped query."""
    return dict(rows.order_by().values_list(field).annotate(count=Count("pk")))


def with_counts(objects, counts):
    """The objects as a list, each with `<kind>_count` from {kind: {pk: count}}, 0 when missing."""
    objects = list(objects)
    for obj in objects:
        for kind, by_pk in counts.items():
            setattr(obj, f"{kind}_count", by_pk.get(obj.pk, 0))
    return objects


def cities_on_map(*ordering):
    """Cities with published content, each with how many published practices, projects, events.

    Three grouped counts: three counts for each city are slow when there are many cities.
    """
    counts = {
        "practice": counts_by(GoodPractice.objects.published(), "city"),
        "project": counts_by(Project.objects.published(), "cities"),
        "event": counts_by(Event.objects.published(), "city"),
    }
    cities = City.objects.addressed().filter(pk__in=set().union(*counts.values()))
    cities = cities.select_related("country")
    return with_counts(cities.order_by(*ordering) if ordering else cities, counts)


def cities_with_content():
    """The cities the map shows: those where something is published."""
    return City.objects.addressed().filter(_has_published_content())


def map_city_count():
    """How many cities the map shows, for the home page's teaser."""
    return cities_with_content().count()


def map_markers(cities):
    """One marker per city, in the active language, for static/js/map.js."""
    return [
        {
            "name": city.name,
            "country": city.country.name,
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
            "practices": city.practice_count,
            "projects": city.project_count,
            "events": city.event_count,
            "summary": [
                ngettext("%(count)d good practice", "%(count)d good practices", city.practice_count)
                % {"count": city.practice_count},
                ngettext("%(count)d project", "%(count)d projects", city.project_count)
                % {"count": city.project_count},
                ngettext("%(count)d event", "%(count)d events", city.event_count)
                % {"count": city.event_count},
            ],
            # The city's entry in the list beside the map (templates/portal/map.html).
            "href": f"#city-{city.slug}",
            "link_text": _("What is in %(city)s") % {"city": city.name},
        }
        for city in cities
    ]


def background_tiles():
    """The first tile layer of LEAFLET_CONFIG["TILES"]: (name, URL template, Leaflet options)."""
    _name, url, options = settings.LEAFLET_CONFIG["TILES"][0]
    return {"url": url, "options": options or {}}


def marker_pictures():
    """Leaflet's marker pictures by their collected, hashed names, which Leaflet cannot guess."""
    return {
        "iconUrl": static("leaflet/images/marker-icon.png"),
        "iconRetinaUrl": static("leaflet/images/marker-icon-2x.png"),
        "shadowUrl": static("leaflet/images/marker-shadow.png"),
    }


def map_view(request):
    # Each city with its counts and a link to its page: the page grows with the cities, not
    # with everything published in them.
    cities = cities_on_map()
    markers = map_markers(cities)
    # The list says what the markers say, in the same words: made once, not again in templates,
    # which is slow with many cities.
    for city, marker in zip(cities, markers, strict=True):
        city.summary = " · ".join(marker["summary"])
        city.link_text = marker["link_text"]
    return render(
        request,
        "portal/map.html",
        {
            "cities": cities,
            "map_data": {
                "tiles": background_tiles(),
                "marker": marker_pictures(),
                "cities": markers,
            },
        },
    )
