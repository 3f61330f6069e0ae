"""The API's limit answers JSON in the client's language, and its counts are shared.

Counts live where every process and server sees them: PostgreSQL without Redis, Redis with it,
PostgreSQL again while Redis does not answer (portal/operations/ratelimits.py). Several gunicorn
workers holding to one limit: tests/portal/opendata/test_limits_across_processes.py.
"""

import logging
import threading
import uuid

import pytest
import redis
from django.db import connection, connections

from portal.operations.ratelimits import count_request
from tests.support.factories import ThemeFactory
from tests.support.server import free_port

REFUSALS = {
    "pl": "Zbyt wiele zapytań z Twojego adresu. Spróbuj ponownie za 60 sekund.",
    "cs": "Příliš mnoho požadavků z vaší adresy. Zkuste to znovu za 60 sekund.",
    "en": "Too many requests from your address. Try again in 60 seconds.",
}


def counts_in_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SELECT key, requests FROM portal_ratelimit ORDER BY key")
        return cursor.fetchall()


@pytest.fixture
def one_request_a_minute(settings, db):
    settings.API_THROTTLE_RATE = "1/minute"
    ThemeFactory(slug="mobility")


@pytest.fixture
def redis_counts(settings, redis_url):
    """REDIS_URL set, the default cache's key prefix this test's own; the keys go afterwards."""
    prefix = f"ratelimit-tests-{uuid.uuid4().hex}"
    settings.REDIS_URL = redis_url
    settings.CACHES = {
        **settings.CACHES,
        "default": {**settings.CACHES["default"], "KEY_PREFIX": prefix},
    }
    client = redis.Redis.from_url(redis_url)
    yield client, prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.mark.parametrize(
    ("accept_language", "language"), [("pl", "pl"), ("cs", "cs"), ("en", "en"), (None, "pl")]
)
def test_a_client_over_the_limit_gets_json_in_its_language(
    client, one_request_a_minute, accept_language, language
):
    headers = {"accept-language": accept_language} if accept_language else {}

    first = client.get("/api/v1/themes/", headers=headers)
    refused = client.get("/api/v1/themes/mobility/", headers=headers)

    assert first.status_code == 200
    assert (refused.status_code, refused["Content-Type"], refused["Retry-After"]) == (
        429,
        "application/json",
        "60",
    )
    assert refused.json() == {"detail": REFUSALS[language]}
    assert "Accept-Language" in refused["Vary"]


def test_without_redis_requests_are_counted_in_postgresql(client, one_request_a_minute):
    statuses = [client.get("/api/v1/themes/").status_code for _ in range(3)]

    assert statuses == [200, 429, 429]
    assert counts_in_postgresql() == [("throttle_anon_127.0.0.1", 3)]


def test_downloads_are_counted_apart_in_postgresql(client, settings, one_request_a_minute):
    settings.OPEN_DATA_DOWNLOAD_RATE = "1/minute"

    statuses = [client.get("/en/open-data/themes.csv").status_code for _ in range(2)]
    api = client.get("/api/v1/themes/").status_code

    assert (statuses, api) == ([200, 429], 200)
    assert counts_in_postgresql() == [
        ("throttle_anon_127.0.0.1", 1),
        ("throttle_downloads_127.0.0.1", 2),
    ]


def test_with_redis_requests_are_counted_in_redis(client, one_request_a_minute, redis_counts):
    redis_client, prefix = redis_counts

    statuses = [client.get("/api/v1/themes/").status_code for _ in range(2)]

    key = f"{prefix}:ratelimit:throttle_anon_127.0.0.1"
    assert statuses == [200, 429]
    assert redis_client.get(key) == b"2"
    assert 58_000 < redis_client.pttl(key) <= 60_000
    assert counts_in_postgresql() == []


def test_while_redis_does_not_answer_requests_are_counted_in_postgresql(
    client, settings, one_request_a_minute, caplog
):
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"

    with caplog.at_level(logging.WARNING, logger="portal.operations.ratelimits"):
        statuses = [client.get("/api/v1/themes/").status_code for _ in range(2)]

    assert statuses == [200, 429]
    assert counts_in_postgresql() == [("throttle_anon_127.0.0.1", 2)]
    assert [
        record.getMessage().split(":")[0]
        for record in caplog.records
        if record.name == "portal.operations.ratelimits"
    ] == ["Redis does not answer; requests are counted in PostgreSQL"] * 2


def counted_at_once(key, requests):
    """`requests` counts of `key` made at the same moment from as many threads, each on a
    connection of its own, as from as many processes."""
    counts = []
    start = threading.Barrier(requests)

    def count():
        start.wait()
        try:
            counts.append(count_request(key, 60)[0])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=count) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(counts)


def test_requests_at_the_same_moment_are_each_counted_once_in_postgresql(
    db_without_transaction, django_db_blocker
):
    """Committed counts, as from several processes: no test transaction, no flush (which
    would empty the tables that migrations fill); the counter is removed afterwards."""
    with django_db_blocker.unblock():
        try:
            assert counted_at_once("at-once", 12) == list(range(1, 13))
        finally:
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM portal_ratelimit WHERE key = 'at-once'")


def test_requests_at_the_same_moment_are_each_counted_once_in_redis(redis_counts):
    assert counted_at_once("at-once", 12) == list(range(1, 13))


@pytest.mark.django_db
def test_a_window_closes_after_its_seconds_and_the_next_request_opens_one():
    with connection.cursor() as cursor:
        first = count_request("window", 60)
        second = count_request("window", 60)
        cursor.execute(
            "UPDATE portal_ratelimit SET closes = statement_timestamp() WHERE key = 'window'"
        )
        after = count_request("window", 60)

    assert (first[0], second[0], after[0]) == (1, 2, 1)
    assert 59 < second[1] <= first[1] <= 60
    assert 59 < after[1] <= 60
