from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.contacts.admin import ContactListingInline
from portal.content.admin import (
    HistoryAdmin,
    ImportExportAdmin,
    PublishableAdmin,
    image_preview,
    translated,
)
from projects.models import (
    Organisation,
    OrganisationContact,
    Partnership,
    Programme,
    Project,
    ProjectContact,
)
from projects.resources import OrganisationResource, ProjectResource


@admin.register(Programme)
class ProgrammeAdmin(PublishableAdmin):
    list_display = ["short_name", "name", "period", "fund", "status"]
    list_filter = ["status", "fund"]
    search_fields = ["slug", *translated("name", "short_name")]
    prepopulated_fields = {"slug": ["short_name_pl"]}
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "fund", "website", "description"]}),
        (_("Programming period"), {"fields": ["period_start", "period_end"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("period"), ordering="period_start")
    def period(self, obj):
        return obj.period


class OrganisationContactInline(ContactListingInline):
    model = OrganisationContact


class ProjectContactInline(ContactListingInline):
    model = ProjectContact


class PartnershipInline(admin.TabularInline):
    model = Partnership
    extra = 1
    autocomplete_fields = ["organisation"]


@admin.register(Organisation)
class OrganisationAdmin(ImportExportAdmin, PublishableAdmin):
    resource_classes = [OrganisationResource]
    list_display = ["name", "kind", "city", "country", "logo_preview", "status"]
    list_filter = ["status", "kind", "city__country"]
    list_select_related = ["city__country"]
    search_fields = ["slug", *translated("name")]
    autocomplete_fields = ["city"]
    prepopulated_fields = {"slug": ["name_pl"]}
    readonly_fields = [*PublishableAdmin.readonly_fields, "logo_preview"]
    inlines = [OrganisationContactInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "city", "website", "description"]}),
        (_("Logo"), {"fields": ["logo", "logo_preview"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("country"), ordering="city__country__code")
    def country(self, obj):
        return obj.city.country

    @admin.display(description=_("logo"))
    def logo_preview(self, obj):
        return image_preview(obj.logo, obj.name)


@admin.register(Project)
class ProjectAdmin(ImportExportAdmin, PublishableAdmin):
    resource_classes = [ProjectResource]
    list_display = ["title", "acronym", "programme", "start_date", "end_date", "status"]
    list_filter = ["status", "programme", "themes", "cities__country"]
    list_select_related = ["programme"]
    search_fields = ["slug", "acronym", "registration_number", *translated("title")]
    autocomplete_fields = ["programme", "themes", "cities"]
    prepopulated_fields = {"slug": ["title_pl"]}
    date_hierarchy = "start_date"
    inlines = [PartnershipInline, ProjectContactInline]
    fieldsets = [
        (None, {"fields": ["title", "acronym", "slug", "registration_number", "programme"]}),
        (
            _("Dates and budget"),
            {"fields": ["start_date", "end_date", "total_budget", "eu_cofinancing"]},
        ),
        (_("Description"), {"fields": ["summary", "description", "objectives", "website"]}),
        (_("Themes and places"), {"fields": ["themes", "cities"]}),
        PublishableAdmin.publication_fieldset,
    ]


@admin.register(Partnership)
class PartnershipAdmin(HistoryAdmin):
    list_display = ["organisation", "role", "project"]
    list_filter = ["role", "project__programme"]
    list_select_related = ["organisation", "project"]
    search_fields = [*translated("organisation__name"), *translated("project__title")]
    autocomplete_fields = ["project", "organisation"]
