"""The root URLs: each app's addresses under the language prefix, and the few outside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_file

from portal import views
from portal.enquiries.views import EnquiryView
from portal.operations import health, security
from portal.sitewide import urls as sitewide_urls
from portal.staff import accounts
from projects.urls import organisation_patterns, project_patterns

page_patterns = (
    [path("<slug:slug>/", views.PageDetailView.as_view(), name="detail")],
    "pages",
)
news_patterns = (
    [
        path("", views.NewsListView.as_view(), name="list"),
        path("<slug:slug>/", views.NewsDetailView.as_view(), name="detail"),
    ],
    "news",
)

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    *sitewide_urls.unprefixed_patterns,
    path(".well-known/security.txt", security.security_txt, name="security-txt"),
    # For the process manager and the load balancer: no language, no cookies, never cached.
    path("healthz", health.liveness, name="healthz"),
    path("readyz", health.readiness, name="readyz"),
    # The read-only JSON API and its OpenAPI schema: every language in each response.
    path("api/v1/", include("portal.opendata.api_urls")),
]
urlpatterns += i18n_patterns(
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("good-practices/"), include("practices.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("projects/"), include(project_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("partners/"), include(organisation_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("events/"), include("events.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("pages/"), include(page_patterns)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("news/"), include(news_patterns)),
    # Home, search, map, cities, themes, programmes and feeds.
    path("", include(sitewide_urls)),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("open-data/"), include("portal.opendata.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("privacy/"), views.privacy_notice, name="privacy"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("write-to-us/"), EnquiryView.as_view(), name="enquiry"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("accessibility/"), views.accessibility_statement, name="accessibility"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("for-partners/"), include("portal.contributions.urls")),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("alerts/"), include("portal.alerts.urls")),
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
