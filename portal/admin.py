"""Admin pieces every app shares, and the admin of places, themes, pages and news."""

import dataclasses
from functools import partialmethod

from django.contrib import admin, messages
from django.db import transaction
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import to_historic
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from portal.accounts import StaffLoginForm
from portal.models import City, Country, NewsItem, Page, PublicationStatus, Theme

admin.site.site_header = _("Cross-border good practices: administration")
admin.site.site_title = _("Cross-border good practices")
admin.site.index_title = _("Content")
# Staff who turned on two-factor authentication give their authenticator's code too.
admin.site.login_form = StaffLoginForm
admin.site.login_template = "admin/two_factor_login.html"


def translated(*fields):
    """The per-language columns of translated fields, for `search_fields`."""
    return [f"{field}_{language}" for field in fields for language in ("pl", "cs", "en")]


def image_preview(image_file, alt=""):
    if not image_file:
        return "–"
    return format_html(
        '<img src="{}" alt="{}" class="admin-preview" loading="lazy">', image_file.url, alt
    )


BLANK = (None, "")


class VersionChanges(HistoricalRecordContextHelper):
    """What a version changed, as editors read it: each language apart, nothing blank to empty."""

    def context_for_delta_changes(self, delta):
        try:
            # The untranslated column only mirrors whichever language was active when saved.
            mirrors = translator.get_options_for_model(self.model).fields
        except NotRegistered:
            mirrors = {}
        changes = [
            change
            for change in delta.changes
            if change.field not in mirrors and not (change.old in BLANK and change.new in BLANK)
        ]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))

    def prepare_delta_change_value(self, change, value):
        if value is None:
            return ""
        field = self.model._meta.get_field(change.field)
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """Every version with who, when and what changed, and revert; also the rows edited inline."""

    object_history_template = "admin/content_history.html"
    object_history_list_template = "admin/history_versions.html"
    object_history_form_template = "admin/content_version.html"

    # simple-history ships its Czech as cs_CZ, which Django's "cs" never loads: the titles and
    # the version page's words (templates/admin/content_version.html) are the portal's own.
    def history_view_title(self, request, obj):
        return gettext("History: %s") % obj

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return gettext("Version of %s") % obj
        return gettext("Bring back a version of %s") % obj

    def get_historical_record_context_helper(self, request, historical_record):
        return VersionChanges(self.model, historical_record)

    def render_history_view(self, request, template, context, **kwargs):
        if template == self.object_history_template:
            context["inline_versions"] = self.inline_versions(context["object"])
        return super().render_history_view(request, template, context, **kwargs)

    def inline_versions(self, obj):
        """The versions, newest first, of each kind of row edited inline on this object's page."""
        sections = []
        for inline in self.inlines:
            model = inline.model
            manager_name = getattr(model._meta, "simple_history_manager_attribute", None)
            if manager_name is None:
                continue
            parent = next(f for f in model._meta.fields if f.related_model is self.model)
            versions = list(
                getattr(model, manager_name)
                .filter(**{parent.attname: obj.pk})
                .select_related("history_user")
                .order_by("history_date", "history_id")
            )
            latest = {}
            for version in versions:
                row = getattr(version, model._meta.pk.attname)
                if row in latest:
                    delta = version.diff_against(latest[row], foreign_keys_are_objs=True)
                    helper = VersionChanges(model, version)
                    version.history_delta_changes = helper.context_for_delta_changes(delta)
                latest[row] = version
            if versions:
                sections.append((model._meta.verbose_name_plural, versions[::-1]))
        return sections

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        version = to_historic(obj) if obj is not None else None
        if version is None:
            return form_class
        # simple-history rebuilds a past version without its many-to-many links (its issue
        # #1063), so the revert form would show today's themes: start it from the version's own.
        links = {
            field.name: list(
                getattr(version, field.name).values_list(
                    get_m2m_reverse_field_name(field), flat=True
                )
            )
            for field in version._history_m2m_fields
        }
        return type(
            form_class.__name__,
            (form_class,),
            {"__init__": partialmethod(form_class.__init__, initial=links)},
        )

    def save_model(self, request, obj, form, change):
        reverted_to = to_historic(obj)
        if reverted_to is not None:
            obj._change_reason = gettext("Reverted to the version of %(date)s") % {
                "date": date_format(localtime(reverted_to.history_date), "SHORT_DATETIME_FORMAT")
            }
        super().save_model(request, obj, form, change)


class ContentAdmin(HistoryAdmin, TabbedTranslationAdmin):
    """Each language in its own tab, and the history of every change."""


class PublishableAdmin(ContentAdmin):
    """Publication status in lists and filters, bulk publish and unpublish, dates read-only."""

    actions = ["publish", "unpublish"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    publication_fieldset = (
        _("Publication"),
        {"fields": ["status", "published_at", "created_at", "updated_at"]},
    )

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = self.change_status(request, queryset, PublicationStatus.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = self.change_status(request, queryset, PublicationStatus.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d item returned to draft.", "%(count)d items returned to draft.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @transaction.atomic
    def change_status(self, request, queryset, status):
        """Give the selected items `status` one by one, so each keeps a version by its editor."""
        # A bulk update() would write no history; the items whose status stays are not saved.
        changing = list(queryset.exclude(status=status))
        for item in changing:
            item.status = status
            item._history_user = request.user
            item.save(update_fields=["status", "published_at", "updated_at"])
        return len(changing)


class GalleryImageInline(TranslationStackedInline):
    fields = ["image", "preview", "alt_text", "caption", "position"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return image_preview(obj.image, obj.alt_text)


@admin.register(Country)
class CountryAdmin(ContentAdmin):
    list_display = ["name", "code"]
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
