from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.enquiries.models import TargetKind
from portal.enquiries.views import EnquiryView
from projects import views
from projects.models import Organisation, Project

# Translators: a URL path segment; lowercase, no spaces or diacritics.
WRITE = format_lazy("<slug:slug>/{}", _("write/"))

# Projects and organisations have a namespace each: "projects", and "partners" as visitors
# call organisations (in addresses too).
project_patterns = (
    [
        path("", views.ProjectListView.as_view(), name="list"),
        path("<slug:slug>/", views.ProjectDetailView.as_view(), name="detail"),
        path(WRITE, EnquiryView.as_view(kind=TargetKind.PROJECT, model=Project), name="enquiry"),
    ],
    "projects",
)
organisation_patterns = (
    [
        path("", views.OrganisationListView.as_view(), name="list"),
        path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="detail"),
        path(
            WRITE,
            EnquiryView.as_view(kind=TargetKind.ORGANISATION, model=Organisation),
            name="enquiry",
        ),
    ],
    "partners",
)
