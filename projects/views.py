from django.db.models import Prefetch

from portal.content.filtering import FacetedListView
from portal.content.views import PublishedDetailView
from portal.models import City, PublicationStatus, Theme
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import (
    ORGANISATION_LONG_TEXTS,
    Organisation,
    OrganisationContact,
    Project,
    ProjectContact,
)

# Practices and events point at projects and organisations, never the other way round,
# so their published rows are reached through the reverse relations.


class ProjectDetailView(PublishedDetailView):
    model = Project
    context_object_name = "project"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("programme")
            # Shown in full but for its search document; its programme and themes are links.
            .defer("search_vector", "programme__description")
            .prefetch_related(
                Prefetch("themes", Theme.objects.addressed().only("slug", "name")),
                Prefetch("cities", City.objects.addressed()),
                Prefetch(
                    "contact_listings",
                    ProjectContact.objects.select_related("contact__organisation").defer(
                        *(f"contact__organisation__{field}" for field in ORGANISATION_LONG_TEXTS)
                    ),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        project = self.object
        return super().get_context_data(
            partnerships=project.partnerships.filter(
                organisation__status=PublicationStatus.PUBLISHED
            )
            .select_related("organisation__city__country")
            .defer(*(f"organisation__{field}" for field in ORGANISATION_LONG_TEXTS))
            .addressed("organisation"),
            practices=project.practices.published().for_cards(),
            events=project.events.published().for_cards(),
            **kwargs,
        )


class OrganisationDetailView(PublishedDetailView):
    model = Organisation
    context_object_name = "organisation"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("city__country")
            .prefetch_related(
                Prefetch(
                    "contact_listings",
                    OrganisationContact.objects.select_related("contact__organisation"),
                )
            )
        )

    def get_context_data(self, **kwargs):
        organisation = self.object
        return super().get_context_data(
            partnerships=organisation.partnerships.filter(
                project__status=PublicationStatus.PUBLISHED
            )
            .select_related("project__programme")
            .order_by("-project__start_date")
            .addressed("project"),
            practices=organisation.practices.published().select_related("city"),
            events=organisation.events.published().select_related("city"),
            **kwargs,
        )


class ProjectListView(FacetedListView):
    model = Project
    filterset_class = ProjectFilter
    alert_follow = "projects"
    context_object_name = "projects"
    download_name = "projects"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().for_cards()


class OrganisationListView(FacetedListView):
    model = Organisation
    filterset_class = OrganisationFilter
    alert_follow = "partners"
    context_object_name = "organisations"
    download_name = "partners"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().select_related("city__country")
