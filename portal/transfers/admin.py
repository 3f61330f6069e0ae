from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import TRAVELLING_KINDS
from portal.content.admin import PublishableAdmin, translated
from portal.transfers.models import Transfer


@admin.register(Transfer)
class TransferAdmin(PublishableAdmin):
    list_display = ["source", "city", "organisation", "stage", "stage_since", "status"]
    list_filter = ["status", "stage", "city__country", "source__city__country"]
    list_select_related = ["source", "city", "organisation"]
    search_fields = translated("source__title", "city__name", "organisation__name")
    autocomplete_fields = ["source", "city", "organisation", "adopted_practice", "events"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "proposed_by"]
    fieldsets = [
        (None, {"fields": ["source", "city", "organisation", "adopted_practice"]}),
        (
            _("Stage"),
            {"fields": ["stage", "learning_since", "adapting_since", "implemented_since"]},
        ),
        (None, {"fields": ["events", "note", "proposed_by"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("since"))
    def stage_since(self, obj):
        return obj.stage_since

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Proposed changes to practices are reviewed as submissions, never linked on their own.
        if db_field.name in ("source", "adopted_practice"):
            kwargs["queryset"] = db_field.remote_field.model.objects.originals()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "events":
            kwargs["queryset"] = db_field.remote_field.model.objects.originals().filter(
                kind__in=TRAVELLING_KINDS
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
