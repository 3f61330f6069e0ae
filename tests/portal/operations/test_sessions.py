"""Sessions in Redis and the database (portal/operations/sessions.py): shared, kept in outages."""

import logging

import pytest
import redis
from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.contrib.sessions.models import Session

from tests.support.caches import TEST_REDIS_URL
from tests.support.server import free_port

ADMIN = "/en/admin/"
# UserFactory's.
EDITOR_PASSWORD = "a-long-test-password"


@pytest.fixture
def redis_sessions(settings, redis_cache):
    """Sessions as REDIS_URL makes them, in this test's own keys; gives the key prefix."""
    settings.SESSION_ENGINE = "portal.operations.sessions"
    return redis_cache


def redis_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        },
    }


def session_in_redis(prefix, session_key):
    return redis.Redis.from_url(TEST_REDIS_URL).exists(f"{prefix}:1:{KEY_PREFIX}{session_key}")


def test_a_login_is_kept_in_redis_and_in_the_database(client, editor, redis_sessions):
    client.post(f"{ADMIN}login/", {"username": "editor", "password": EDITOR_PASSWORD})
    session_key = client.cookies["sessionid"].value

    assert session_in_redis(redis_sessions, session_key) == 1
    assert Session.objects.filter(session_key=session_key).count() == 1
    assert client.get(ADMIN).status_code == 200


def test_a_session_evicted_from_redis_is_read_from_the_database_and_kept_again(
    client, editor, redis_sessions
):
    client.force_login(editor)
    session_key = client.cookies["sessionid"].value
    redis.Redis.from_url(TEST_REDIS_URL).delete(f"{redis_sessions}:1:{KEY_PREFIX}{session_key}")

    response = client.get(ADMIN)

    assert response.status_code == 200
    assert session_in_redis(redis_sessions, session_key) == 1


def test_staff_stay_logged_in_while_redis_does_not_answer(
    client, editor, redis_sessions, settings, caplog
):
    client.force_login(editor)
    redis_down(settings)

    with caplog.at_level(logging.WARNING, logger="portal.operations.sessions"):
        response = client.get(ADMIN)

    assert response.status_code == 200
    logged = [
        record.getMessage()
        for record in caplog.records
        if record.name == "portal.operations.sessions"
    ]
    assert logged[0].startswith("Sessions are read from the database; the cache: ")


def test_staff_can_log_in_while_redis_does_not_answer(client, editor, redis_sessions, settings):
    redis_down(settings)

    login = client.post(
        f"{ADMIN}login/", {"username": "editor", "password": EDITOR_PASSWORD, "next": ADMIN}
    )

    assert (login.status_code, login["Location"]) == (302, ADMIN)
    assert client.get(ADMIN).status_code == 200


def test_a_logout_fails_while_redis_does_not_answer(client, editor, redis_sessions, settings):
    # Else the session it ends would come back from Redis once Redis answers again.
    client.force_login(editor)
    redis_down(settings)

    with pytest.raises(redis.ConnectionError):
        client.post(f"{ADMIN}logout/")
