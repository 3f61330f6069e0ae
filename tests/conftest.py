import os

import pytest
import redis
from django.core.cache import cache
from django.db import connection
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from portal.operations import caching
from tests.support.caches import MEMORY_CACHE, TEST_REDIS_URL
from tests.support.factories import EditorFactory, UserFactory
from tests.support.page_cache import Clock

COUNTS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "counts-cache-tests",
}

# The same examples on every run (no flaky CI, no example database in the checkout); a page
# request takes longer than Hypothesis's default deadline; the database fixtures are set up once
# per test and shared by its examples, which only read.
hypothesis_settings.register_profile(
    "portal",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile("portal")


def service_missing(reason):
    """Fail in CI, which must provide every service the tests use; elsewhere skip, saying why."""
    if os.environ.get("CI", "").lower() not in {"", "0", "false"}:
        pytest.fail(f"{reason}, and CI must run every test", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def redis_url():
    """The Redis the tests keep their own keys in (TEST_REDIS_URL), once it answers."""
    with redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1) as client:
        try:
            answers = client.ping()
        except redis.ConnectionError:
            answers = False
    if not answers:
        service_missing(f"No Redis answers at {TEST_REDIS_URL} (TEST_REDIS_URL)")
    return TEST_REDIS_URL


@pytest.fixture(scope="session")
def db_without_transaction(
    django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb
):
    """The migrated test database, with no test transaction around the test and no flush after.

    For tests that cut the connection or hand the database to other processes; they must leave
    it as they found it. pytest-django sets the database up only when a selected test asks for
    `db`, so this does it when none did.
    """
    if connection.settings_dict["NAME"] == connection.creation._get_test_db_name():
        yield
        return
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=0,
            interactive=False,
            aliases={"default"},
            serialized_aliases=set(),
            keepdb=keepdb,
        )
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=0)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and generated pictures go to a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(db):
    return EditorFactory(username="editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    """Every request makes its page and counts its list's results, so that tests see its
    queries and templates: content written inside a test's transaction never commits, so it
    would not make cached pages or counts stale.

    `page_cache_on` below turns the page cache on; tests/test_query_counts.py
    and tests/portal/content/test_filtering.py the cache of facet counts.
    """
    settings.PAGE_CACHE_SECONDS = 0
    settings.COUNTS_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def english():
    """Tests read messages in English unless they switch language themselves."""
    with translation.override("en"):
        yield


@pytest.fixture
def counts_kept(settings, monkeypatch):
    """The cache of counts on and empty, its generation not yet read, its clock standing still."""
    settings.COUNTS_CACHE_SECONDS = 600
    # A memory cache of its own, whatever REDIS_URL says: clear() would empty a whole Redis.
    settings.CACHES = {**settings.CACHES, "default": COUNTS_CACHE}
    caching.cache.clear()
    monkeypatch.setattr(caching.page_changes, "position", None)
    monkeypatch.setattr(caching.page_changes, "read_at", None)
    monkeypatch.setattr(caching.page_changes, "changed", {})
    monkeypatch.setattr(caching, "monotonic", lambda: 1000.0)


@pytest.fixture
def page_cache_on(settings, monkeypatch):
    """The page cache on and empty, its generation not yet read, its clock standing still."""
    settings.PAGE_CACHE_SECONDS = 600
    # A memory cache of its own, whatever REDIS_URL says: clear() would empty a whole Redis.
    settings.CACHES = {**settings.CACHES, "default": MEMORY_CACHE}
    cache.clear()
    monkeypatch.setattr(caching.page_changes, "position", None)
    monkeypatch.setattr(caching.page_changes, "read_at", None)
    monkeypatch.setattr(caching.page_changes, "changed", {})
    clock = Clock()
    monkeypatch.setattr(caching, "monotonic", clock)
    return clock


@pytest.fixture
def clock(db, page_cache_on):
    """The page cache on, for a test inside the test database's transaction."""
    return page_cache_on
