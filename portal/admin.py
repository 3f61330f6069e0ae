"""Admin pieces every app shares, and the admin of places, themes, pages and news."""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from portal.models import City, Country, NewsItem, Page, Theme

admin.site.site_header = _("Cross-border good practices: administration")
admin.site.site_title = _("Cross-border good practices")
admin.site.index_title = _("Content")


def translated(*fields):
    """The per-language columns of translated fields, for `search_fields`."""
    return [f"{field}_{language}" for field in fields for language in ("pl", "cs", "en")]


def image_preview(image_file, alt=""):
    if not image_file:
        return "–"
    return format_html(
        '<img src="{}" alt="{}" class="admin-preview" loading="lazy">', image_file.url, alt
    )


class PublishableAdmin(TabbedTranslationAdmin):
    """Publication status in lists and filters, bulk publish and unpublish, dates read-only."""

    actions = ["publish", "unpublish"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    publication_fieldset = (
        _("Publication"),
        {"fields": ["status", "published_at", "created_at", "updated_at"]},
    )

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.publish()
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.unpublish()
        self.message_user(
            request,
            ngettext(
                "%(count)d item returned to draft.", "%(count)d items returned to draft.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )


class GalleryImageInline(TranslationStackedInline):
    fields = ["image", "preview", "alt_text", "caption", "position"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return image_preview(obj.image, obj.alt_text)


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["code", *translated("name")]


@admin.register(City)
class CityAdmin(TabbedTranslationAdmin):
    list_display = ["name", "country", "region", "agglomeration", "latitude", "longitude"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["slug", *translated("name", "agglomeration")]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name_pl"]}


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["slug", *translated("name")]
    prepopulated_fields = {"slug": ["name_pl"]}


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ["title", "slug", "position", "show_in_navigation", "status", "updated_at"]
    list_editable = ["position", "show_in_navigation"]
    list_filter = ["status", "show_in_navigation"]
    search_fields = ["slug", *translated("title", "body")]
    prepopulated_fields = {"slug": ["title_pl"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (_("Navigation"), {"fields": ["position", "show_in_navigation"]}),
        PublishableAdmin.publication_fieldset,
    ]


@admin.register(NewsItem)
class NewsItemAdmin(PublishableAdmin):
    list_display = ["title", "date", "project", "cover_preview", "status", "updated_at"]
    list_filter = ["status", "date", "project__programme"]
    list_select_related = ["project"]
    search_fields = ["slug", *translated("title", "summary", "body")]
    autocomplete_fields = ["project"]
    prepopulated_fields = {"slug": ["title_pl"]}
    date_hierarchy = "date"
    readonly_fields = [*PublishableAdmin.readonly_fields, "cover_preview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "date", "summary", "body", "project"]}),
        (_("Cover image"), {"fields": ["cover_image", "cover_preview", "cover_image_alt"]}),
        PublishableAdmin.publication_fieldset,
    ]

    @admin.display(description=_("cover image"))
    def cover_preview(self, obj):
        return image_preview(obj.cover_image, obj.cover_image_alt)
