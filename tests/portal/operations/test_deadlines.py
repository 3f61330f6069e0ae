"""Client-side deadlines on database round trips (portal/operations/deadlines.py), in this process.

The database is real: reached directly, or through a relay that freezes (tests/support/relay.py).
A connection that is cut belongs to the test alone (a wrapper of its own, or another thread's), so
no test transaction is broken. Where a round trip could hang, it runs in a thread the test waits
for no longer than the bound it claims: a hang fails the test instead of holding it.
"""

import contextlib
import logging
import os
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from django.db import OperationalError, close_old_connections, connection, connections

from portal.operations import caching, deadlines
from portal.operations.deadlines import (
    query_seconds,
    quick_database_answers,
    statements_without_limit,
)
from portal.operations.postgresql.base import DatabaseWrapper
from tests.support.page_cache import Clock
from tests.support.relay import FreezableRelay

CUT = "The database did not answer in time: the connection is cut."
# A generous margin over each bound on two busy cores; the hang these tests guard against is
# without limit.
MARGIN_SECONDS = 5


@pytest.fixture
def own_connection(db_without_transaction, django_db_blocker):
    """A connection to the test database that only this test uses; closed afterwards."""
    with django_db_blocker.unblock():
        wrapper = DatabaseWrapper(dict(connection.settings_dict))
        # Some tests wait for it in a thread of their own.
        wrapper.inc_thread_sharing()
        try:
            yield wrapper
        finally:
            wrapper.close()
            wrapper.dec_thread_sharing()


@pytest.fixture
def relay():
    """A relay to the test database's server, forwarding until the test freezes it."""
    settings_dict = connection.settings_dict
    relay = FreezableRelay(
        (settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432))
    )
    relay.start()
    yield relay
    relay.stop()


@pytest.fixture
def through_relay(own_connection, relay):
    """The test's own connection, through the relay."""
    own_connection.settings_dict.update(HOST="127.0.0.1", PORT=relay.port)
    return own_connection


def finished_within(seconds, function):
    """What function gives (or raises), in a thread; a TimeoutError if it takes longer.

    The thread is not waited for: the relay's end (the fixture) cuts what it may hang on."""
    thread = ThreadPoolExecutor(1)
    try:
        return thread.submit(function).result(timeout=seconds)
    finally:
        thread.shutdown(wait=False)


def fetch_one(wrapper, sql):
    with wrapper.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()


def cuts(caplog):
    return [record.getMessage() for record in caplog.records].count(CUT)


def test_the_deadline_is_the_quick_one_inside_quick_database_answers(settings):
    settings.DATABASE_QUICK_SECONDS = 0.75
    settings.DATABASE_STATEMENT_TIMEOUT = 20

    outside = query_seconds()
    with quick_database_answers():
        inside = query_seconds()

    assert (outside, inside, query_seconds()) == (22, 0.75, 22)


def test_no_statement_timeout_means_no_deadline_but_the_quick_one(settings):
    settings.DATABASE_QUICK_SECONDS = 1.0
    settings.DATABASE_STATEMENT_TIMEOUT = 0

    with quick_database_answers():
        inside = query_seconds()

    assert (query_seconds(), inside) == (None, 1.0)


def test_a_quick_query_that_takes_longer_is_cut_and_the_connection_discarded(
    own_connection, settings, caplog
):
    settings.DATABASE_QUICK_SECONDS = 0.5

    with (
        caplog.at_level(logging.WARNING),
        pytest.raises(OperationalError, match="server closed the connection unexpectedly"),
        quick_database_answers(),
    ):
        fetch_one(own_connection, "SELECT pg_sleep(3)")

    assert (cuts(caplog), own_connection.is_usable()) == (1, False)


def test_a_slow_query_on_a_working_server_is_not_cut(own_connection, settings, caplog):
    settings.DATABASE_QUICK_SECONDS = 0.2

    with caplog.at_level(logging.WARNING):
        row = fetch_one(own_connection, "SELECT 7 FROM pg_sleep(1)")

    assert (row, cuts(caplog), own_connection.is_usable()) == ((7,), 0, True)


