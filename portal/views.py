from django.shortcuts import render
from django.utils import timezone
from django.views.generic import DetailView

from events.models import Event
from practices.models import GoodPractice
from projects.models import Project


class PublishedDetailView(DetailView):
    """A published object's page; staff who may change the object also see it as a draft."""

    def get_queryset(self):
        queryset = super().get_queryset()
        opts = queryset.model._meta
        if self.request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            return queryset
        return queryset.published()


def home(request):
    today = timezone.localdate()
    return render(
        request,
        "portal/home.html",
        {
            "practices": GoodPractice.objects.published().select_related("city")[:6],
            "upcoming_events": Event.objects.published()
            .filter(end_date__gte=today)
            .select_related("city")
            .order_by("start_date")[:4],
            "recent_events": Event.objects.published()
            .filter(end_date__lt=today)
            .select_related("city")[:4],
            "projects": Project.objects.published().select_related("programme")[:6],
        },
    )
