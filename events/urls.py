from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from events import views
from events.application_views import ApplicationLinkView, ApplyView
from events.applications import LinkAction
from events.models import Event
from portal.enquiries.models import TargetKind
from portal.enquiries.views import EnquiryView

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    # Translators: a URL path segment, a calendar file's name; lowercase, no spaces or diacritics.
    path(_("calendar.ics"), views.events_calendar_feed, name="calendar"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path(format_lazy("<slug:slug>/{}", _("calendar.ics")), views.event_ical, name="ical"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        format_lazy("<slug:slug>/{}", _("write/")),
        EnquiryView.as_view(kind=TargetKind.EVENT, model=Event),
        name="enquiry",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        format_lazy("<slug:slug>/{}", _("apply/")),
        ApplyView.as_view(),
        name="apply",
    ),
    path(
        # Translators: URL path segments; lowercase, no spaces or diacritics.
        format_lazy("{}<str:token>/{}", _("application/"), _("cancel/")),
        ApplicationLinkView.as_view(action=LinkAction.CANCEL),
        name="application_cancel",
    ),
    path(
        # Translators: URL path segments; lowercase, no spaces or diacritics.
        format_lazy("{}<str:token>/{}", _("application/"), _("take-the-place/")),
        ApplicationLinkView.as_view(action=LinkAction.TAKE),
        name="application_take",
    ),
    path(
        # Translators: URL path segments; lowercase, no spaces or diacritics.
        format_lazy("{}<str:token>/{}", _("application/"), _("decline-the-place/")),
        ApplicationLinkView.as_view(action=LinkAction.DECLINE),
        name="application_decline",
    ),
]
