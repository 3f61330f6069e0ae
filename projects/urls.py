from django.urls import path

from projects import views

# Projects and organisations have a namespace each: "projects", and "partners" as visitors
# call organisations (in addresses too).
project_patterns = (
    [
        path("", views.ProjectListView.as_view(), name="list"),
        path("<slug:slug>/", views.ProjectDetailView.as_view(), name="detail"),
    ],
    "projects",
)
organisation_patterns = (
    [
        path("", views.OrganisationListView.as_view(), name="list"),
        path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="detail"),
    ],
    "partners",
)
