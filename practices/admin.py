from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from portal.contacts.admin import ContactListingInline
from portal.content.admin import (
    GalleryImageInline,
    ImportExportAdmin,
    PublishableAdmin,
    image_preview,
    translated,
)
from practices.models import (
    GoodPractice,
    PracticeContact,
    PracticeDocument,
    PracticeImage,
    PracticeLink,
)
from practices.resources import GoodPracticeResource


class PracticeImageInline(GalleryImageInline):
    model = PracticeImage


class PracticeDocumentInline(TranslationTabularInline):
    model = PracticeDocument
    fields = ["title", "file", "position"]
    extra = 0


class PracticeLinkInline(TranslationTabularInline):
    model = PracticeLink
    fields = ["title", "url", "position"]
    extra = 0


class PracticeContactInline(ContactListingInline):
    model = PracticeContact


@admin.register(GoodPractice)
class GoodPracticeAdmin(ImportExportAdmin, PublishableAdmin):
    resource_classes = [GoodPracticeResource]
    list_display = ["title", "city", "country", "period", "cover_preview", "status", "updated_at"]
    list_filter = ["status", "themes", "city__country", "projects__programme", "year_start"]
    list_select_related = ["city__country"]
    search_fields = ["slug", *translated("title", "summary")]
    autocomplete_fields = ["city", "organisations", "projects", "themes"]
    prepopulated_fields = {"slug": ["title_pl"]}
    readonly_fields = [*PublishableAdmin.readonly_fields, "cover_preview"]
    inlines = [
        PracticeContactInline,
        PracticeImageInline,
        PracticeDocumentInline,
        PracticeLinkInline,
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary"]}),
        (
            _("The practice"),
            {"fields": ["problem", "solution", "results", "resources", "transferability"]},
        ),
        (
            _("Where, who and when"),
            {"fields": ["city", "organisations", "projects", "themes", "year_start", "year_end"]},
        ),
        (_("Cover image"), {"fields": ["cover_image", "cover_preview", "cover_image_alt"]}),
        PublishableAdmin.publication_fieldset,
    ]

    def get_queryset(self, request):
        # A partner's proposed change is reviewed as a submission, never edited here on its own.
        return super().get_queryset(request).originals()

    @admin.display(description=_("country"), ordering="city__country__code")
    def country(self, obj):
        return obj.city.country

    @admin.display(description=_("period"), ordering="year_start")
    def period(self, obj):
        return obj.period

    @admin.display(description=_("cover image"))
    def cover_preview(self, obj):
        return image_preview(obj.cover_image, obj.cover_image_alt)
