from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from events.applications import places_left
from events.calendars import MIME_TYPE, event_calendar, events_calendar
from events.filters import EventFilter
from events.models import Event, EventContact
from portal.content.filtering import FacetedListView
from portal.content.views import PublishedDetailView
from practices.models import GoodPractice
from projects.models import Organisation


class EventDetailView(PublishedDetailView):
    model = Event
    context_object_name = "event"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("city__country", "visitors_from", "project")
            .prefetch_related(
                "images",
                Prefetch("organisations", Organisation.objects.published()),
                Prefetch("practices", GoodPractice.objects.published().select_related("city")),
                Prefetch(
                    "contact_listings", EventContact.objects.select_related("contact__organisation")
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.takes_applications:
            context["places_left"] = places_left(self.object)
            context["applications_open"] = self.object.applications_open()
        return context


class EventListView(FacetedListView):
    model = Event
    filterset_class = EventFilter
    alert_follow = "events"
    context_object_name = "events"
    download_name = "events"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().for_cards()


# The most events a calendar feed holds, the latest by start date: a calendar application fetches
# the whole file on every refresh, and 500 events are decades of the programmes' study visits
# and internships, yet bound what any combination of filters asks the database for.
CALENDAR_FEED_SIZE = 500


def calendar_response(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=f"{MIME_TYPE}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ical(request, slug):
    """The `.ics` of one published event, in the page's language."""
    event = get_object_or_404(Event.objects.published().select_related("city__country"), slug=slug)
    content = event_calendar(event, site_url=settings.SITE_URL)
    return calendar_response(content, filename=f"{event.slug}.ics")


def events_calendar_feed(request):
    """The events the list shows for the query string's filters, as one calendar by start date."""
    filterset = EventFilter(request.GET, queryset=Event.objects.published())
    latest = filterset.qs.order_by("-start_date", "-pk").values("pk")[:CALENDAR_FEED_SIZE]
    events = (
        Event.objects.filter(pk__in=latest)
        .select_related("city__country")
        .order_by("start_date", "pk")
    )
    values = ", ".join(str(shown) for _name, _label, shown in filterset.chosen())
    name = f"{_('Events')}: {values}" if values else _("Events")
    content = events_calendar(events, site_url=settings.SITE_URL, name=name)
    return calendar_response(content, filename="events.ics")
