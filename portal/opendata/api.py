"""The read-only JSON API (/api/v1/): published content, filtered with the pages' FilterSets.

Anonymous and read-only: GET, HEAD and OPTIONS, no session, no CSRF token. A filter value that
the page would ignore with a message is refused here with 400 and the same message, so a program
never takes a whole list for a filtered one. Lists come in pages of `page_size` (at most
MAX_PAGE_SIZE) rows. Related rows are published ones only, fetched with the page (a fixed number
of queries per request). The OpenAPI 3 schema (drf-spectacular) is served at /api/v1/schema/.
"""

import django_filters
from django.core.paginator import InvalidPage
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

from events.filters import EventFilter
from events.models import Event
from portal.content.filtering import country_facet
from portal.models import City, PublicationStatus, Theme
from portal.opendata import serializers as api
from portal.transfers.filters import TransferFilter
from portal.transfers.models import Transfer
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import Fund, Organisation, Partnership, Programme, Project

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def positive_whole_number(value, name):
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        raise ValidationError({name: [_("A whole number from 1 is expected.")]})
    return number


class Pages(PageNumberPagination):
    """Pages of `page_size` rows (PAGE_SIZE, at most MAX_PAGE_SIZE): a page number or page size
    that is no number is refused (400), a page past the last is not found (404)."""

    page_size = PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        size = positive_whole_number(value, self.page_size_query_param)
        if size > self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("At most %(count)d results a page.") % {"count": self.max_page_size}
                    ]
                }
            )
        return size

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        page_size = self.get_page_size(request)
        number = positive_whole_number(request.query_params.get(self.page_query_param, 1), "page")
        paginator = self.django_paginator_class(queryset, page_size)
        try:
            self.page = paginator.page(number)
        except InvalidPage as error:
            raise NotFound(_("There is no page %(number)d.") % {"number": number}) from error
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        page, size = super().get_schema_operation_parameters(view)
        page["schema"] = {"type": "integer", "minimum": 1}
        size["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        size["description"] = f"Number of results per page: {PAGE_SIZE} unless given."
        return [page, size]


class StrictFilterBackend(DjangoFilterBackend):
    """The FilterSet of a list, and only of a list: an object is found by its slug alone."""

    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", None) != "list":
            return queryset
        return super().filter_queryset(request, queryset, view)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


# Error responses (DRF's): 400 names the parameters refused, 404 and 429 give `detail`.
PARAMETER_ERRORS = OpenApiResponse(
    response={
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    },
    description="A parameter has a value that is not one of its values: each, with why.",
)
NOT_FOUND = OpenApiResponse(ErrorSerializer, description="No such row (or no such page).")
THROTTLED = OpenApiResponse(ErrorSerializer, description="Too many requests from this address.")


def documented(plural, singular, serializer, detail_serializer=None):
    """The list and detail operations of a kind of content, with every response they give."""
    return extend_schema_view(
        list=extend_schema(
            summary=f"Published {plural}, a page at a time",
            responses={
                200: serializer(many=True),
                400: PARAMETER_ERRORS,
                404: NOT_FOUND,
                429: THROTTLED,
            },
        ),
        retrieve=extend_schema(
            summary=f"One published {singular}, by its slug",
            responses={200: detail_serializer or serializer, 404: NOT_FOUND, 429: THROTTLED},
        ),
    )


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    http_method_names = ["get", "head", "options"]
    pagination_class = Pages
    filter_backends = [StrictFilterBackend]
    detail_serializer_class = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class


def cities_with_countries():
    return City.objects.addressed().select_related("country")


@documented("practices", "good practice", api.PracticeSerializer, api.PracticeDetailSerializer)
class PracticeViewSet(ReadOnlyViewSet):
    serializer_class = api.PracticeSerializer
    detail_serializer_class = api.PracticeDetailSerializer
    filterset_class = PracticeFilter

    def get_queryset(self):
        queryset = (
            GoodPractice.objects.published()
            .select_related("city__country")
            .prefetch_related(
                Prefetch("themes", Theme.objects.addressed()),
                Prefetch("projects", Project.objects.published()),
                Prefetch("organisations", Organisation.objects.published()),
                # Transfers point at practices: published ones of published practices.
                Prefetch(
                    "transfers_out", Transfer.objects.published().select_related("city__country")
                ),
                Prefetch("transfers_in", Transfer.objects.published()),
            )
        )
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("links")
        return queryset


@documented("projects", "project", api.ProjectSerializer, api.ProjectDetailSerializer)
class ProjectViewSet(ReadOnlyViewSet):
    serializer_class = api.ProjectSerializer
    detail_serializer_class = api.ProjectDetailSerializer
    filterset_class = ProjectFilter

    def get_queryset(self):
        return (
            Project.objects.published()
            .select_related("programme")
            .prefetch_related(
                Prefetch("themes", Theme.objects.addressed()),
                Prefetch("cities", cities_with_countries()),
                Prefetch(
                    "partnerships",
                    Partnership.objects.filter(organisation__status=PublicationStatus.PUBLISHED)
                    .select_related("organisation")
                    .addressed("organisation"),
                ),
            )
        )


@documented(
    "organisations", "organisation", api.OrganisationSerializer, api.OrganisationDetailSerializer
)
class OrganisationViewSet(ReadOnlyViewSet):
    serializer_class = api.OrganisationSerializer
    detail_serializer_class = api.OrganisationDetailSerializer
    filterset_class = OrganisationFilter

    def get_queryset(self):
        return Organisation.objects.published().select_related("city__country")


@documented("events", "event", api.EventSerializer, api.EventDetailSerializer)
class EventViewSet(ReadOnlyViewSet):
    serializer_class = api.EventSerializer
    detail_serializer_class = api.EventDetailSerializer
    filterset_class = EventFilter

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("city__country", "visitors_from", "project")
            .prefetch_related(
                Prefetch("organisations", Organisation.objects.published()),
                Prefetch("practices", GoodPractice.objects.published()),
            )
        )


