"""The page cache: whole pages for anonymous visitors, made stale by any change to content.

PageCacheMiddleware is the first middleware. A page it has kept is answered before any other
middleware runs: no session, no database query, no template, and every header the other
middleware gave the page when it was made (Content-Security-Policy and the rest). It keeps a
response only when all of these hold:

- a GET (a HEAD is answered from the cache but does not fill it) without a session cookie: staff
  have one, and they see drafts;
- not the admin, the API, the health checks, static files or uploads;
- status 200, not streamed, no cookie set, no Vary (the address is the whole key, and its path
  carries the language), no Cache-Control private, no-cache or no-store;
- making it did not read the request's Content-Security-Policy nonce: a nonce is never served
  twice. (No public template reads it; the admin's does.)

A page's key is a hash of its address (scheme, host, path and query string) under the content
generation and today's date, as lists of coming events change at midnight. Its ETag is computed
once, when it is kept: an If-None-Match that matches gets 304.

Invalidation. Every change to content (a save, delete or many-to-many change of any model of
portal, projects, practices, events or transfers, and PublishableQuerySet.update()) moves the
generation once it is committed: `nextval` of a PostgreSQL sequence, which every process and server
shares; the rows saved one by one inside `pages_changed_once()` (publishing) move it once in all. A
process reads the generation again at most every GENERATION_CHECK_SECONDS, and takes its own moves
at once. So every process sees a change within half a second of its commit, with local-memory
caches (one per process) and with Redis (shared by servers) alike; a page made from older content
stays under an older generation, never asked for again, until it expires (PAGE_CACHE_SECONDS) or is
pushed out. Writes that send no signal (bulk_create(), update() of other than publishable models,
raw SQL, COPY) call pages_changed() themselves; every `manage.py migrate` moves the generation, so
that data migrations and deployed templates show.

While the database does not answer, the last generation read stays in use: the pages kept are
still served, and the generation is read again every GENERATION_RETRY_SECONDS only, each read
bounded by a short client-side deadline (portal/operations/deadlines.py). While the cache does
not answer, pages are made as if it were off.
"""

import hashlib
import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from time import monotonic

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe
from redis.exceptions import RedisError

from portal.operations.deadlines import quick_database_answers
from portal.operations.replicas import reads_from_primary

logger = logging.getLogger(__name__)

CONTENT_APPS = ["portal", "contacts", "projects", "practices", "events", "transfers"]
GENERATION_SEQUENCE = "portal_page_generation"
GENERATION_CHECK_SECONDS = 0.5
# After a failed read, while the database is away.
GENERATION_RETRY_SECONDS = 5
# never_cache (the admin, the health checks) sends all three.
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


class Generation:
    """The content generation that page keys carry, as this process last read or moved it."""

    def __init__(self):
        self.token = None
        self.read_at = None
        self.unreadable = False

    def current(self):
        """The generation, read again after GENERATION_CHECK_SECONDS; None until first read.

        The read must be instant, or the database is away: then the last generation read stays
        in use, and is not read again for GENERATION_RETRY_SECONDS, so that the pages kept are
        served at once meanwhile."""
        now = monotonic()
        interval = GENERATION_RETRY_SECONDS if self.unreadable else GENERATION_CHECK_SECONDS
        if self.read_at is None or now - self.read_at >= interval:
            self.read_at = now
            try:
                with quick_database_answers():
                    self.remember(f"SELECT last_value FROM {GENERATION_SEQUENCE}")
            except DatabaseError as error:
                logger.warning("The page cache could not read the content generation: %s", error)
                self.unreadable = True
                # From the end of the failed read, which waited for the database.
                self.read_at = monotonic()
            else:
                self.unreadable = False
        return self.token

    def move(self):
        self.remember(f"SELECT nextval('{GENERATION_SEQUENCE}')")
        self.read_at = monotonic()
        self.unreadable = False

    def remember(self, query):
        with connection.cursor() as cursor:
            cursor.execute(query)
            (number,) = cursor.fetchone()
        self.token = f"{number}.{timezone.localdate().isoformat()}"


page_generation = Generation()


# The changes made inside `pages_changed_once()`, while one is open in this thread.
deferred_changes = ContextVar("deferred_changes", default=None)


