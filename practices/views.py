from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from portal.content.filtering import FacetedListView
from portal.content.views import PublishedDetailView
from portal.db.uploads import document_response
from portal.models import Theme
from portal.operations.caching import page_depends_on, page_shows_rows_of
from practices.filters import PracticeFilter
from practices.models import GoodPractice, PracticeContact
from projects.models import ORGANISATION_LONG_TEXTS, Organisation, Project

SIMILAR_PRACTICES = 4


class PracticeDetailView(PublishedDetailView):
    model = GoodPractice
    context_object_name = "practice"

    def get_object(self, queryset=None):
        # Other practices reach this page only as similar practices or through transfers, and
        # events only through their links to it, so the page cache keeps it while unrelated
        # practices and events change (Event.page_tags() names the practices an event is on).
        page_shows_rows_of(GoodPractice)
        page_shows_rows_of(GoodPractice._meta.get_field("events").related_model)
        practice = super().get_object(queryset)
        page_depends_on(*practice.similar_practices_tags())
        return practice

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("city__country")
            # The search document is never shown; the related rows are links: a name and an address.
            .defer("search_vector")
            .prefetch_related(
                Prefetch("themes", Theme.objects.addressed().only("slug", "name")),
                "images",
                "documents",
                "links",
                Prefetch("organisations", Organisation.objects.published().only("slug", "name")),
                Prefetch("projects", Project.objects.published().only("slug", "title")),
                Prefetch(
                    "contact_listings",
                    PracticeContact.objects.select_related("contact__organisation").defer(
                        *(f"contact__organisation__{field}" for field in ORGANISATION_LONG_TEXTS)
                    ),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        # Events and transfers point at practices, so they are reached through reverse relations.
        return super().get_context_data(
            events=self.object.events.published().for_cards(),
            transfers_out=self.object.transfers_out.published().for_display(),
            transfers_in=self.object.transfers_in.published().for_display(),
            similar_practices=GoodPractice.objects.published()
            .similar_to(self.object, count=SIMILAR_PRACTICES)
            .for_cards(),
            **kwargs,
        )


class PracticeDocumentView(PublishedDetailView):
    """A practice's document, as a download, for whoever may see the practice's page."""

    model = GoodPractice

    def get(self, request, *args, **kwargs):
        document = get_object_or_404(self.get_object().documents, pk=kwargs["document_pk"])
        return document_response(document.file, title=document.title)


class PracticeListView(FacetedListView):
    model = GoodPractice
    filterset_class = PracticeFilter
    alert_follow = "practices"
    context_object_name = "practices"
    download_name = "practices"  # portal/opendata/downloads.py

    def get_queryset(self):
        return super().get_queryset().for_cards()
