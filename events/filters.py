import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventKind
from portal.content.filtering import (
    FacetedFilterSet,
    FacetFilter,
    TopFacetFilter,
    city_facet,
    country_facet,
)
from projects.models import Project


class EventFilter(FacetedFilterSet):
    newest_order = ("-start_date", "pk")

    kind = FacetFilter(label=_("Kind"), field_name="kind", choices=EventKind.choices)
    country = country_facet("city__country__code")
    city = city_facet("city__slug", "events")
    project = TopFacetFilter(
        label=_("Project"),
        field_name="project__slug",
        published_via="project",
        rows=lambda: Project.objects.published().filter(
            # Projects of published events only: one that only a draft names would betray the draft.
            Exists(Event.objects.published().filter(project=OuterRef("pk")))
        ),
        elsewhere="projects:list",
        elsewhere_label=_("All projects"),
    )
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("upcoming")), ("past", _("past"))],
        method="filter_when",
        empty_label=_("all"),
    )
    date_from = django_filters.DateFilter(
        label=_("From"),
        field_name="end_date",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = django_filters.DateFilter(
        label=_("To"),
        field_name="start_date",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = Event
        fields = []

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()