def pages_changed():
    """Make every cached page stale once the current transaction commits (at once outside one)."""
    changes = deferred_changes.get()
    if changes is not None:
        changes.append(True)
        return
    transaction.on_commit(page_generation.move, robust=True)


@contextmanager
def pages_changed_once():
    """Make cached pages stale once for all the changes made inside, at its end: a write of many
    rows saved one by one (each sends its signals) moves the generation once, not once a row."""
    if deferred_changes.get() is not None:
        yield
        return
    changes = []
    token = deferred_changes.set(changes)
    try:
        yield
    finally:
        deferred_changes.reset(token)
    if changes:
        pages_changed()


def kept_until_content_changes(name, make):
    """What `make()` gives, kept in the default cache until content changes, for
    COUNTS_CACHE_SECONDS, whether the page cache is on or off: for counts over all the
    content (a list's facet counts, the home page's figures, the number of results of a
    search) that cost more than a page should and that several pages share. `name` must say
    everything the value depends on besides content. While the cache does not answer, the value
    is made every time."""
    seconds = settings.COUNTS_CACHE_SECONDS
    generation = page_generation.current() if seconds else None
    if generation is None:
        return make()
    key = f"content:{generation}:{name}"
    try:
        value = cache.get(key)
    except RedisError as error:
        logger.warning("The cache of counts does not answer: %s", error)
        return make()
    if value is None:
        with reads_from_primary():
            value = make()
        try:
            cache.set(key, value, seconds)
        except RedisError as error:
            logger.warning("The cache of counts does not answer: %s", error)
    return value


def content_changed(sender, action="post_", **kwargs):
    # m2m_changed comes before and after a change; the pages change after it.
    if action.startswith("post_"):
        pages_changed()


def connect_signals():
    """Make cached pages stale on every change to content, and after every migrate."""
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(content_changed, sender=model, dispatch_uid="page-cache")
    post_migrate.connect(
        content_changed, sender=apps.get_app_config("portal"), dispatch_uid="page-cache"
    )


def page_key(request, generation):
    """The key of the page at the request's address: of one length however long the address."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{generation}:{address}"


def may_keep(request, response):
    """Whether a response may be served again to every anonymous visitor of its address."""
    directives = {
        directive.split("=", 1)[0].strip().lower()
        for directive in response.get("Cache-Control", "").split(",")
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Vary")
        and not directives & UNCACHEABLE_DIRECTIVES
        # django-csp's nonce is falsy until read; once read, it is in this page and its header.
        and not getattr(request, "csp_nonce", None)
    )


def conditional_response(request, response):
    """304 (or 412) when the request's If-None-Match and the like match the page, else the page."""
    last_modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=last_modified and parse_http_date_safe(last_modified),
        response=response,
    )


class PageCacheMiddleware:
    """Answer anonymous visitors from the page cache, and fill it (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        # The API's answers vary by Accept-Language, so they are never kept: not looked for
        # either, and not made from the primary (portal/operations/replicas.py).
        prefixes = [rf"/(?:(?:{languages})/)?admin/", "/api/", "/healthz$", "/readyz$"]
        prefixes += [re.escape(url) for url in (settings.STATIC_URL, settings.MEDIA_URL)]
        self.uncached_paths = re.compile("|".join(prefixes))

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.may_answer(request):
            return self.get_response(request)
        generation = page_generation.current()
        if generation is None:
            return self.get_response(request)
        try:
            key = page_key(request, generation)
        except DisallowedHost:
            # The host check further in answers, with the headers every response carries.
            return self.get_response(request)

        try:
            page = cache.get(key)
        except RedisError as error:
            logger.warning("The page cache does not answer: %s", error)
            return self.get_response(request)
        if page is not None:
            content, headers = page
            return conditional_response(request, HttpResponse(content, headers=headers))

        # Made from the primary: it is kept under the primary's generation
        # (portal/operations/replicas.py).
        with reads_from_primary():
            response = self.get_response(request)
        if request.method != "GET" or not may_keep(request, response):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        try:
            cache.set(key, (response.content, dict(response.headers.items())), seconds)
        except RedisError as error:
            logger.warning("The page cache does not answer: %s", error)
        return conditional_response(request, response)

    def may_answer(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not self.uncached_paths.match(request.path_info)
        )
