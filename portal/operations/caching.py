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

A page's key is a hash of its address (scheme, host, path and query string) and today's date, as
lists of coming events change at midnight. Its ETag is computed once, when it is kept: an
If-None-Match that matches gets 304.

Invalidation. Every change to content (a save, delete or many-to-many change of any model of
portal, contacts, projects, practices, events or transfers) records tags in a small change log in
PostgreSQL once it is committed: the changed model's kind (`practices.goodpractice`), its row
(`practices.goodpractice:17`), the tags its `page_tags()` names (a practice: the city and themes
that place it among another practice's similar ones, and the practices it is transferred from or
to), and, for a change of links, the link table's kind and the rows at both ends. `*` is everything:
pages_changed() without tags, PublishableQuerySet.update() and every `manage.py migrate` record it.
While a page is made, what it depends on is collected: the kind of every content table its queries
read (from their SQL, so any query of any view counts), except the kinds a view declares it shows
row by row (page_shows_rows_of()): for those, the rows loaded and the tags the view names
(page_depends_on()). A page is kept with its tags and the log's position (the database's time)
read before it was made; a kept page is served while none of its tags (nor `*`) changed after that
position. So a practice's page stays kept while an event or an unrelated practice changes; a list,
a search or the home page, which read the whole practice table, are made again after any practice
changes. A process reads the log's new entries at most every GENERATION_CHECK_SECONDS (one query,
with a margin of LATE_COMMIT_SECONDS for entries whose insert committed late), and takes its own
changes at once; every process and server sees a change within half a second of its commit, with
local-memory caches and with Redis alike. Entries older than the longest a page or count is kept
are pruned as new ones are written. Writes that send no signal (bulk_create(), update() of other
than publishable models, raw SQL, COPY) call pages_changed() themselves.

