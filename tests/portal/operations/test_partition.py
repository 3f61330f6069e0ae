"""The database stops answering (a partition, a hung server) and comes back; no worker hangs.

gunicorn runs as in production (2 sync workers, DEBUG off, the page cache on, connections kept
and checked before reuse) on a copy of the test database, reached through a relay that the test
freezes: connections stay open, bytes are read, nothing is forwarded (tests/support/relay.py).
Each request must be answered before a deadline, its client's socket timeout: the bound the
portal promises (docs/deploy.md, "A database that stops answering") and a margin for two busy
cores. Without client-side deadlines these requests hung for 30 s and more.
"""

import contextlib
import http.client
import os
import socket
import sys
import tempfile
import time
import urllib.error
import urllib.request

import psycopg
import pytest
from django.db import connection

from tests.support.outage import OUTAGE_LOG_LINE, assert_outage_page
from tests.support.relay import FreezableRelay
from tests.support.server import database_url, gunicorn_portal, production_environment, run

pytestmark = pytest.mark.slow

# The bounds the guide states, with DATABASE_QUICK_SECONDS 1 and DATABASE_CONNECT_TIMEOUT 2.
# An uncached page: a kept connection's check, then the page cache's and the page's connecting.
UNCACHED_PAGE_SECONDS = 1 + 2 + 2
# /readyz: a kept connection's check and connecting, or connecting alone.
READINESS_SECONDS = 1 + 2
# A page the page cache holds: at once while the worker waits to read the generation again,
# else after one attempt to connect (or a kept connection's check and one).
KEPT_PAGE_SECONDS = 1 + 2
LIVENESS_SECONDS = 0
MARGIN_SECONDS = 3
# The generation is read again 5 s after a failed read (GENERATION_RETRY_SECONDS).
RECOVERY_SECONDS = 5 + 15

KEPT = "/en/good-practices/"
UNCACHED = {"pl": "/pl/dobre-praktyki/", "cs": "/cs/dobre-praxe/"}
TITLE = "Thawed relay"
CREATE_PRACTICE = (
    "from tests.support.factories import GoodPracticeFactory; "
    f"GoodPracticeFactory(title={TITLE!r}, slug='thawed-relay')"
)
CUT_LOG_LINE = "The database did not answer in time: the connection is cut."


def fetch_within(url, seconds):
    """Status, headers and text of a GET, whatever the status; TimeoutError after seconds."""
    try:
        with urllib.request.urlopen(url, timeout=seconds + MARGIN_SECONDS) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def on_both_workers(base_url, path, seconds):
    """Two GETs of path, answered by two different workers: the first holds one worker, reading
    a request not yet finished, while the second goes to the other."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=seconds + MARGIN_SECONDS) as held:
        # The Host urllib sends: the page cache's key is the whole address.
        held.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n".encode())
        other = fetch_within(base_url + path, seconds)
        held.sendall(b"Connection: close\r\n\r\n")
        response = http.client.HTTPResponse(held)
        response.begin()
        first = response.status, response.headers, response.read().decode()
    return [first, other]


@contextlib.contextmanager
def copy_of_the_test_database():
    """A database of the test's own, migrated and empty as the test database is; its URL."""
    database = connection.settings_dict
    params = {
        "host": database["HOST"] or "127.0.0.1",
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"] or None,
    }
    name = f"partition_{os.getpid()}"
    # A template may have no other connection.
    connection.close()
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as maintenance:
        maintenance.execute(f'DROP DATABASE IF EXISTS "{name}"')
        maintenance.execute(f'CREATE DATABASE "{name}" TEMPLATE "{database["NAME"]}"')
    try:
        yield params, name
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as maintenance:
            maintenance.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def gunicorn_through(relay, params, name, logs):
    """gunicorn as in production, the page cache on, each worker's cache its own memory."""
    with tempfile.TemporaryDirectory(prefix="partition-") as files:
        # The connection's limits at their defaults, which the bounds above assume.
        direct = {
            variable: value
            for variable, value in production_environment(database_url(params, name), files).items()
            if variable == "DATABASE_URL" or not variable.startswith("DATABASE_")
        }
        for variable in ("REDIS_URL", "DJANGO_CACHE_KEY_PREFIX"):
            direct.pop(variable, None)
        relayed = {
            **direct,
            "DATABASE_URL": database_url({**params, "host": "127.0.0.1", "port": relay.port}, name),
            "DJANGO_PAGE_CACHE_SECONDS": "600",
            "DJANGO_CONN_MAX_AGE": "60",
        }
        run([sys.executable, "manage.py", "collectstatic", "--no-input"], direct)
        with gunicorn_portal(relayed, workers=2, stderr=logs) as base_url:
            yield base_url, direct


