from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventContact, EventImage
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
    list_filter = ["status", "kind", "city__country", "project__programme"]
    list_select_related = ["city"]
    search_fields = ["slug", *translated("title", "summary")]
    autocomplete_fields = ["city", "visitors_from", "organisations", "project", "practices"]
    prepopulated_fields = {"slug": ["title_pl"]}
    date_hierarchy = "start_date"
    inlines = [EventContactInline, EventImageInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "summary"]}),
        (
            _("When and where"),
            {"fields": ["start_date", "end_date", "city", "venue", "visitors_from"]},
        ),
        (
            _("Who and why"),
            {"fields": ["participants", "organisations", "project", "practices"]},
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
