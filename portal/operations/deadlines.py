"""Client-side deadlines on database round trips, for a database that stops answering.

When PostgreSQL hangs, or a network partition leaves a connection open with nobody answering at
the other end, nothing else ends a round trip on an established connection: statement_timeout is
enforced by the server, which never sees the query; TCP keepalives and tcp_user_timeout only fire
when the peer stops acknowledging, and a hung server's kernel (or a proxy or relay between) goes
on acknowledging. psycopg 3 waits without limit, and so would the gunicorn worker, until
gunicorn's timeout kills it. libpq's connect_timeout bounds new connections only.

So every round trip on a connection (portal/operations/postgresql/base.py says which) runs under a
deadline. One watchdog thread per process watches them; when one passes, it shuts the
connection's socket down. psycopg then raises OperationalError ("server closed the connection
unexpectedly"), which Django wraps, DatabaseOutageMiddleware turns into the translated 503, and
Django discards the broken connection at the end of the request. Cancelling instead would not
do: a cancel request opens a new connection to the same unanswering server.

Deadlines are short (DATABASE_QUICK_SECONDS) for the round trips that must be instant on a
working server (the health check of a kept connection, the page cache's change log, the
readiness probe: `with quick_database_answers():`), and otherwise statement_timeout plus
QUERY_GRACE_SECONDS, so that a slow but working query ends with the server's own error, never
with this one.
"""

import contextlib
import heapq
import itertools
import logging
import os
import socket
import threading
from contextvars import ContextVar
from time import monotonic

from django.conf import settings
from django.db import connections
from django.db.backends.signals import connection_created

logger = logging.getLogger(__name__)

# A query the server ends at statement_timeout reports its own error within this much more.
QUERY_GRACE_SECONDS = 2

# The deadline of the round trips inside `quick_database_answers()`, while one is open.
quick_deadline = ContextVar("quick_deadline", default=None)


class Watchdog:
    """One thread that shuts down the socket of every round trip still running at its deadline."""

    def __init__(self):
        self.condition = threading.Condition()
        self.watched = {}  # ticket -> socket file descriptor, while its round trip runs
        self.deadlines = []  # heap of (deadline, ticket); tickets no longer watched are skipped
        self.tickets = itertools.count()
        self.thread = None

    def watch(self, fileno, seconds):
        """Start watching a round trip on the socket fileno; give the ticket that ends it."""
        deadline = monotonic() + seconds
        with self.condition:
            ticket = next(self.tickets)
            self.watched[ticket] = fileno
            heapq.heappush(self.deadlines, (deadline, ticket))
            if self.thread is None:
                self.thread = threading.Thread(
                    target=self.run, name="database-deadlines", daemon=True
                )
                self.thread.start()
            elif self.deadlines[0][1] == ticket:
                # Sooner than the thread means to wake up.
                self.condition.notify()
        return ticket

    def unwatch(self, ticket):
        with self.condition:
            self.watched.pop(ticket, None)

    def run(self):
        with self.condition:
            while True:
                while self.deadlines and self.deadlines[0][1] not in self.watched:
                    heapq.heappop(self.deadlines)
                if not self.deadlines:
                    self.condition.wait()
                    continue
                deadline, ticket = self.deadlines[0]
                remaining = deadline - monotonic()
                if remaining > 0:
                    self.condition.wait(remaining)
                    continue
                heapq.heappop(self.deadlines)
                # Under the lock, so the round trip cannot end, and its socket be closed and the
                # number reused, before this shuts it down.
                self.shut_down(self.watched.pop(ticket))

    @staticmethod
    def shut_down(fileno):
        logger.warning("The database did not answer in time: the connection is cut.")
        try:
            # A duplicate of the descriptor: the connection's owner closes its own.
            with socket.socket(fileno=os.dup(fileno)) as connection:
                connection.shutdown(socket.SHUT_RDWR)
        except OSError as error:
            logger.warning("Could not cut the connection: %s", error)


watchdog = Watchdog()


def forget_watchdog_in_child():
    """A forked process (a gunicorn worker of a --preload master) has no thread of its parent's."""
    global watchdog
    watchdog = Watchdog()


os.register_at_fork(after_in_child=forget_watchdog_in_child)


@contextlib.contextmanager
def deadline(connection, seconds):
    """Cut psycopg's connection if what runs inside takes longer than seconds (None: no limit)."""
    if seconds is None or connection is None or connection.closed:
        yield
        return
    ticket = watchdog.watch(connection.pgconn.socket, seconds)
    try:
        yield
    finally:
        watchdog.unwatch(ticket)


@contextlib.contextmanager
def quick_database_answers():
    """Give the round trips inside the short deadline of those that must be instant."""
    token = quick_deadline.set(settings.DATABASE_QUICK_SECONDS)
    try:
        yield
    finally:
        quick_deadline.reset(token)


def query_seconds():
    """The deadline of a round trip: the quick one inside `quick_database_answers()`, else
    statement_timeout and some grace (None, no limit, when statement_timeout is off)."""
    quick = quick_deadline.get()
    if quick is not None:
        return quick
    statement_timeout = 0 if statements_unlimited.is_set() else settings.DATABASE_STATEMENT_TIMEOUT
    return statement_timeout + QUERY_GRACE_SECONDS if statement_timeout else None


# Set inside `statements_without_limit()`; in every thread, as commands share work among them.
statements_unlimited = threading.Event()


def lift_statement_timeout(sender, connection, **kwargs):
    """On a connection made inside `statements_without_limit()` (connection_created)."""
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")


def open_connections():
    """This thread's open connections: Django's are each thread's own."""
    return [wrapper for wrapper in connections.all(initialized_only=True) if wrapper.connection]


@contextlib.contextmanager
def statements_without_limit():
    """No statement_timeout, and no deadline but the quick one, on every connection of this
    process while inside: for commands whose single statements run for minutes (seed_scale's
    COPY and index builds), never for the web server."""
    statements_unlimited.set()
    connection_created.connect(lift_statement_timeout, dispatch_uid="statements-without-limit")
    for wrapper in open_connections():
        lift_statement_timeout(sender=None, connection=wrapper)
    try:
        yield
    finally:
        connection_created.disconnect(dispatch_uid="statements-without-limit")
        statements_unlimited.clear()
        # Back to the value the connection started with (DATABASE_STATEMENT_TIMEOUT).
        for wrapper in open_connections():
            with wrapper.cursor() as cursor:
                cursor.execute("RESET statement_timeout")