def test_a_statement_over_the_statement_timeout_ends_with_the_servers_error(
    own_connection, settings, caplog
):
    settings.DATABASE_STATEMENT_TIMEOUT = 1
    fetch_one(own_connection, "SELECT set_config('statement_timeout', '1s', false)")

    with (
        caplog.at_level(logging.WARNING),
        pytest.raises(OperationalError, match="canceling statement due to statement timeout"),
    ):
        fetch_one(own_connection, "SELECT pg_sleep(2)")

    assert (cuts(caplog), own_connection.is_usable()) == (0, True)


def test_the_connection_options_reach_postgresql_and_the_socket(own_connection, settings):
    row = fetch_one(own_connection, "SHOW statement_timeout")
    with socket.socket(fileno=os.dup(own_connection.connection.pgconn.socket)) as tcp:
        options = {
            name: tcp.getsockopt(level, option)
            for name, level, option in [
                ("keepalive", socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                ("idle", socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                ("interval", socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                ("count", socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                ("user timeout", socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
            ]
        }

    assert row == (f"{settings.DATABASE_STATEMENT_TIMEOUT}s",)
    assert options == {
        "keepalive": 1,
        "idle": settings.DATABASE_KEEPALIVES_IDLE,
        "interval": settings.DATABASE_KEEPALIVES_INTERVAL,
        "count": settings.DATABASE_KEEPALIVES_COUNT,
        "user timeout": settings.DATABASE_TCP_USER_TIMEOUT * 1000,
    }


def test_the_health_check_of_a_kept_connection_to_a_frozen_server_fails_within_its_bound(
    through_relay, relay, settings, caplog
):
    settings.DATABASE_QUICK_SECONDS = 0.5
    assert fetch_one(through_relay, "SELECT 1") == (1,)
    relay.freeze()

    with caplog.at_level(logging.WARNING):
        usable = finished_within(0.5 + MARGIN_SECONDS, through_relay.is_usable)

    assert (usable, cuts(caplog)) == (False, 1)


def test_connecting_to_a_frozen_server_fails_within_the_connect_timeout(
    through_relay, relay, settings
):
    relay.freeze()

    bound = settings.DATABASE_CONNECT_TIMEOUT + MARGIN_SECONDS

    with pytest.raises(OperationalError) as raised:
        finished_within(bound, through_relay.ensure_connection)

    assert str(raised.value) == "connection timeout expired"


def test_commit_on_a_frozen_server_is_cut_at_the_statement_deadline(
    through_relay, relay, settings, caplog
):
    # The server's own limit cannot end a commit it never receives; the client's does.
    settings.DATABASE_STATEMENT_TIMEOUT = 1
    through_relay.set_autocommit(False)
    fetch_one(through_relay, "SELECT 1")
    relay.freeze()

    bound = 1 + deadlines.QUERY_GRACE_SECONDS + MARGIN_SECONDS

    with caplog.at_level(logging.WARNING), pytest.raises(OperationalError):
        finished_within(bound, through_relay.commit)

    assert cuts(caplog) == 1


@pytest.fixture
def default_through_relay(db_without_transaction, django_db_blocker, relay, monkeypatch):
    """The portal's own connection (as in a thread of the test's: threads have their own), through
    the relay; the page cache's clock standing still."""
    monkeypatch.setitem(connection.settings_dict, "HOST", "127.0.0.1")
    monkeypatch.setitem(connection.settings_dict, "PORT", relay.port)
    clock = Clock()
    monkeypatch.setattr(caching, "monotonic", clock)
    # One thread for every read, as its connection is its own; not waited for if it hangs.
    thread = ThreadPoolExecutor(1)
    with django_db_blocker.unblock():
        try:
            yield thread, clock
        finally:
            with contextlib.suppress(TimeoutError):
                thread.submit(connections.close_all).result(timeout=MARGIN_SECONDS)
            thread.shutdown(wait=False)


def record_a_change(settings_dict):
    """Change content elsewhere: another process writes to the shared change log."""
    with psycopg.connect(
        dbname=settings_dict["NAME"],
        host=settings_dict["HOST"] or "127.0.0.1",
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"] or None,
        autocommit=True,
    ) as other:
        other.execute(
            f"INSERT INTO {caching.CHANGE_LOG} (tag, changed_at) VALUES (%s, clock_timestamp())",
            [caching.EVERYTHING],
        )


def test_the_change_log_read_is_bounded_not_retried_at_every_request_and_resumes(
    default_through_relay, relay, settings, caplog
):
    settings.DATABASE_QUICK_SECONDS = 0.5
    settings_dict = dict(connection.settings_dict, HOST=relay.upstream[0], PORT=relay.upstream[1])
    thread, clock = default_through_relay
    change_log = caching.ChangeLog()
    # A kept connection's health check, then a new connection's connect_timeout.
    bound = settings.DATABASE_QUICK_SECONDS + settings.DATABASE_CONNECT_TIMEOUT + MARGIN_SECONDS

    def in_a_request():
        """What a request does: connections checked at its start, then the change log read."""
        close_old_connections()
        return change_log.current()

    def read_after(seconds):
        clock.now += seconds
        return thread.submit(in_a_request).result(timeout=bound)

    first = read_after(0)
    relay.freeze()
    record_a_change(settings_dict)
    with caplog.at_level(logging.WARNING):
        frozen = read_after(caching.GENERATION_CHECK_SECONDS)
        soon_after = read_after(caching.GENERATION_CHECK_SECONDS)
        failed_reads = caplog.text.count("could not read the change log")
    relay.thaw()
    still_waiting = read_after(
        caching.GENERATION_RETRY_SECONDS - 2 * caching.GENERATION_CHECK_SECONDS
    )
    resumed = read_after(caching.GENERATION_CHECK_SECONDS)

    assert first is not None
    assert (frozen, soon_after, still_waiting) == (first, first, first)
    assert (failed_reads, cuts(caplog)) == (1, 1)
    # The change made while the database was away is seen once it answers again.
    assert resumed > first
    assert (change_log.unchanged_since(first, []), change_log.unchanged_since(resumed, [])) == (
        False,
        True,
    )


def test_one_watchdog_thread_serves_every_deadline(own_connection):
    with quick_database_answers():
        rows = [fetch_one(own_connection, "SELECT 1") for _query in range(50)]
    rows += [fetch_one(own_connection, "SELECT 1") for _query in range(50)]

    watchdogs = [thread for thread in threading.enumerate() if thread.name == "database-deadlines"]
    assert (rows, len(watchdogs)) == ([(1,)] * 100, 1)
    assert deadlines.watchdog.watched == {}


@pytest.mark.django_db
def test_statements_without_limit_lifts_both_limits_for_a_while(own_connection, settings):
    settings.DATABASE_STATEMENT_TIMEOUT = 20
    show = "SHOW statement_timeout"
    before = fetch_one(connection, show)

    with statements_without_limit():
        inside = (fetch_one(connection, show), fetch_one(own_connection, show), query_seconds())
    after = (fetch_one(connection, show), query_seconds())

    assert before == ("20s",)
    assert inside == (("0",), ("0",), None)
    assert after == (("20s",), 22)


def test_a_server_side_cursors_fetch_from_a_frozen_server_is_cut(
    through_relay, relay, settings, caplog
):
    settings.DATABASE_STATEMENT_TIMEOUT = 1
    through_relay.set_autocommit(False)
    cursor = through_relay.chunked_cursor()
    cursor.execute("SELECT generate_series(1, 1000)")
    first = cursor.fetchmany(100)
    relay.freeze()
    bound = 1 + deadlines.QUERY_GRACE_SECONDS + MARGIN_SECONDS

    with caplog.at_level(logging.WARNING), pytest.raises(OperationalError):
        finished_within(bound, lambda: cursor.fetchmany(100))

    assert (first[-1], cuts(caplog)) == ((100,), 1)