@documented("transfers", "transfer", api.TransferSerializer)
class TransferViewSet(ReadOnlyViewSet):
    """Transfers have no slug of their own: each is found by its number."""

    lookup_field = "pk"
    lookup_value_regex = r"[0-9]+"
    serializer_class = api.TransferSerializer
    filterset_class = TransferFilter

    def get_queryset(self):
        return (
            Transfer.objects.published()
            .select_related("city__country", "organisation", "adopted_practice")
            .prefetch_related(Prefetch("events", Event.objects.published().order_by("start_date")))
            .order_by("pk")
        )


class ProgrammeFilter(django_filters.FilterSet):
    fund = django_filters.ChoiceFilter(label=gettext_lazy("Fund"), choices=Fund.choices)

    class Meta:
        model = Programme
        fields = []


@documented("programmes", "programme", api.ProgrammeSerializer, api.ProgrammeDetailSerializer)
class ProgrammeViewSet(ReadOnlyViewSet):
    serializer_class = api.ProgrammeSerializer
    detail_serializer_class = api.ProgrammeDetailSerializer
    filterset_class = ProgrammeFilter

    def get_queryset(self):
        return Programme.objects.published().order_by("-period_start", "-period_end", "slug")


class CityFilter(django_filters.FilterSet):
    country = country_facet("country__code")

    class Meta:
        model = City
        fields = []


@documented("cities", "city", api.CitySerializer)
class CityViewSet(ReadOnlyViewSet):
    serializer_class = api.CitySerializer
    filterset_class = CityFilter

    def get_queryset(self):
        return cities_with_countries().order_by("slug")


@documented("themes", "theme", api.ThemeSerializer, api.ThemeDetailSerializer)
class ThemeViewSet(ReadOnlyViewSet):
    serializer_class = api.ThemeSerializer
    detail_serializer_class = api.ThemeDetailSerializer

    def get_queryset(self):
        return Theme.objects.addressed().order_by("slug")


def filters_may_be_empty(result, generator, request, public):
    """A drf-spectacular hook: an empty filter (?city=) filters nothing, as a page's form sends
    it, and the schema says so (allowEmptyValue); the page and its size must be numbers."""
    for methods in result["paths"].values():
        for operation in methods.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and parameter["name"] not in ("page", "page_size"):
                    parameter["allowEmptyValue"] = True
    return result
