from django.urls import path
from django.utils.translation import gettext_lazy as _

from portal.contributions import (
    applications,
    cities,
    entry_views,
    freshness_views,
    two_factor,
    views,
)
from portal.transfers import views as transfer_views

app_name = "contributions"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("log-in/"), views.AccountLoginView.as_view(), name="login"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("log-out/"), views.AccountLogoutView.as_view(), name="logout"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("invitation/<str:token>/"), views.invitation, name="invitation"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("password-reset/"), views.reset_views["request"], name="password-reset"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("password-reset/sent/"), views.reset_views["done"], name="password-reset-done"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("password-reset/<uidb64>/<token>/"),
        views.reset_views["confirm"],
        name="password-reset-confirm",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("password-reset/done/"),
        views.reset_views["complete"],
        name="password-reset-complete",
    ),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("cities/"), cities.suggestions, name="cities"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("two-factor/"), two_factor.TwoFactorView.as_view(), name="two-factor"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("practices/<int:pk>/confirm/"),
        freshness_views.practice_confirm,
        name="practice-confirm",
    ),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("practices/new/"), entry_views.new_practice, name="practice-new"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("events/new/"), entry_views.new_event, name="event-new"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("events/<int:pk>/applications/"),
        applications.EventApplicationsView.as_view(),
        name="event-applications",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("submissions/<int:pk>/"),
        entry_views.SubmissionEditView.as_view(),
        name="submission-edit",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("submissions/<int:pk>/preview/"),
        entry_views.SubmissionPreviewView.as_view(),
        name="submission-preview",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("submissions/<int:pk>/submit/"),
        entry_views.SubmissionSubmitView.as_view(),
        name="submission-submit",
    ),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("submissions/<int:pk>/documents/<int:document_pk>/"),
        entry_views.SubmissionDocumentView.as_view(),
        name="submission-document",
    ),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("transfers/new/"), transfer_views.transfer_new, name="transfer-new"),
    path(
        # Translators: a URL path segment; lowercase, no spaces or diacritics.
        _("propose-a-change/<str:kind>/<int:pk>/"),
        entry_views.EntryChangeView.as_view(),
        name="entry-change",
    ),
]
