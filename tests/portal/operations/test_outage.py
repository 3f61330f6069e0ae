"""The database goes away and comes back: visitors get a translated 503, then the pages again.

The outages are real: the portal's connection is pointed at a port where nothing listens, or, for
gunicorn, goes through a relay to PostgreSQL that the test cuts and restores.
"""

import contextlib
import logging
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import pytest
from django.db import IntegrityError, connection

from portal.operations.outage import DatabaseOutageMiddleware
from tests.support import ROOT
from tests.support.outage import OUTAGE_LOG_LINE, assert_outage_page
from tests.support.relay import PostgresRelay
from tests.support.server import free_port, run, wait_until_serving

GUNICORN = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--log-level", "warning"]


@pytest.mark.parametrize(
    ("path", "language"),
    [("/pl/dobre-praktyki/", "pl"), ("/cs/dobre-praxe/", "cs"), ("/en/good-practices/", "en")],
)
def test_pages_answer_503_in_their_language_while_the_database_is_unreachable(
    client, unreachable_database, path, language
):
    response = client.get(path)

    assert_outage_page(response.status_code, response.headers, response.content.decode(), language)
    assert response.cookies == {}


def test_the_language_of_the_address_wins_over_the_browsers(client, unreachable_database):
    response = client.get("/cs/", headers={"accept-language": "pl"})

    assert_outage_page(response.status_code, response.headers, response.content.decode(), "cs")


def test_the_outage_is_logged_once_per_request_without_a_traceback(
    client, unreachable_database, caplog
):
    with caplog.at_level(logging.INFO):
        client.get("/en/")

    errors = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [(record.name, record.levelname) for record in errors] == [
        ("portal.operations.outage", "ERROR")
    ]
    assert (
        errors[0]
        .getMessage()
        .startswith(f"{OUTAGE_LOG_LINE} to GET /en/: OperationalError: connection")
    )
    assert errors[0].exc_info is None
    assert errors[0].status_code == 503


@pytest.mark.parametrize("error", [IntegrityError("duplicate key"), ValueError("a bug")])
def test_other_errors_are_left_to_the_server_error_page(rf, error):
    middleware = DatabaseOutageMiddleware(lambda request: None)

    assert middleware.process_exception(rf.get("/en/"), error) is None


def test_pages_come_back_with_the_database(client, unreachable_database):
    assert client.get("/en/").status_code == 503

    unreachable_database()

    assert client.get("/en/").status_code == 200


def page_language(html):
    return re.search(r'<html lang="([a-z]+)">', html).group(1)


def fetch(url):
    """Status, headers and text of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@contextlib.contextmanager
def gunicorn_through(relay, logs):
    """gunicorn as in production (DEBUG off, collected static files), on the test database."""
    database = connection.settings_dict
    auth = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="outage-") as files:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "outage-tests-only-not-a-secret",
            "DATABASE_URL": f"postgres://{auth}@127.0.0.1:{relay.port}/{database['NAME']}",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_STATIC_ROOT": f"{files}/static",
            "DJANGO_MEDIA_ROOT": f"{files}/media",
            "DJANGO_PRIVATE_MEDIA_ROOT": f"{files}/private",
            # Pages made during the outage, not those the page cache kept from before it.
            "DJANGO_PAGE_CACHE_SECONDS": "0",
        }
        run([sys.executable, "manage.py", "collectstatic", "--no-input"], env)
        server = subprocess.Popen(
            [*GUNICORN, "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            env=env,
            cwd=ROOT,
            stderr=logs,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_serving(base_url, server)
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.mark.slow
def test_gunicorn_answers_503_while_the_database_is_down_and_recovers_without_restart(
    db_without_transaction, tmp_path
):
    pages = {"pl": "/pl/dobre-praktyki/", "cs": "/cs/dobre-praxe/", "en": "/en/good-practices/"}
    host, port = connection.settings_dict["HOST"], connection.settings_dict["PORT"]
    relay = PostgresRelay((host or "127.0.0.1", int(port or 5432)))
    relay.start()
    log_path = tmp_path / "gunicorn.log"
    with log_path.open("w") as logs, gunicorn_through(relay, logs) as base_url:
        # Each page twice, so that both workers likely keep a connection through the relay.
        before = [fetch(base_url + path) for path in [*pages.values(), *pages.values()]]

        relay.stop()
        during = {language: fetch(base_url + path) for language, path in pages.items()}
        during_again = fetch(base_url + pages["en"])
        liveness = fetch(base_url + "/healthz")
        readiness = fetch(base_url + "/readyz")

        relay.start()
        after = [fetch(base_url + path) for path in [*pages.values(), *pages.values()]]
        ready_again = fetch(base_url + "/readyz")

        # A restart of the database while no request runs: the kept connections are dead, and
        # CONN_HEALTH_CHECKS finds it out before a page uses them.
        relay.stop()
        relay.start()
        after_restart = [fetch(base_url + path) for path in [*pages.values(), *pages.values()]]
    relay.stop()

    assert [status for status, _headers, _html in before] == [200] * 6
    for language, (status, headers, html) in during.items():
        assert_outage_page(status, headers, html, language)
    assert during_again[0] == 503
    assert liveness[0::2] == (200, "ok")
    assert readiness[0::2] == (
        503,
        '{"status": "failed", "checks": {"database": "failed", "cache": "ok", "storage": "ok", '
        '"documents": "ok", "tasks": "failed"}}',
    )
    assert [(status, page_language(html)) for status, _headers, html in after] == [
        (200, language) for language in [*pages, *pages]
    ]
    assert ready_again[0::2] == (
        200,
        '{"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok", '
        '"documents": "ok", "tasks": "ok"}}',
    )
    assert [status for status, _headers, _html in after_restart] == [200] * 6
    log = log_path.read_text()
    assert log.count(OUTAGE_LOG_LINE) == 4
    assert log.count("Not ready: database (OperationalError") == 1
    assert "Traceback" not in log
