import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.content.filtering import (
    FacetedFilterSet,
    FacetFilter,
    TopFacetFilter,
    choices_of,
    city_facet,
    country_facet,
)
from portal.models import PublicationStatus, Theme
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project


def practice_years():
    return [(str(year), str(year)) for year in range(timezone.localdate().year, 1999, -1)]


class PracticeFilter(FacetedFilterSet):
    programme = FacetFilter(
        label=_("Programme"),
        field_name="projects__programme__slug",
        published_via="projects",
        choices=choices_of(
            lambda: Programme.objects.published().only("slug", "short_name", "name")
        ),
    )
    project = TopFacetFilter(
        label=_("Project"),
        field_name="projects__slug",
        published_via="projects",
        rows=lambda: Project.objects.published(),
        elsewhere="projects:list",
        elsewhere_label=_("All projects"),
    )
    country = country_facet("city__country__code")
    city = city_facet("city__slug", "practices")
    theme = FacetFilter(
        label=_("Theme"),
        field_name="themes__slug",
        choices=choices_of(lambda: Theme.objects.only("slug", "name")),
    )
    organisation = TopFacetFilter(
        label=_("Organisation"),
        field_name="organisations__slug",
        published_via="organisations",
        rows=lambda: Organisation.objects.published().filter(
            # Of published practices only: one that only a draft names would betray the draft.
            Exists(GoodPractice.objects.published().filter(organisations=OuterRef("pk")))
        ),
        elsewhere="partners:list",
        elsewhere_label=_("All partners"),
    )
    # Transfers point at practices: reached through the reverse relation, by name.
    taken_up = FacetFilter(
        label=_("Taken up elsewhere"),
        field_name="transfers_out__status",
        to_db=lambda value: PublicationStatus.PUBLISHED if value == "yes" else value,
        choices=[("yes", _("yes"))],
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), choices=practice_years, method="filter_year", empty_label=_("all")
    )

    class Meta:
        model = GoodPractice
        fields = []

    def filter_year(self, queryset, name, value: int):  # The hint types it in the API schema.
        year = int(value)
        return queryset.filter(
            Q(year_end__isnull=True) | Q(year_end__gte=year), year_start__lte=year
        )
