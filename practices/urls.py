from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.enquiries.models import TargetKind
from portal.enquiries.views import EnquiryView
from practices import views
from practices.models import GoodPractice

app_name = "practices"

urlpatterns = [
    path("", views.PracticeListView.as_view(), name="list"),
    path("<slug:slug>/", views.PracticeDetailView.as_view(), name="detail"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        format_lazy("<slug:slug>/{}<int:document_pk>/", _("documents/")),
        views.PracticeDocumentView.as_view(),
        name="document",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        format_lazy("<slug:slug>/{}", _("write/")),
        EnquiryView.as_view(kind=TargetKind.PRACTICE, model=GoodPractice),
        name="enquiry",
    ),
]
