"""The read replica (portal/operations/replicas.py): which database each read goes to, and when."""

import json

import pytest
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.operations import caching, replicas
from portal.operations.replicas import PRIMARY_COOKIE, PrimaryAfterWriteMiddleware, primary_reads
from practices.models import GoodPractice
from tests.support.caches import MEMORY_CACHE
from tests.support.environment import settings_of

PRIMARY, REPLICA = DEFAULT_DB_ALIAS, replicas.REPLICA


@pytest.fixture
def replica(settings):
    """A "replica" database (the test database again, as a test mirror) and the router."""
    connections.settings[REPLICA] = {
        **connections[PRIMARY].settings_dict,
        "TEST": {**connections[PRIMARY].settings_dict["TEST"], "MIRROR": PRIMARY},
    }
    settings.DATABASE_ROUTERS = ["portal.operations.replicas.PrimaryReplicaRouter"]
    # Each test starts as a request or a command does: nothing written yet.
    token = primary_reads.set(False)
    yield
    primary_reads.reset(token)
    connections[REPLICA].close()
    del connections[REPLICA]
    del connections.settings[REPLICA]


def read_from():
    """The database the next read of practices goes to."""
    return GoodPractice.objects.all().db


def test_reads_go_to_the_replica_and_writes_to_the_primary(replica):
    assert (read_from(), router.db_for_write(GoodPractice)) == (REPLICA, PRIMARY)


def test_reads_after_a_write_go_to_the_primary(replica):
    before = read_from()
    # What Django asks just before it saves, updates or deletes.
    router.db_for_write(GoodPractice)

    assert (before, read_from()) == (REPLICA, PRIMARY)


def test_queries_really_go_where_the_router_says(
    replica, db_without_transaction, django_db_blocker
):
    with (
        django_db_blocker.unblock(),
        CaptureQueriesContext(connections[PRIMARY]) as on_primary,
        CaptureQueriesContext(connections[REPLICA]) as on_replica,
    ):
        GoodPractice.objects.exists()
        with transaction.atomic():
            GoodPractice.objects.exists()

    exists = 'SELECT 1 AS "a" FROM "practices_goodpractice" LIMIT 1'
    assert [query["sql"] for query in on_replica] == [exists]
    assert [query["sql"] for query in on_primary] == ["BEGIN", exists, "COMMIT"]


def test_reads_inside_a_transaction_go_to_the_primary(replica, db):
    # pytest-django runs this test inside a transaction on the primary.
    assert connections[PRIMARY].in_atomic_block
    assert read_from() == PRIMARY


def test_migrations_run_on_the_primary_only(replica):
    assert [
        router.allow_migrate(alias, "practices", model_name="goodpractice")
        for alias in (PRIMARY, REPLICA)
    ] == [True, False]


def recorded_view(*, writes):
    """A view that reads, perhaps writes, and reads again; it records where each read went."""
    reads = []

    def view(request):
        reads.append(read_from())
        if writes:
            router.db_for_write(GoodPractice)
        reads.append(read_from())
        return HttpResponse("ok")

    return view, reads


@pytest.mark.parametrize(
    ("method", "cookies", "writes", "reads"),
    [
        ("get", {}, False, [REPLICA, REPLICA]),
        ("get", {PRIMARY_COOKIE: "1"}, False, [PRIMARY, PRIMARY]),
        ("post", {}, False, [REPLICA, REPLICA]),
        ("post", {}, True, [REPLICA, PRIMARY]),
        ("get", {}, True, [REPLICA, PRIMARY]),
    ],
)
def test_a_request_reads_from_the_primary_after_it_wrote_or_when_its_visitor_just_did(
    replica, method, cookies, writes, reads
):
    view, recorded = recorded_view(writes=writes)
    request = getattr(RequestFactory(), method)("/en/")
    request.COOKIES.update(cookies)

    PrimaryAfterWriteMiddleware(view)(request)

    assert recorded == reads
    # The next request starts afresh.
    assert read_from() == REPLICA


