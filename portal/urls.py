from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import index, sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django.views.static import serve as serve_file

from portal import accounts, health, security, topics, views
from portal.content_urls import feed_patterns, news_patterns, page_patterns
from portal.maps import map_view
from portal.sitemaps import sitemaps
from projects.urls import partner_patterns, project_patterns


def topic_patterns(namespace, list_view, detail_view):
    """A list of cities, themes or programmes and a page for each, by slug."""
    return (
        [path("", list_view, name="list"), path("<slug:slug>/", detail_view, name="detail")],
        namespace,
    )


urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    # One sitemap and one robots.txt for every language: their addresses carry the language prefix.
    # The sitemap is an index of its sections, each split into pages of at most `limit` addresses.
    path(
        "sitemap.xml",
        index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap-section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path(".well-known/security.txt", security.security_txt, name="security-txt"),
    # For the process manager and the load balancer: no language, no cookies, never cached.
    path("healthz", health.liveness, name="healthz"),
    path("readyz", health.readiness, name="readyz"),
    # The read-only JSON API and its OpenAPI schema: every language in each response.
    path("api/v1/", include("portal.opendata.api_urls")),
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
    path(_("cities/"), include(topic_patterns("cities", topics.city_list, topics.city_detail))),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("themes/"), include(topic_patterns("themes", topics.theme_list, topics.theme_detail))),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("programmes/"),
        include(topic_patterns("programmes", topics.programme_list, topics.programme_detail)),
    ),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("map/"), map_view, name="map"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("search/"), views.search, name="search"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("feeds/"), include(feed_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("open-data/"), include("portal.opendata.urls")),
    path("admin/two-factor/", accounts.two_factor, name="two-factor"),
    path("admin/two-factor/remove/", accounts.two_factor_remove, name="two-factor-remove"),
    path("admin/", admin.site.urls),
)
if settings.SERVE_MEDIA:
    # static() adds nothing unless DEBUG is on, so the view is routed here directly.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
