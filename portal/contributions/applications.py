"""The partner space's list of the applications for its organisations' events: the organiser
confirms, waitlists or declines them and downloads the participants, as editors do in the admin."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from events.applications import DECIDED_FROM, ApplicationRefused, application_decide, places_left
from events.models import ApplicationState, Event
from events.participants import participants_csv, participants_xlsx
from portal.contributions.access import PartnerRequiredMixin

DOWNLOADS = {
    "csv": (participants_csv, "text/csv; charset=utf-8"),
    "xlsx": (
        participants_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
}
# The buttons an application shows, in this order: those its state may be decided to.
DECISIONS = [
    (ApplicationState.CONFIRMED, gettext_lazy("Confirm")),
    (ApplicationState.WAITING, gettext_lazy("Put on the waiting list")),
    (ApplicationState.DECLINED, gettext_lazy("Decline")),
]


def partner_events(user):
    """The events of the organisations `user` acts for that take applications."""
    return Event.objects.originals().filter(
        takes_applications=True, organisations__memberships__user=user
    )


class EventApplicationsView(PartnerRequiredMixin, View):
    """One event's applications for its organiser; `?download=csv|xlsx` gives the participants."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = kwargs["pk"]

    def event(self):
        events = partner_events(self.request.user).select_related("city__country").distinct()
        return get_object_or_404(events, pk=self.pk)

    def get(self, request, pk):
        event = self.event()
        download = DOWNLOADS.get(request.GET.get("download", ""))
        if download is not None:
            make, content_type = download
            response = HttpResponse(make([event]), content_type=content_type)
            extension = request.GET["download"]
            response["Content-Disposition"] = (
                f'attachment; filename="participants-{event.slug}.{extension}"'
            )
            return response
        applications = event.applications.order_by("received_at", "pk")
        rows = [
            (
                application,
                [
                    (state, label)
                    for state, label in DECISIONS
                    if application.state in DECIDED_FROM[state]
                ],
            )
            for application in applications
        ]
        context = {"event": event, "rows": rows, "places_left": places_left(event)}
        return render(request, "contributions/event_applications.html", context)

    def post(self, request, pk):
        event = self.event()
        chosen = request.POST.get("application", "")
        if not chosen.isdigit():
            raise Http404("No application was chosen.")
        application = get_object_or_404(event.applications, pk=int(chosen))
        decision = request.POST.get("decision", "")
        try:
            application = application_decide(
                application=application,
                state=decision,
                by=request.user,
                site_url=request.build_absolute_uri("/"),
            )
        except ApplicationRefused as refused:
            messages.warning(request, refused.message)
        else:
            messages.success(
                request,
                _("%(name)s's application is now: %(state)s. We have told them by e-mail.")
                % {"name": application.name, "state": application.get_state_display()},
            )
        return redirect("contributions:event-applications", pk=event.pk)
