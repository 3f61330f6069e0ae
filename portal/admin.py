"""The admin site's settings, and the admin of the portal's own models: places, themes, news."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.content.admin import (
    ContentAdmin,
    ImportJobAdmin,
    PublishableAdmin,
    image_preview,
    translated,
)
from portal.models import City, Country, ImportJob, NewsItem, Page, Theme
from portal.staff.accounts import StaffLoginForm

admin.site.site_header = _("Cross-border good practices: administration")
admin.site.site_title = _("Cross-border good practices")
admin.site.index_title = _("Content")
# Staff who turned on two-factor authentication give their authenticator's code too.
admin.site.login_form = StaffLoginForm
admin.site.login_template = "admin/two_factor_login.html"

admin.site.register(ImportJob, ImportJobAdmin)


@admin.register(Country)
class CountryAdmin(ContentAdmin):
    list_display = ["name", "code", "time_zone"]
    search_fields = ["code", *translated("name")]


@admin.register(City)
class CityAdmin(ContentAdmin):
    list_display = ["name", "country", "region", "agglomeration", "latitude", "longitude"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["slug", *translated("name", "agglomeration")]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name_pl"]}


@admin.register(Theme)
class ThemeAdmin(ContentAdmin):
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
        (_("Navigation"), {"fields": ["position", "show_in_navigation", "offers_staff_form"]}),
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
