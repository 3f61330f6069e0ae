"""The API's policies that REST_FRAMEWORK names in the settings: kept apart from the views, which
DRF's settings import would otherwise import while they are being imported."""

import math

from django.conf import settings
from django.utils.translation import ngettext
from rest_framework.exceptions import Throttled
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.throttling import AnonRateThrottle

from portal.operations.ratelimits import count_request


class JSONOnly(BaseContentNegotiation):
    """JSON whatever the client accepts: there is no other format to choose."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return (renderers[0], renderers[0].media_type)


class AnonymousThrottle(AnonRateThrottle):
    """API_THROTTLE_RATE requests per client address (e.g. "120/minute"); None for no limit.

    Read on each request, not when the class is defined, so that tests can change it. Counted
    where every process and server sees the count (portal/operations/ratelimits.py), in windows
    of the rate's length that a client's first request opens."""

    def get_rate(self):
        return settings.API_THROTTLE_RATE

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        requests, self.seconds_left = count_request(key, self.duration)
        return requests <= self.num_requests

    def wait(self):
        """Whole seconds until the window closes, at least one (Retry-After)."""
        return max(1, math.ceil(self.seconds_left))


class DownloadThrottle(AnonymousThrottle):
    """OPEN_DATA_DOWNLOAD_RATE downloads of lists per client address (e.g. "20/minute"); None for
    no limit. A whole list at scale keeps a worker busy for a long time."""

    scope = "downloads"

    def get_rate(self):
        return settings.OPEN_DATA_DOWNLOAD_RATE


class TooManyRequests(Throttled):
    """DRF's 429 with the whole message translated: DRF's own formats the number into its
    message before looking it up, so its second sentence stays in English."""

    def __init__(self, wait):
        seconds = max(1, math.ceil(wait or 1))
        detail = ngettext(
            "Too many requests from your address. Try again in %(seconds)d second.",
            "Too many requests from your address. Try again in %(seconds)d seconds.",
            seconds,
        ) % {"seconds": seconds}
        super().__init__(detail=detail)
        self.wait = seconds


def api_exception_handler(exc, context):
    """DRF's responses to errors, with a 429 in the client's language and Retry-After."""
    # Here, not above: rest_framework.views reads the settings that name this module.
    from rest_framework.views import exception_handler

    if isinstance(exc, Throttled):
        exc = TooManyRequests(exc.wait)
    return exception_handler(exc, context)