While the database does not answer, the log as last read stays in use: the pages kept are
still served, and the log is read again every GENERATION_RETRY_SECONDS only, each read
bounded by a short client-side deadline (portal/operations/deadlines.py). While the cache does
not answer, pages are made as if it were off.
"""

import datetime
import hashlib
import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial
from time import monotonic

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import (
    m2m_changed,
    post_init,
    post_migrate,
    post_save,
    pre_delete,
    pre_save,
)
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe
from redis.exceptions import RedisError

from portal.operations.deadlines import quick_database_answers
from portal.operations.replicas import reads_from_primary

logger = logging.getLogger(__name__)

CONTENT_APPS = ["portal", "contacts", "projects", "practices", "events", "transfers"]
CHANGE_LOG = "portal_pagechange"
EVERYTHING = "*"
GENERATION_CHECK_SECONDS = 0.5
# After a failed read, while the database is away.
GENERATION_RETRY_SECONDS = 5
# An entry is stamped when its insert runs and seen once that commits: a read looks back as far.
LATE_COMMIT_SECONDS = 5
# never_cache (the admin, the health checks) sends all three.
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
# The tables a query reads: Django quotes their names.
TABLES_READ = re.compile(r'(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)
EARLIEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def log_seconds():
    """How long the log keeps an entry: as long as the longest-kept page or count may ask for it."""
    return max(settings.PAGE_CACHE_SECONDS, settings.COUNTS_CACHE_SECONDS) + 60


class ChangeLog:
    """When each tag last changed, as this process last read the change log or wrote to it."""

    def __init__(self):
        self.changed = {}
        self.position = None
        # Today, as of the last read: keys carry it, as lists of coming events change at midnight.
        self.day = None
        self.read_at = None
        self.unreadable = False

    def current(self):
        """The log's position, read again after GENERATION_CHECK_SECONDS; None until first read.

        The read must be instant, or the database is away: then the log as last read stays in
        use, and is not read again for GENERATION_RETRY_SECONDS, so that the pages kept are
        served at once meanwhile."""
        now = monotonic()
        interval = GENERATION_RETRY_SECONDS if self.unreadable else GENERATION_CHECK_SECONDS
        if self.read_at is None or now - self.read_at >= interval:
            self.read_at = now
            try:
                with quick_database_answers():
                    self.read()
            except DatabaseError as error:
                logger.warning("The page cache could not read the change log: %s", error)
                self.unreadable = True
                # From the end of the failed read, which waited for the database.
                self.read_at = monotonic()
            else:
                self.unreadable = False
        return self.position

    def read(self):
        """Take the entries written since the last read, and the database's time as the position."""
        since = (
            self.position - datetime.timedelta(seconds=LATE_COMMIT_SECONDS)
            if self.position
            else EARLIEST
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT tag, max(changed_at) FROM {CHANGE_LOG} WHERE changed_at > %s GROUP BY tag"
                " UNION ALL SELECT NULL, statement_timestamp()",
                [since],
            )
            rows = cursor.fetchall()
        position = next(at for tag, at in rows if tag is None)
        self.take({tag: at for tag, at in rows if tag is not None})
        forgotten = position - datetime.timedelta(seconds=log_seconds())
        self.changed = {tag: at for tag, at in self.changed.items() if at >= forgotten}
        self.position = position
        self.day = timezone.localdate().isoformat()

    def record(self, tags):
        """Write the tags of a committed change, and prune the entries no page can ask for."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH pruned AS (DELETE FROM {CHANGE_LOG}"
                " WHERE changed_at < clock_timestamp() - make_interval(secs => %s))"
                f" INSERT INTO {CHANGE_LOG} (tag, changed_at)"
                " SELECT tag, stamp FROM unnest(%s::text[]) AS tag, clock_timestamp() AS stamp"
                " RETURNING changed_at",
                [log_seconds(), sorted(tags)],
            )
            stamp = cursor.fetchone()[0]
        self.take(dict.fromkeys(tags, stamp))

    def take(self, changes):
        for tag, at in changes.items():
            if at > self.changed.get(tag, EARLIEST):
                self.changed[tag] = at

    def unchanged_since(self, position, tags):
        """Whether none of `tags`, nor everything, changed at or after `position`."""
        changed = self.changed
        if changed.get(EVERYTHING, EARLIEST) >= position:
            return False
        return all(changed.get(tag, EARLIEST) < position for tag in tags)


page_changes = ChangeLog()


# The tags of the changes made inside `pages_changed_once()`, while one is open in this thread.
deferred_changes = ContextVar("deferred_changes", default=None)


def pages_changed(*tags):
    """Make the cached pages that depend on `tags` (every page, without tags) stale once the
    current transaction commits (at once outside one)."""
    tags = set(tags) or {EVERYTHING}
    deferred = deferred_changes.get()
    if deferred is not None:
        deferred.update(tags)
        return
    transaction.on_commit(partial(page_changes.record, tags), robust=True)


@contextmanager
def pages_changed_once():
    """Record the changes made inside once, at its end: a write of many rows saved one by one
    (each sends its signals) writes to the change log once, not once a row."""
    if deferred_changes.get() is not None:
        yield
        return
    changes = set()
    token = deferred_changes.set(changes)
    try:
        yield
    finally:
        deferred_changes.reset(token)
    if changes:
        pages_changed(*changes)


class ContentReads:
    """What a page or a count read while it was made."""

    def __init__(self):
        self.tables = set()
        self.rows_of = set()
        self.tags = set()

    def depends_on(self):
        kinds = {CONTENT_TABLES.get(table) for table in self.tables} - {None}
        return frozenset((kinds - self.rows_of) | self.tags)


content_reads = ContextVar("content_reads", default=None)
# Content tables by name, and the kinds of their models (connect_signals() fills it).
CONTENT_TABLES = {}


def note_tables(execute, sql, params, many, context):
    reads = content_reads.get()
    if reads is not None:
        reads.tables.update(TABLES_READ.findall(sql))
    return execute(sql, params, many, context)


@contextmanager
def reading_content():
    """Collect what is made inside depends on; what encloses it depends on that too."""
    outer = content_reads.get()
    reads = ContentReads()
    token = content_reads.set(reads)
    try:
        with connection.execute_wrapper(note_tables):
            yield reads
    finally:
        content_reads.reset(token)
    if outer is not None:
        outer.tags |= reads.depends_on()


def page_shows_rows_of(model):
    """Declare that the page being made shows rows of `model` (and its links) only as the rows it
    loads and the tags page_depends_on() names: not every change of that kind makes it stale."""
    reads = content_reads.get()
    if reads is not None:
        reads.rows_of.add(model._meta.label_lower)
        for field in model._meta.many_to_many:
            if field.remote_field.through._meta.auto_created:
                reads.rows_of.add(field.remote_field.through._meta.label_lower)


def page_depends_on(*tags):
    """Make the page being made stale when any of `tags` changes."""
    reads = content_reads.get()
    if reads is not None:
        reads.tags.update(tags)


def kept_until_content_changes(name, make):
    """What `make()` gives, kept in the default cache until content it read changes, for
    COUNTS_CACHE_SECONDS, whether the page cache is on or off: for counts over all the
    content (a list's facet counts, the home page's figures, the number of results of a
    search) that cost more than a page should and that several pages share. `name` must say
    everything the value depends on besides content. While the cache does not answer, the value
    is made every time."""
    seconds = settings.COUNTS_CACHE_SECONDS
    position = page_changes.current() if seconds else None
    if position is None:
        return make()
    key = f"content:{page_changes.day}:{name}"
    try:
        kept = cache.get(key)
    except RedisError as error:
        logger.warning("The cache of counts does not answer: %s", error)
        return make()
    if kept is not None and page_changes.unchanged_since(kept[2], kept[1]):
        page_depends_on(*kept[1])
        return kept[0]
    with reads_from_primary(), reading_content() as reads:
        value = make()
    try:
        cache.set(key, (value, reads.depends_on(), position), seconds)
    except RedisError as error:
        logger.warning("The cache of counts does not answer: %s", error)
    return value


def row_tags(instance):
    """The tags a change of this row records: its kind, itself, and what its page_tags() names."""
    label = instance._meta.label_lower
    tags = {label, f"{label}:{instance.pk}"}
    if hasattr(instance, "page_tags") and instance.pk is not None:
        tags.update(instance.page_tags())
    return tags


def row_saving(sender, instance, raw=False, **kwargs):
    # What placed the row before the change: its page_tags() as stored.
    if hasattr(instance, "page_tags") and instance.pk is not None and not raw:
        stored = sender._base_manager.filter(pk=instance.pk).first()
        # No tags is not "everything" here.
        tags = stored.page_tags() if stored is not None else ()
        if tags:
            pages_changed(*tags)


def row_changed(sender, instance, **kwargs):
    pages_changed(*row_tags(instance))


def links_changed(sender, instance, action, model, pk_set, **kwargs):
    # Before and after the change, so that tags of links removed and added both count.
    if action in ("pre_clear", "post_clear"):
        pages_changed()
        return
    tags = {sender._meta.label_lower} | row_tags(instance)
    label = model._meta.label_lower
    tags |= {f"{label}:{pk}" for pk in pk_set or ()}
    if hasattr(model, "page_tags") and pk_set:
        for row in model._base_manager.filter(pk__in=pk_set):
            tags |= row_tags(row)
    pages_changed(*tags)


def row_loaded(sender, instance, **kwargs):
    reads = content_reads.get()
    if reads is not None and instance.pk is not None:
        label = sender._meta.label_lower
        if label in reads.rows_of:
            reads.tags.add(f"{label}:{instance.pk}")


def migrated(sender, **kwargs):
    pages_changed()


def connect_signals():
    """Record every change to content in the change log, and everything after every migrate."""
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            CONTENT_TABLES[model._meta.db_table] = model._meta.label_lower
            pre_save.connect(row_saving, sender=model, dispatch_uid="page-cache")
            post_save.connect(row_changed, sender=model, dispatch_uid="page-cache")
            # Before the rows linked to it go with it, while its page_tags() can still be read.
            pre_delete.connect(row_changed, sender=model, dispatch_uid="page-cache")
            m2m_changed.connect(links_changed, sender=model, dispatch_uid="page-cache")
            post_init.connect(row_loaded, sender=model, dispatch_uid="page-cache")
    post_migrate.connect(migrated, sender=apps.get_app_config("portal"), dispatch_uid="page-cache")


def page_key(request, day):
    """The key of the page at the request's address on `day`: of one length however long."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{day}:{address}"


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


