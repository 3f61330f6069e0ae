from django.urls import path, re_path

from portal.opendata import views

app_name = "opendata"

urlpatterns = [
    path("", views.open_data, name="page"),
    # Lists by their names in English in every language: scripts use the same address in each.
    re_path(r"^(?P<name>[a-z]+)\.(?P<file_format>csv|json)$", views.download, name="download"),
]
