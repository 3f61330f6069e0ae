"""Reads from a PostgreSQL read replica (DATABASE_REPLICA_URL), except where they must not be.

Writes always go to the primary ("default"). Reads go to the "replica" database, except:
- inside a transaction (an atomic block) on the primary: it may hold what it has not committed;
- later in a request, or a management command, that wrote: it reads its own writes;
- for PRIMARY_COOKIE_SECONDS after a visitor's request that may have written (any method but
  GET, HEAD, OPTIONS and TRACE): the replica may lag behind, and an editor who saved a practice
  must see the change on the next page. The primary_reads cookie carries that;
- while a page or a count is made to be kept until content changes (portal/operations/caching.py):
  it is kept under the change log's position read from the primary, so it must be made from the
  primary too, or a lagging replica's older content would be kept as the newest.
Migrations run on the primary only; the replica gets them through replication.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
PRIMARY_COOKIE = "primary_reads"
# Longer than the replication lag is expected to be; a lagging replica must be noticed and fixed.
PRIMARY_COOKIE_SECONDS = 10
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

primary_reads = ContextVar("primary_reads", default=False)


@contextmanager
def reads_from_primary():
    """Within it, every read goes to the primary."""
    token = primary_reads.set(True)
    try:
        yield
    finally:
        primary_reads.reset(token)


class PrimaryReplicaRouter:
    """Send reads to the replica, writes and the reads above to the primary."""

    def db_for_read(self, model, **hints):
        if primary_reads.get() or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return REPLICA

    def db_for_write(self, model, **hints):
        # Django asks just before it writes: what the request or command reads next is on the
        # primary, until the request ends.
        primary_reads.set(True)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The same rows on both databases.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class PrimaryAfterWriteMiddleware:
    """Read from the primary for a visitor who may just have written; say so in a cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = primary_reads.set(primary_reads.get() or PRIMARY_COOKIE in request.COOKIES)
        try:
            response = self.get_response(request)
        finally:
            # The next request on this thread starts afresh.
            primary_reads.reset(token)
        if request.method not in SAFE_METHODS:
            response.set_cookie(
                PRIMARY_COOKIE,
                "1",
                max_age=PRIMARY_COOKIE_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