def until_fresh(base_url):
    """The kept page from both workers, once both show the practice added during the partition."""
    deadline = time.monotonic() + RECOVERY_SECONDS
    while True:
        pages = on_both_workers(base_url, KEPT, UNCACHED_PAGE_SECONDS)
        if all(TITLE in html for _status, _headers, html in pages):
            return pages
        if time.monotonic() > deadline:
            return pages
        time.sleep(0.5)


def test_gunicorn_answers_within_bounds_while_the_database_hangs_and_recovers_by_itself(
    db_without_transaction, django_db_blocker, tmp_path
):
    host, port = connection.settings_dict["HOST"], connection.settings_dict["PORT"]
    relay = FreezableRelay((host or "127.0.0.1", int(port or 5432)))
    relay.start()
    log_path = tmp_path / "gunicorn.log"
    with (
        django_db_blocker.unblock(),
        copy_of_the_test_database() as (params, name),
        log_path.open("w") as logs,
        gunicorn_through(relay, params, name, logs) as (base_url, direct),
    ):
        # Each worker keeps a connection, has read the generation and keeps the page.
        before = on_both_workers(base_url, KEPT, UNCACHED_PAGE_SECONDS)

        relay.freeze()
        # Content changes meanwhile, from elsewhere: another server still reaches the database.
        run([sys.executable, "manage.py", "shell", "-c", CREATE_PRACTICE], direct)
        uncached = on_both_workers(base_url, UNCACHED["pl"], UNCACHED_PAGE_SECONDS)
        kept = on_both_workers(base_url, KEPT, KEPT_PAGE_SECONDS)
        uncached_again = fetch_within(base_url + UNCACHED["cs"], UNCACHED_PAGE_SECONDS)
        liveness = fetch_within(base_url + "/healthz", LIVENESS_SECONDS)
        readiness = fetch_within(base_url + "/readyz", READINESS_SECONDS)

        relay.thaw()
        fresh = until_fresh(base_url)
        after = {
            language: fetch_within(base_url + path, UNCACHED_PAGE_SECONDS)
            for language, path in UNCACHED.items()
        }
        ready_again = fetch_within(base_url + "/readyz", READINESS_SECONDS)
    relay.stop()

    assert [status for status, _headers, _html in before] == [200, 200]
    assert TITLE not in before[0][2]
    for page in uncached:
        assert_outage_page(*page, "pl")
    assert_outage_page(*uncached_again, "cs")
    assert [(status, html) for status, _headers, html in kept] == [
        (200, before[0][2]),
        (200, before[1][2]),
    ]
    assert liveness[0::2] == (200, "ok")
    assert readiness[0::2] == (
        503,
        '{"status": "failed", "checks": '
        '{"database": "failed", "cache": "ok", "storage": "ok", "documents": "ok", '
        '"tasks": "failed"}}',
    )
    assert [(status, TITLE in html) for status, _headers, html in fresh] == [(200, True)] * 2
    assert [(status, TITLE in html) for status, _headers, html in after.values()] == [
        (200, True),
        (200, True),
    ]
    assert ready_again[0] == 200
    log = log_path.read_text()
    assert "WORKER TIMEOUT" not in log
    # Each worker's kept connection, at its first request of the partition.
    assert log.count(CUT_LOG_LINE) == 2
    assert log.count(OUTAGE_LOG_LINE) == 3
    assert "Traceback" not in log
