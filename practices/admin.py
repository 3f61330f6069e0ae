from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
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


class StaleFilter(admin.SimpleListFilter):
    """Practices nobody has reviewed or confirmed for PRACTICE_STALE_DAYS."""

    title = _("last reviewed")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        days = settings.PRACTICE_STALE_DAYS
        return [
            (
                "yes",
                ngettext("Not reviewed for %(days)d day", "Not reviewed for %(days)d days", days)
                % {"days": days},
            )
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stale()
        return queryset


@admin.register(GoodPractice)
class GoodPracticeAdmin(ImportExportAdmin, PublishableAdmin):
    resource_classes = [GoodPracticeResource]
    list_display = [
        "title",
        "city",
        "country",
        "period",
        "cover_preview",
        "status",
        "updated_at",
        "last_reviewed",
    ]
    list_filter = [
        "status",
        StaleFilter,
        "themes",
        "city__country",
        "projects__programme",
        "year_start",
    ]
    list_select_related = ["city__country"]
    search_fields = ["slug", *translated("title", "summary")]
    autocomplete_fields = ["city", "organisations", "projects", "themes"]
    prepopulated_fields = {"slug": ["title_pl"]}
    readonly_fields = [*PublishableAdmin.readonly_fields, "cover_preview", "transfer_links"]
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
        (_("Transfers"), {"fields": ["transfer_links"]}),
        PublishableAdmin.publication_fieldset,
    ]

    def get_queryset(self, request):
        # A partner's proposed change is reviewed as a submission, never edited here on its own.
        return super().get_queryset(request).originals()

    def save_model(self, request, obj, form, change):
        # An editor who saves a published practice, or publishes it, has reviewed it.
        if obj.is_published:
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.display(description=_("last reviewed"), ordering="reviewed_at")
    def last_reviewed(self, obj):
        if obj.reviewed_at is None:
            return "–"
        shown = date_format(timezone.localtime(obj.reviewed_at), "SHORT_DATE_FORMAT")
        if obj.is_stale:
            return gettext("%(date)s, review overdue") % {"date": shown}
        return shown

    @admin.display(description=_("country"), ordering="city__country__code")
    def country(self, obj):
        return obj.city.country

    @admin.display(description=_("period"), ordering="year_start")
    def period(self, obj):
        return obj.period

    @admin.display(description=_("taken up and adapted from"))
    def transfer_links(self, obj):
        """Links to the transfers of the practice, edited on their own admin pages."""
        if obj.pk is None:
            return "–"
        # Transfers point at practices: reached through the reverse relations, by name.
        transfers = [
            *obj.transfers_out.select_related("source", "city"),
            *obj.transfers_in.select_related("source", "city"),
        ]
        if not transfers:
            return "–"
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">{}</a>',
            (
                (reverse("admin:transfers_transfer_change", args=[each.pk]), str(each))
                for each in transfers
            ),
        )

    @admin.display(description=_("cover image"))
    def cover_preview(self, obj):
        return image_preview(obj.cover_image, obj.cover_image_alt)
