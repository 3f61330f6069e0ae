from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Places and themes")

    def ready(self):
        from portal.operations import caching, security  # noqa: F401 (security registers its deploy check)

        caching.connect_signals()
