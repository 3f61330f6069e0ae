import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from portal.content.filtering import (
    FacetedFilterSet,
    FacetFilter,
    TopFacetFilter,
    choices_of,
    city_facet,
    country_facet,
)
from portal.models import Theme
from projects.models import Organisation, OrganisationKind, Programme, Project


class YearFilter(django_filters.NumberFilter):
    """A year: a whole number within what dates can hold (PostgreSQL is never asked for year 0)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", datetime.MINYEAR)
        kwargs.setdefault("max_value", datetime.MAXYEAR)
        super().__init__(*args, **kwargs)


class ProjectFilter(FacetedFilterSet):
    newest_order = ("-start_date", "pk")

    programme = FacetFilter(
        label=_("Programme"),
        field_name="programme__slug",
        choices=choices_of(
            lambda: Programme.objects.published().only("slug", "short_name", "name")
        ),
    )
    country = country_facet("cities__country__code")
    city = city_facet("cities__slug", "projects")
    theme = FacetFilter(
        label=_("Theme"),
        field_name="themes__slug",
        # Themes of published projects only: one that only a draft carries would betray the draft.
        choices=choices_of(
            lambda: Theme.objects.filter(
                Exists(Project.objects.published().filter(themes=OuterRef("pk")))
            ).only("slug", "name")
        ),
    )
    organisation = TopFacetFilter(
        label=_("Partner"),
        field_name="partners__slug",
        published_via="partners",
        rows=lambda: Organisation.objects.published().filter(
            # Partners of published projects only: a draft's partner would betray the draft.
            Exists(Project.objects.published().filter(partners=OuterRef("pk")))
        ),
        elsewhere="partners:list",
        elsewhere_label=_("All partners"),
    )
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[("running", _("running")), ("finished", _("finished"))],
        method="filter_period",
        empty_label=_("all"),
    )
    year = YearFilter(label=_("Running in year"), method="filter_year")

    class Meta:
        model = Project
        fields = []

    def filter_period(self, queryset, name, value):
        return queryset.running() if value == "running" else queryset.finished()

    def filter_year(self, queryset, name, value):
        return queryset.filter(start_date__year__lte=value, end_date__year__gte=value)


class OrganisationFilter(FacetedFilterSet):
    title_field = "name"

    country = country_facet("city__country__code")
    city = city_facet("city__slug", "organisations")
    kind = FacetFilter(label=_("Kind"), field_name="kind", choices=OrganisationKind.choices)

    class Meta:
        model = Organisation
        fields = []