def test_a_request_that_may_have_written_sends_its_visitor_to_the_primary_for_ten_seconds(
    replica, settings
):
    settings.SESSION_COOKIE_SECURE = True
    view, _reads = recorded_view(writes=False)
    middleware = PrimaryAfterWriteMiddleware(view)

    posted = middleware(RequestFactory().post("/en/admin/"))
    got = middleware(RequestFactory().get("/en/"))

    cookie = posted.cookies[PRIMARY_COOKIE]
    assert (cookie.value, cookie["max-age"], cookie["path"]) == ("1", 10, "/")
    assert (cookie["httponly"], cookie["secure"], cookie["samesite"]) == (True, True, "Lax")
    assert got.cookies == {}


def test_the_replica_setting_adds_the_database_the_router_and_the_middleware():
    found = settings_of(
        "DATABASES",
        "DATABASE_ROUTERS",
        "MIDDLEWARE",
        DATABASE_URL="postgres://portal@primary.internal:5432/portal",
        DATABASE_REPLICA_URL="postgres://reader:secret@replica.internal:5433/portal",
    )
    replica = found["DATABASES"]["replica"]

    assert (replica["HOST"], replica["PORT"], replica["USER"], replica["NAME"]) == (
        "replica.internal",
        5433,
        "reader",
        "portal",
    )
    assert (replica["CONN_MAX_AGE"], replica["CONN_HEALTH_CHECKS"]) == (60, True)
    assert found["DATABASE_ROUTERS"] == ["portal.operations.replicas.PrimaryReplicaRouter"]
    assert found["MIDDLEWARE"][:2] == [
        "portal.operations.caching.PageCacheMiddleware",
        "portal.operations.replicas.PrimaryAfterWriteMiddleware",
    ]


def test_without_a_replica_there_is_no_router_and_no_middleware():
    found = settings_of("DATABASES", "DATABASE_ROUTERS", "MIDDLEWARE")

    assert (list(found["DATABASES"]), found["DATABASE_ROUTERS"]) == (["default"], [])
    assert "portal.operations.replicas.PrimaryAfterWriteMiddleware" not in found["MIDDLEWARE"]


def test_a_replica_must_be_postgresql():
    assert settings_of("DATABASES", DATABASE_REPLICA_URL="sqlite:///replica.db") == (
        "django.core.exceptions.ImproperlyConfigured: DATABASE_REPLICA_URL must point at a "
        "PostgreSQL replica of DATABASE_URL (postgres://user:password@host:port/name)."
    )


def test_readiness_checks_the_replica_too(
    client, replica, db_without_transaction, django_db_blocker
):
    with django_db_blocker.unblock():
        response = client.get("/readyz")

    assert (response.status_code, json.loads(response.content)["checks"]) == (
        200,
        {
            "database": "ok",
            "cache": "ok",
            "storage": "ok",
            "documents": "ok",
            "tasks": "ok",
            "replica": "ok",
        },
    )


@pytest.fixture
def generation(monkeypatch, settings):
    """The page cache on, in memory, at a position of the change log that needs no database."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = {**settings.CACHES, "default": MEMORY_CACHE}
    monkeypatch.setattr(caching.page_changes, "current", timezone.now)
    caching.cache.clear()


@pytest.mark.parametrize(
    ("page_cache_seconds", "cookies", "reads"),
    [
        (600, {}, [PRIMARY, PRIMARY]),
        (0, {}, [REPLICA, REPLICA]),
        # Not kept: a staff member's page.
        (600, {"sessionid": "x"}, [REPLICA, REPLICA]),
    ],
)
def test_a_page_to_be_kept_until_content_changes_is_made_from_the_primary(
    replica, generation, settings, page_cache_seconds, cookies, reads
):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    view, recorded = recorded_view(writes=False)
    request = RequestFactory().get("/en/")
    request.COOKIES.update(cookies)

    caching.PageCacheMiddleware(PrimaryAfterWriteMiddleware(view))(request)

    assert recorded == reads
    assert read_from() == REPLICA


@pytest.mark.parametrize(("counts_cache_seconds", "read"), [(600, PRIMARY), (0, REPLICA)])
def test_counts_kept_until_content_changes_are_made_from_the_primary(
    replica, generation, settings, counts_cache_seconds, read
):
    settings.COUNTS_CACHE_SECONDS = counts_cache_seconds

    assert caching.kept_until_content_changes("practices", read_from) == read
