from django.db.models import Prefetch

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


class EventListView(FacetedListView):
    model = Event
    filterset_class = EventFilter
    alert_follow = "events"
    context_object_name = "events"
    download_name = "events"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().select_related("city__country")
