"""The API's addresses, /api/v1/, outside the language prefix: its texts carry every language."""

from django.http import JsonResponse
from django.urls import path, re_path
from django.utils import translation
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.exceptions import NotFound
from rest_framework.routers import DefaultRouter

from portal.opendata import api

app_name = "api"


class SchemaView(SpectacularJSONAPIView):
    """The OpenAPI schema in English, whatever the client's language: one schema for all."""

    def dispatch(self, request, *args, **kwargs):
        with translation.override("en"):
            return super().dispatch(request, *args, **kwargs).render()


def not_found(request, path):
    """Any other address under /api/v1/ (a slug with other characters, a typo): JSON, as the
    API's own 404s, not the site's HTML page."""
    return JsonResponse({"detail": str(NotFound.default_detail)}, status=404)


router = DefaultRouter()
router.include_format_suffixes = False
router.register("practices", api.PracticeViewSet, basename="practice")
router.register("projects", api.ProjectViewSet, basename="project")
router.register("organisations", api.OrganisationViewSet, basename="organisation")
router.register("events", api.EventViewSet, basename="event")
router.register("programmes", api.ProgrammeViewSet, basename="programme")
router.register("cities", api.CityViewSet, basename="city")
router.register("themes", api.ThemeViewSet, basename="theme")
router.register("transfers", api.TransferViewSet, basename="transfer")

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    *router.urls,
    re_path(r"^(?P<path>.*)$", not_found),
]
