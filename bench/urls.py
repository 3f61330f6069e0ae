"""The portal's addresses and the bare view's, `/<language>/bench/bare/`."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from bench import views
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    *i18n_patterns(path("bench/bare/", views.bare, name="bench-bare")),
    *portal_urlpatterns,
]
