"""The API's policies that REST_FRAMEWORK names in the settings: kept apart from the views, which
DRF's settings import would otherwise import while they are being imported."""

from django.conf import settings
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.throttling import AnonRateThrottle


class JSONOnly(BaseContentNegotiation):
    """JSON whatever the client accepts: there is no other format to choose."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return (renderers[0], renderers[0].media_type)


class AnonymousThrottle(AnonRateThrottle):
    """API_THROTTLE_RATE requests per client address (e.g. "120/minute"); None for no limit.

    Read on each request, not when the class is defined, so that tests can change it."""

    def get_rate(self):
        return settings.API_THROTTLE_RATE


class DownloadThrottle(AnonymousThrottle):
    """OPEN_DATA_DOWNLOAD_RATE downloads of lists per client address (e.g. "20/minute"); None for
    no limit. A whole list at scale keeps a worker busy for a long time."""

    scope = "downloads"

    def get_rate(self):
        return settings.OPEN_DATA_DOWNLOAD_RATE
