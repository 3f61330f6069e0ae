"""Import and export of good practices for staff."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.contacts.resources import WithContactsResource
from portal.content.imports import PublishableResource
from portal.db.search_indexes import in_every_language
from practices.models import GoodPractice


class GoodPracticeResource(WithContactsResource):
    constraint_messages = {
        "practices_goodpractice_years_ordered": _("The end year is before the start year."),
    }

    class Meta(PublishableResource.Meta):
        model = GoodPractice
        name = _("Good practices")
        fields = [
            "slug",
            *in_every_language(
                "title",
                "summary",
                "problem",
                "solution",
                "results",
                "resources",
                "transferability",
            ),
            "city",
            "organisations",
            "projects",
            "themes",
            "year_start",
            "year_end",
            "contacts",
            "status",
        ]

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        # Staff who import a practice as published have reviewed it, as in the admin's form.
        if instance.is_published:
            instance.reviewed_at = timezone.now()

    def export(self, queryset=None, **kwargs):
        queryset = self.get_queryset() if queryset is None else queryset
        return super().export(
            queryset.select_related("city").prefetch_related(
                "organisations", "projects", "themes", "contact_listings__contact"
            ),
            **kwargs,
        )
