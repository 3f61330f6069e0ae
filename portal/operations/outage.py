"""A short "back soon" page instead of a server error while the database cannot be reached.

Under /api/ the answer is JSON, as the API's other errors: {"detail": "..."} in the client's
language (Accept-Language, as the API's texts), so programs read it as they read a 429."""

import logging

import psycopg
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.log import log_response
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)

# Django wraps the driver's errors in its own; psycopg's own are for code that uses it directly.
DATABASE_UNREACHABLE = (
    OperationalError,
    InterfaceError,
    psycopg.OperationalError,
    psycopg.InterfaceError,
)
RETRY_AFTER_SECONDS = 30
API_PREFIX = "/api/"


def error_summary(error):
    """The error's class and the first line of its message, for a log line of its own."""
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0] if message else ''}"


def unavailable_message():
    """The API's 503 in the active language (LocaleMiddleware's: the client's, or Polish)."""
    return ngettext(
        "The portal is briefly unavailable. Try again in %(seconds)d second.",
        "The portal is briefly unavailable. Try again in %(seconds)d seconds.",
        RETRY_AFTER_SECONDS,
    ) % {"seconds": RETRY_AFTER_SECONDS}


class DatabaseOutageMiddleware:
    """Answer 503 with a translated page (JSON under /api/) and Retry-After when a view cannot
    reach the database.

    Nothing is kept between requests: Django drops a broken connection at the end of the request
    and CONN_HEALTH_CHECKS tests a kept one before use, so pages come back with the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_UNREACHABLE):
            return None
        if request.path_info.startswith(API_PREFIX):
            response = JsonResponse(
                {"detail": unavailable_message()},
                status=503,
                json_dumps_params={"ensure_ascii": False},
            )
        else:
            language = translation.get_language_from_path(request.path_info)
            with translation.override(language or translation.get_language()):
                # No request, so no context processors: they would query the database again.
                response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        # One line per request, without the traceback: the cause is outside the code.
        log_response(
            "Database unavailable, answered 503 to %s %s: %s",
            request.method,
            request.path,
            error_summary(exception),
            response=response,
            request=request,
            logger=logger,
        )
        return response
