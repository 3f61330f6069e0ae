"""Counters of requests per client that every process and server shares: the limits of the API
and of the downloads (portal/opendata/api_policy.py).

A counter kept in a process's memory lets each gunicorn worker allow the whole limit. These live
in Redis when REDIS_URL is set, otherwise (and while Redis does not answer) in PostgreSQL, in the
table portal_ratelimit that a migration makes. Each count is one atomic operation (a script in
Redis, one INSERT ... ON CONFLICT in PostgreSQL), so two requests at once never both take the last
place. The first request of a client opens a window of the limit's length; the window counts its
requests until it closes, and the next request opens a new one.
"""

import functools
import logging

import redis
from django.conf import settings
from django.db import connection
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

TABLE = "portal_ratelimit"

# statement_timestamp(): one moment for the whole statement, on the database's clock, which every
# app server shares.
COUNT_IN_POSTGRESQL = f"""
    INSERT INTO {TABLE} AS counter (key, requests, closes)
    VALUES (%(key)s, 1, statement_timestamp() + make_interval(secs => %(seconds)s))
    ON CONFLICT (key) DO UPDATE SET
        requests = CASE WHEN counter.closes > statement_timestamp()
            THEN counter.requests + 1 ELSE 1 END,
        closes = CASE WHEN counter.closes > statement_timestamp()
            THEN counter.closes ELSE EXCLUDED.closes END
    RETURNING counter.requests, EXTRACT(EPOCH FROM counter.closes - statement_timestamp())
"""
# Windows closed for a while are of no use; dropped when a window opens, so the table holds
# about one row per client of the last minutes.
FORGET_CLOSED = f"DELETE FROM {TABLE} WHERE closes < statement_timestamp() - interval '1 hour'"

COUNT_IN_REDIS = """
local requests = redis.call('INCR', KEYS[1])
if requests == 1 then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return {requests, redis.call('PTTL', KEYS[1])}
"""


def count_request(key: str, seconds: int) -> tuple[int, float]:
    """Count a request under `key` in its window of `seconds`: the requests the window holds,
    this one included, and the seconds until it closes."""
    if settings.REDIS_URL:
        try:
            return count_in_redis(key, seconds)
        except RedisError as error:
            logger.warning("Redis does not answer; requests are counted in PostgreSQL: %s", error)
    return count_in_postgresql(key, seconds)


def count_in_postgresql(key, seconds):
    with connection.cursor() as cursor:
        cursor.execute(COUNT_IN_POSTGRESQL, {"key": key, "seconds": seconds})
        requests, seconds_left = cursor.fetchone()
        if requests == 1:
            cursor.execute(FORGET_CLOSED)
    return requests, float(seconds_left)


def count_in_redis(key, seconds):
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    script = redis_script(settings.REDIS_URL)
    requests, milliseconds_left = script(keys=[f"{prefix}:ratelimit:{key}"], args=[seconds * 1000])
    return requests, milliseconds_left / 1000


@functools.cache
def redis_script(url):
    """The counting script on a client of its own (one connection pool per process)."""
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
    return client.register_script(COUNT_IN_REDIS)
