"""Contact persons in the admin, and the inline that lists an item's contacts on its page."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from portal.contacts.models import ContactPerson
from portal.content.admin import ContentAdmin, translated


def language_names(codes):
    """Language codes as names in the admin's language: "cs, pl" -> "Czech, Polish"."""
    return ", ".join(str(get_language_info(code)["name_translated"]) for code in codes)


class AnswersInLanguageFilter(admin.SimpleListFilter):
    title = _("answers in")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return [
            (code, get_language_info(code)["name_translated"]) for code, _n in settings.LANGUAGES
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(languages__contains=[self.value()])
        return queryset


@admin.register(ContactPerson)
class ContactPersonAdmin(ContentAdmin):
    list_display = ["name", "role", "organisation_shown", "email", "phone", "languages_shown"]
    list_filter = [AnswersInLanguageFilter, ("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["organisation"]
    search_fields = [
        "name",
        "email",
        "phone",
        "organisation_name",
        *translated("role", "organisation__name"),
    ]
    autocomplete_fields = ["organisation"]
    fieldsets = [
        (None, {"fields": ["name", "role", "organisation", "organisation_name"]}),
        (
            _("How to reach them (never shown to visitors)"),
            {"fields": ["email", "phone", "languages"]},
        ),
    ]

    @admin.display(description=_("organisation"), ordering="organisation__slug")
    def organisation_shown(self, obj):
        return obj.organisation or obj.organisation_name or "–"

    @admin.display(description=_("languages they answer in"))
    def languages_shown(self, obj):
        return language_names(obj.languages)


class ContactListingInline(admin.TabularInline):
    """An item's contact persons, chosen by name or e-mail, in the order its page lists them."""

    fields = ["contact", "position"]
    autocomplete_fields = ["contact"]
    extra = 0
