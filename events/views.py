from django.db.models import Prefetch

from events.applications import places_left
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
    context_object_name = "events"
    download_name = "events"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().select_related("city__country")
