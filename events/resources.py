"""Import and export of events for staff."""

from django.utils.translation import gettext_lazy as _

from events.models import Event
from portal.contacts.resources import WithContactsResource
from portal.content.imports import PublishableResource
from portal.db.search_indexes import in_every_language


class EventResource(WithContactsResource):
    constraint_messages = {
        "events_event_dates_ordered": _("The end date is before the start date."),
        "events_event_participants_positive": _("The number of participants must be at least 1."),
    }

    class Meta(PublishableResource.Meta):
        model = Event
        name = _("Events")
        fields = [
            "slug",
            "kind",
            *in_every_language("title", "summary"),
            "start_date",
            "end_date",
            "city",
            *in_every_language("venue"),
            "visitors_from",
            "participants",
            "organisations",
            "project",
            "practices",
            *in_every_language("agenda", "report"),
            "contacts",
            "status",
        ]

    def export(self, queryset=None, **kwargs):
        queryset = self.get_queryset() if queryset is None else queryset
        return super().export(
            queryset.select_related("city", "visitors_from", "project").prefetch_related(
                "organisations", "practices", "contact_listings__contact"
            ),
            **kwargs,
        )
