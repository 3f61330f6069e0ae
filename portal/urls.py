from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from portal import views
from portal.content_urls import news_patterns, page_patterns
from portal.maps import map_view
from projects.urls import partner_patterns, project_patterns

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
]
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("good-practices/"), include("practices.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("projects/"), include(project_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("partners/"), include(partner_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("events/"), include("events.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("pages/"), include(page_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("news/"), include(news_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("map/"), map_view, name="map"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("search/"), views.search, name="search"),
    path("admin/", admin.site.urls),
)
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
