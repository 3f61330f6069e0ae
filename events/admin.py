from django.contrib import admin, messages
from django.http import HttpResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.applications import ApplicationRefused, application_decide, places_left
from events.models import Application, ApplicationState, Event, EventContact, EventImage
from events.participants import participants_csv, participants_xlsx
from events.resources import EventResource
from portal.contacts.admin import ContactListingInline
from portal.content.admin import GalleryImageInline, ImportExportAdmin, PublishableAdmin, translated


class EventImageInline(GalleryImageInline):
    model = EventImage


class EventContactInline(ContactListingInline):
    model = EventContact


@admin.register(Event)
class EventAdmin(ImportExportAdmin, PublishableAdmin):
    resource_classes = [EventResource]
    list_display = ["title", "kind", "start_date", "end_date", "city", "participants", "status"]
    list_filter = ["status", "kind", "city__country", "project__programme", "takes_applications"]
    list_select_related = ["city"]
    search_fields = ["slug", *translated("title", "summary")]
    autocomplete_fields = ["city", "visitors_from", "organisations", "project", "practices"]
    prepopulated_fields = {"slug": ["title_pl"]}
    date_hierarchy = "start_date"
    inlines = [EventContactInline, EventImageInline]
    actions = ["download_participants_csv", "download_participants_xlsx"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "applications_link"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "summary"]}),
        (
            _("When and where"),
            {
                "fields": [
                    ("start_date", "start_time"),
                    ("end_date", "end_time"),
                    "city",
                    "venue",
                    "visitors_from",
                ]
            },
        ),
        (
            _("Who and why"),
            {"fields": ["participants", "organisations", "project", "practices"]},
        ),
        (
            _("Applications"),
            {
                "fields": [
                    "takes_applications",
                    "who_may_apply",
                    ("places", "allocation"),
                    "application_deadline",
                    "languages",
                    "applications_link",
                ]
            },
        ),
        (_("Programme and report"), {"fields": ["agenda", "report"]}),
        PublishableAdmin.publication_fieldset,
    ]

    def get_queryset(self, request):
        # A partner's proposed change is reviewed as a submission, never edited here on its own.
        return super().get_queryset(request).originals()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # The autocomplete offers no proposed change (GoodPracticeAdmin hides them); neither may
        # a posted id name one.
        if db_field.name == "practices":
            kwargs["queryset"] = db_field.remote_field.model.objects.originals()
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("applications"))
    def applications_link(self, event):
        if event.pk is None:
            return "–"
        url = reverse("admin:events_application_changelist") + f"?event__id__exact={event.pk}"
        count = event.applications.count()
        left = places_left(event)
        label = ngettext("%(count)d application", "%(count)d applications", count) % {
            "count": count
        }
        if left is not None:
            label += " · " + ngettext("%(left)d place left", "%(left)d places left", left) % {
                "left": left
            }
        return format_html('<a href="{}">{}</a>', url, label)

    @admin.action(description=_("Download participants (CSV)"), permissions=["view"])
    def download_participants_csv(self, request, queryset):
        response = HttpResponse(participants_csv(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="participants.csv"'
        return response

    @admin.action(description=_("Download participants (XLSX)"), permissions=["view"])
    def download_participants_xlsx(self, request, queryset):
        response = HttpResponse(
            participants_xlsx(queryset),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="participants.xlsx"'
        return response


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    """Applications for events: their personal data read-only; the organiser decides with the
    actions, each an e-mail to the applicant."""

    list_display = ["event", "name", "organisation", "state", "received_at"]
    list_filter = ["state", "event"]
    list_select_related = ["event"]
    search_fields = ["name", "email", "organisation"]
    date_hierarchy = "received_at"
    actions = ["confirm", "put_on_waiting_list", "decline"]
    readonly_fields = [
        "event",
        "name",
        "email",
        "organisation",
        "role",
        "motivation",
        "needs",
        "language",
        "state",
        "received_at",
        "state_changed_at",
        "decided_by",
    ]
    exclude = ["messages"]

    def has_add_permission(self, request):
        return False

    def decide(self, request, queryset, state):
        decided = 0
        for application in queryset:
            try:
                application_decide(
                    application=application,
                    state=state,
                    by=request.user,
                    site_url=request.build_absolute_uri("/"),
                )
            except ApplicationRefused as refusal:
                self.message_user(request, refusal.message, messages.WARNING)
            else:
                decided += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d application is now %(state)s.",
                "%(count)d applications are now %(state)s.",
                decided,
            )
            % {"count": decided, "state": ApplicationState(state).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Confirm"), permissions=["change"])
    def confirm(self, request, queryset):
        self.decide(request, queryset.order_by("received_at", "pk"), ApplicationState.CONFIRMED)

    @admin.action(description=_("Put on the waiting list"), permissions=["change"])
    def put_on_waiting_list(self, request, queryset):
        self.decide(request, queryset.order_by("received_at", "pk"), ApplicationState.WAITING)

    @admin.action(description=_("Decline"), permissions=["change"])
    def decline(self, request, queryset):
        self.decide(request, queryset.order_by("received_at", "pk"), ApplicationState.DECLINED)
