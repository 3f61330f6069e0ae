from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.alerts import views

app_name = "alerts"


def signed(segment):
    """A translated path segment followed by a signed token."""
    return format_lazy("{}<str:token>/", segment)


urlpatterns = [
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(_("subscribe/"), views.subscribe, name="subscribe"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(signed(_("confirm/")), views.confirm, name="confirm"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(signed(_("manage/")), views.manage, name="manage"),
    # Translators: a URL path segment; lowercase, no spaces or diacritics.
    path(signed(_("unsubscribe/")), views.unsubscribe, name="unsubscribe"),
]
