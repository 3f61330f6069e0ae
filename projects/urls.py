from django.urls import path

from projects import views

# Projects and their partner organisations have a namespace each: "projects" and "partners".
project_patterns = (
    [
        path("", views.ProjectListView.as_view(), name="list"),
        path("<slug:slug>/", views.ProjectDetailView.as_view(), name="detail"),
    ],
    "projects",
)
partner_patterns = (
    [
        path("", views.OrganisationListView.as_view(), name="list"),
        path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="detail"),
    ],
    "partners",
)
