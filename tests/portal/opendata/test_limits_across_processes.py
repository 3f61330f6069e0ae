"""Two gunicorn workers without Redis hold to one limit: exactly the documented number passes.

The API's and the downloads' counts live in PostgreSQL when REDIS_URL is unset
(portal/operations/ratelimits.py), not in each worker's memory, where each would allow the whole
limit. Requests go several at a time, so both workers answer and race for the last places.
"""

import json
import sys
import tempfile
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests.support.server import (
    database_url,
    gunicorn_portal,
    production_environment,
    run,
)

pytestmark = pytest.mark.slow

API_LIMIT = 20
DOWNLOAD_LIMIT = 5
EXTRA = 10
AT_ONCE = 8


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def fetch_many(url, times):
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        return list(pool.map(fetch, [url] * times))


def forget_counts(django_db_blocker):
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM portal_ratelimit")


@pytest.fixture
def portal_without_redis(db_without_transaction, django_db_blocker):
    """gunicorn, two workers, on the test database, without Redis, with small limits; the
    counts it leaves are removed, as the test found none."""
    forget_counts(django_db_blocker)
    database = connection.settings_dict
    params = {"user": database["USER"], "password": database["PASSWORD"] or None}
    params.update(host=database["HOST"] or "127.0.0.1", port=database["PORT"] or 5432)
    with tempfile.TemporaryDirectory(prefix="limits-") as files:
        env = production_environment(database_url(params, database["NAME"]), files)
        env.pop("REDIS_URL", None)
        env.pop("DJANGO_CACHE_KEY_PREFIX", None)
        env["DJANGO_API_THROTTLE_RATE"] = f"{API_LIMIT}/minute"
        env["DJANGO_OPEN_DATA_DOWNLOAD_RATE"] = f"{DOWNLOAD_LIMIT}/minute"
        run([sys.executable, "manage.py", "collectstatic", "--no-input"], env)
        try:
            with gunicorn_portal(env, workers=2) as base_url:
                yield base_url
        finally:
            forget_counts(django_db_blocker)


def test_two_workers_without_redis_allow_exactly_the_documented_number(portal_without_redis):
    api = fetch_many(f"{portal_without_redis}/api/v1/themes/", API_LIMIT + EXTRA)
    downloads = fetch_many(
        f"{portal_without_redis}/en/open-data/themes.csv", DOWNLOAD_LIMIT + EXTRA
    )

    assert sorted(status for status, _type, _body in api) == [200] * API_LIMIT + [429] * EXTRA
    assert sorted(status for status, _type, _body in downloads) == (
        [200] * DOWNLOAD_LIMIT + [429] * EXTRA
    )
    refusals = [(kind, json.loads(body)) for status, kind, body in api if status == 429]
    assert refusals[0][0] == "application/json"
    assert refusals[0][1]["detail"].startswith("Zbyt wiele zapytań z Twojego adresu.")
