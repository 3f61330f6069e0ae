"""Fixtures of the tests of what runs the site: a Redis of the tests' own, a database gone away."""

import uuid

import pytest
import redis
from django.db import connection

from tests.support.server import free_port


@pytest.fixture
def redis_cache(settings, redis_url):
    """The default cache in the Redis on this machine, under a key prefix of this test's own."""
    client = redis.Redis.from_url(redis_url, socket_connect_timeout=1)
    prefix = f"page-cache-tests-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": prefix,
        },
    }
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    assert list(client.scan_iter(f"{prefix}:*")) == []


@pytest.fixture
def unreachable_database(db_without_transaction, django_db_blocker):
    """Point the portal's connection at a port where nothing listens; give what brings it back.

    No test transaction wraps it (a closed connection would end one), and nothing is written,
    so the test database needs no flush afterwards.
    """
    database = connection.settings_dict
    address = database["HOST"], database["PORT"]

    def reachable_again():
        connection.close()
        database["HOST"], database["PORT"] = address

    with django_db_blocker.unblock():
        connection.close()
        database["HOST"], database["PORT"] = "127.0.0.1", free_port()
        try:
            yield reachable_again
        finally:
            reachable_again()