def told(response, outcome):
    """The response, saying whether it came from the page cache where the benchmark asks."""
    if getattr(settings, "PAGE_CACHE_OUTCOME_HEADER", False):
        response["X-Page-Cache"] = outcome
    return response


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
        position = page_changes.current()
        if position is None:
            return self.get_response(request)
        try:
            key = page_key(request, page_changes.day)
        except DisallowedHost:
            # The host check further in answers, with the headers every response carries.
            return self.get_response(request)

        try:
            page = cache.get(key)
        except RedisError as error:
            logger.warning("The page cache does not answer: %s", error)
            return self.get_response(request)
        if page is not None:
            content, headers, tags, made_at = page
            if page_changes.unchanged_since(made_at, tags):
                response = HttpResponse(content, headers=headers)
                return conditional_response(request, told(response, "hit"))

        # Made from the primary: it is kept under the primary's change log
        # (portal/operations/replicas.py).
        with reads_from_primary(), reading_content() as reads:
            response = self.get_response(request)
        if request.method != "GET" or not may_keep(request, response):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        try:
            page = (response.content, dict(response.headers.items()), reads.depends_on(), position)
            cache.set(key, page, seconds)
        except RedisError as error:
            logger.warning("The page cache does not answer: %s", error)
        return conditional_response(request, told(response, "miss"))

    def may_answer(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not self.uncached_paths.match(request.path_info)
        )
