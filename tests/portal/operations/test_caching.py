"""The page cache (portal/operations/caching.py): what it keeps, for whom, when pages turn stale."""

import datetime
import json
import os
import re
import subprocess
import sys
import uuid
from urllib.parse import quote

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.management.sql import emit_post_migrate_signal
from django.db import OperationalError, connection
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    StreamingHttpResponse,
)
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache

from portal.content.services import publishable_publish, publishable_unpublish
from portal.models import City, Country, PublicationStatus
from portal.operations import caching
from practices.models import GoodPractice
from tests.support import ROOT
from tests.support.caches import TEST_REDIS_URL
from tests.support.factories import CityFactory, GoodPracticeFactory, ThemeFactory
from tests.support.pages import ContentWeb, pages
from tests.support.server import free_port

DRAFT = PublicationStatus.DRAFT


def visit(client, address, **headers):
    """The response to a GET, and how many queries it made."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, headers=headers)
    return response, len(queries)


def visit_head(client, address):
    with CaptureQueriesContext(connection) as queries:
        response = client.head(address)
    return response, len(queries)


def heading(response):
    return re.search(r"<h1>(.*?)</h1>", response.content.decode()).group(1)


def listed(client, address=None):
    """The titles of the practices a page lists (the practice list unless told)."""
    html = client.get(address or reverse("practices:list")).content.decode()
    return re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', html)


def test_a_page_seen_again_costs_no_query_and_no_template_and_keeps_its_headers(
    client, clock, django_assert_num_queries
):
    address = GoodPracticeFactory(title="Sluňákov").get_absolute_url()

    first, first_queries = visit(client, address)
    with django_assert_num_queries(0):
        again = client.get(address)

    assert first_queries > 0
    assert first.templates != []
    assert again.templates == []
    assert (again.status_code, heading(again)) == (200, "Sluňákov [en]")
    assert again.content == first.content
    assert dict(again.headers) == dict(first.headers)
    assert set(again.headers) >= {"Content-Security-Policy", "X-Frame-Options", "ETag"}


def test_every_public_page_is_kept_as_it_was_first_sent(client, clock):
    web = ContentWeb()
    web.grow(1)

    kept = {}
    for name, address in pages(web):
        first = client.get(address)
        again, queries = visit(client, address)
        kept[name] = (
            again.status_code,
            queries,
            again.content == first.content,
            dict(again.headers) == dict(first.headers),
            "'nonce-" in again["Content-Security-Policy"],
        )

    assert kept == {name: (200, 0, True, True, False) for name, _address in pages(web)}


def test_a_page_is_made_every_time_when_the_page_cache_is_off(client, clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    address = GoodPracticeFactory().get_absolute_url()

    (_first, first_queries), (again, again_queries) = visit(client, address), visit(client, address)

    assert again_queries == first_queries > 0
    assert "ETag" not in again


def test_a_head_request_is_answered_from_the_cache_but_does_not_fill_it(client, clock):
    address = GoodPracticeFactory().get_absolute_url()

    head_before = client.head(address)
    page = client.get(address)
    head, head_queries = visit_head(client, address)

    assert (head_before.templates != [], page.templates != [], head_queries) == (True, True, 0)
    assert (head.status_code, dict(head.headers)) == (200, dict(page.headers))


def test_each_language_of_a_page_is_kept_apart(client, clock):
    practice = GoodPracticeFactory(title="Zoo")
    addresses = {}
    for language in ("pl", "cs", "en"):
        with translation.override(language):
            addresses[language] = practice.get_absolute_url()

    first = {language: heading(client.get(address)) for language, address in addresses.items()}
    again = {language: visit(client, address) for language, address in addresses.items()}

    assert first == {"pl": "Zoo [pl]", "cs": "Zoo [cs]", "en": "Zoo [en]"}
    assert {language: (heading(page), queries) for language, (page, queries) in again.items()} == {
        language: (title, 0) for language, title in first.items()
    }


def test_each_query_string_is_kept_apart(client, clock, django_assert_num_queries):
    opole, olomouc = CityFactory(slug="opole"), CityFactory(slug="olomouc")
    GoodPracticeFactory(title="Zoo", city=opole)
    GoodPracticeFactory(title="Sluňákov", city=olomouc)
    addresses = [reverse("practices:list") + query for query in ("?city=opole", "?city=olomouc")]

    first = [listed(client, address) for address in addresses]
    with django_assert_num_queries(0):
        again = [listed(client, address) for address in addresses]

    assert first == again == [["Zoo [en]"], ["Sluňákov [en]"]]


def test_a_huge_hostile_query_string_is_kept_under_a_key_of_fixed_length(
    client, clock, rf, django_assert_num_queries
):
    query = "q=" + quote("<script>'\"\x00ż%" * 300) + "&page=-1" + "&sort=x" * 300
    address = f"{reverse('search')}?{query}"

    first = client.get(address)
    with django_assert_num_queries(0):
        again = client.get(address)

    assert (first.status_code, again.content) == (200, first.content)
    key = caching.page_key(rf.get(address), "2026-11-21")
    assert re.fullmatch(r"page:2026-11-21:[0-9a-f]{64}", key)


def test_a_matching_if_none_match_gets_304_without_making_the_page(
    client, clock, django_assert_num_queries
):
    address = GoodPracticeFactory().get_absolute_url()
    page = client.get(address)
    etag = page["ETag"]

    with django_assert_num_queries(0):
        not_modified = client.get(address, headers={"If-None-Match": etag})
        modified = client.get(address, headers={"If-None-Match": '"an-older-page"'})

    assert (not_modified.status_code, not_modified.content, not_modified["ETag"]) == (
        304,
        b"",
        etag,
    )
    assert (modified.status_code, modified.content) == (200, page.content)


def test_a_page_made_again_unchanged_keeps_its_etag_and_gets_304(
    client, clock, django_capture_on_commit_callbacks
):
    address = GoodPracticeFactory().get_absolute_url()
    etag = client.get(address)["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        caching.pages_changed()

    made_again = client.get(address, headers={"If-None-Match": etag})

    assert made_again.templates != []
    assert (made_again.status_code, made_again["ETag"]) == (304, etag)


def test_logged_in_staff_neither_get_nor_fill_the_cache(client, clock, editor):
    staff = Client()
    staff.force_login(editor)
    draft = GoodPracticeFactory(title="Draft", status=DRAFT).get_absolute_url()
    published = GoodPracticeFactory(title="Public").get_absolute_url()

    staff_draft = staff.get(draft)
    public_draft = client.get(draft)
    staff.get(published)
    public = client.get(published)
    _public_again, public_again_queries = visit(client, published)
    staff_again = staff.get(published)

    assert (staff_draft.status_code, heading(staff_draft)) == (200, "Draft [en]")
    assert public_draft.status_code == 404
    assert (public.templates != [], public_again_queries) == (True, 0)
    assert staff_again.templates != []


def test_a_change_shows_once_committed_and_not_before(
    client, clock, django_capture_on_commit_callbacks
):
    practice = GoodPracticeFactory(title="Zoo")
    listed(client)

    with django_capture_on_commit_callbacks() as on_commit:
        practice.title_en = "Opole zoo"
        practice.save()
    before_commit = listed(client)
    for callback in on_commit:
        callback()

    assert (before_commit, listed(client)) == (["Zoo [en]"], ["Opole zoo"])


def test_publishing_and_unpublishing_by_saving_show_at_once(
    client, clock, django_capture_on_commit_callbacks
):
    practice = GoodPracticeFactory(title="Zoo", status=DRAFT)
    seen = [listed(client)]

    for status in (PublicationStatus.PUBLISHED, DRAFT):
        with django_capture_on_commit_callbacks(execute=True):
            practice.status = status
            practice.save()
        seen.append(listed(client))

    assert seen == [[], ["Zoo [en]"], []]


def test_publishing_and_unpublishing_a_queryset_show_at_once(
    client, clock, editor, django_capture_on_commit_callbacks
):
    practice = GoodPracticeFactory(title="Zoo", status=DRAFT)
    practices = GoodPractice.objects.filter(pk=practice.pk)
    address = practice.get_absolute_url()
    seen = [(listed(client), client.get(address).status_code)]

    for change in (publishable_publish, publishable_unpublish):
        with django_capture_on_commit_callbacks(execute=True):
            change(queryset=practices, by=editor)
        seen.append((listed(client), client.get(address).status_code))

    assert seen == [([], 404), (["Zoo [en]"], 200), ([], 404)]


def test_publishing_and_unpublishing_in_the_admin_show_at_once(
    client, clock, editor, django_capture_on_commit_callbacks
):
    staff = Client()
    staff.force_login(editor)
    practice = GoodPracticeFactory(title="Zoo", status=DRAFT)
    changelist = reverse("admin:practices_goodpractice_changelist")
    seen = [listed(client)]

    for action in ("publish", "unpublish"):
        with django_capture_on_commit_callbacks(execute=True):
            staff.post(changelist, {"action": action, "_selected_action": [practice.pk]})
        seen.append(listed(client))

    assert seen == [[], ["Zoo [en]"], []]


def test_deleting_shows_at_once(client, clock, django_capture_on_commit_callbacks):
    practice = GoodPracticeFactory(title="Zoo")
    before = listed(client)

    with django_capture_on_commit_callbacks(execute=True):
        practice.delete()

    assert (before, listed(client)) == (["Zoo [en]"], [])


def test_a_change_of_links_between_content_shows_at_once(
    client, clock, django_capture_on_commit_callbacks
):
    theme = ThemeFactory()
    practice = GoodPracticeFactory(title="Zoo")
    address = theme.get_absolute_url()
    before = listed(client, address)

    with django_capture_on_commit_callbacks(execute=True):
        practice.themes.add(theme)

    assert (before, listed(client, address)) == ([], ["Zoo [en]"])


def test_a_change_of_related_content_shows_at_once(
    client, clock, django_capture_on_commit_callbacks
):
    practice = GoodPracticeFactory(city=CityFactory(name="Opole"))
    before = client.get(reverse("practices:list")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        practice.city.name_en = "Oppeln"
        practice.city.save()

    after = client.get(reverse("practices:list")).content.decode()
    assert ("Opole [en] ·" in before, "Oppeln ·" in after) == (True, True)


def test_a_write_without_signals_waits_for_the_next_migrate(
    client, clock, django_capture_on_commit_callbacks
):
    practice = GoodPracticeFactory(title="Zoo")
    listed(client)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE practices_goodpractice SET title_en = 'Opole zoo' WHERE id = %s", [practice.pk]
        )
    unseen = listed(client)

    with django_capture_on_commit_callbacks(execute=True):
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert (unseen, listed(client)) == (["Zoo [en]"], ["Opole zoo"])


def test_pages_of_yesterday_are_not_served_today(client, clock, monkeypatch):
    address = GoodPracticeFactory().get_absolute_url()
    client.get(address)
    monkeypatch.setattr(caching.timezone, "localdate", lambda: datetime.date(2099, 1, 1))

    _same_day, same_day_queries = visit(client, address)
    clock.tick()
    next_day = client.get(address)

    assert (same_day_queries, next_day.templates != []) == (0, True)


def test_kept_pages_are_served_while_the_change_log_cannot_be_read(client, clock, monkeypatch):
    kept = GoodPracticeFactory().get_absolute_url()
    client.get(kept)

    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(caching.page_changes, "read", unreachable)
    clock.tick()
    _page, queries = visit(client, kept)

    assert queries == 0


def test_pages_are_made_as_usual_when_the_change_log_was_never_read(client, clock, monkeypatch):
    address = GoodPracticeFactory().get_absolute_url()

    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(caching.page_changes, "read", unreachable)
    first, again = client.get(address), client.get(address)

    assert (first.status_code, again.status_code) == (200, 200)
    assert (first.templates != [], again.templates != []) == (True, True)


@pytest.mark.parametrize(
    "address",
    ["/healthz", "/readyz", "/static/css/portal.css", "/media/x.png", "/en/admin/", "/api/v1/"],
)
def test_the_admin_api_health_checks_and_files_are_not_looked_for_in_the_cache(
    client, clock, address
):
    client.get(address)
    client.get(address)

    assert caching.page_changes.read_at is None


# Pages the portal does not have, each answered with a header that tells one making from another.


def made(response):
    response["X-Made"] = uuid.uuid4().hex
    return response


def plain(request):
    return made(HttpResponse("plain"))


def sets_cookie(request):
    response = HttpResponse("cookie")
    response.set_cookie("seen", "yes")
    return made(response)


def reads_session(request):
    request.session.get("seen")
    return made(HttpResponse("session"))


def private(request):
    response = HttpResponse("private")
    patch_cache_control(response, private=True)
    return made(response)


@never_cache
def not_stored(request):
    return made(HttpResponse("never"))


def varies(request):
    response = HttpResponse("varies")
    patch_vary_headers(response, ["User-Agent"])
    return made(response)


def streamed(request):
    return made(StreamingHttpResponse(["streamed"]))


def missing(request):
    return made(HttpResponseNotFound("missing"))


def moved(request):
    return made(HttpResponsePermanentRedirect("/en/plain/"))


def reads_nonce(request):
    return made(HttpResponse(f'<script nonce="{request.csp_nonce}"></script>'))


urlpatterns = i18n_patterns(
    path("plain/", plain),
    path("cookie/", sets_cookie),
    path("session/", reads_session),
    path("private/", private),
    path("never/", not_stored),
    path("varies/", varies),
    path("streamed/", streamed),
    path("missing/", missing),
    path("moved/", moved),
    path("nonce/", reads_nonce),
)


@pytest.mark.urls(__name__)
def test_a_plain_response_is_kept(client, clock):
    assert client.get("/en/plain/")["X-Made"] == client.get("/en/plain/")["X-Made"]


@pytest.mark.urls(__name__)
@pytest.mark.parametrize(
    "address",
    [
        "/en/cookie/",
        "/en/session/",
        "/en/private/",
        "/en/never/",
        "/en/varies/",
        "/en/streamed/",
        "/en/missing/",
        "/en/moved/",
        "/en/nonce/",
    ],
)
def test_responses_that_are_not_for_everyone_or_not_whole_are_made_each_time(
    client, clock, address
):
    assert client.get(address)["X-Made"] != client.get(address)["X-Made"]


@pytest.mark.urls(__name__)
def test_a_nonce_is_never_served_twice(client, clock):
    responses = [client.get("/en/nonce/") for _ in range(2)]

    nonces = [
        re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        for response in responses
    ]
    assert nonces[0] != nonces[1]
    assert [response.content.decode() for response in responses] == [
        f'<script nonce="{nonce}"></script>' for nonce in nonces
    ]


# Other processes and servers.


@pytest.fixture(params=["memory", "redis"])
def shared_cache(request):
    """The page cache as each process's memory, or as a Redis several servers share."""
    if request.param == "redis":
        return request.getfixturevalue("redis_cache")
    return ""


@pytest.fixture
def committed_practice(db_without_transaction, django_db_blocker):
    """A published practice that other processes see; afterwards gone, with its history."""
    with django_db_blocker.unblock():
        created = [] if Country.objects.filter(code="CZ").exists() else [Country]
        practice = GoodPracticeFactory(title="Zoo", city__country__code="CZ")
        try:
            yield practice
        finally:
            rows = {GoodPractice: practice, City: practice.city, Country: practice.city.country}
            for model in [GoodPractice, City, *created]:
                model.objects.filter(pk=rows[model].pk).delete()
                model.history.filter(id=rows[model].pk).delete()


# Another process of the portal on the test database: it saves a practice's English title, or
# visits a page and prints how many queries that made and the page's heading.
OTHER_PROCESS = """
import os, re, sys
import django
from django.conf import settings
settings.CACHES["default"]["KEY_PREFIX"] = os.environ["TEST_CACHE_PREFIX"]
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from practices.models import GoodPractice
if sys.argv[1] == "save":
    practice = GoodPractice.objects.get(pk=int(sys.argv[2]))
    practice.title_en = sys.argv[3]
    practice.save()
else:
    from portal.operations.caching import page_changes
    page_changes.current()
    with CaptureQueriesContext(connection) as queries:
        page = Client().get(sys.argv[2]).content.decode()
    print(len(queries), re.search("<h1>(.*?)</h1>", page).group(1))
"""


def other_process(*arguments, prefix):
    database = connection.settings_dict
    auth = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    host = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"postgres://{auth}@{host}/{database['NAME']}",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_PAGE_CACHE_SECONDS": "600",
        "TEST_CACHE_PREFIX": prefix,
    }
    if prefix:
        env["REDIS_URL"] = TEST_REDIS_URL
    result = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_change_in_another_process_shows_here_within_the_check_interval(
    client, page_cache_on, shared_cache, committed_practice
):
    address = committed_practice.get_absolute_url()
    before = heading(client.get(address))

    other_process("save", str(committed_practice.pk), "Opole zoo", prefix=shared_cache)
    within, within_queries = visit(client, address)
    page_cache_on.tick()
    after = client.get(address)

    assert (before, heading(within), within_queries) == ("Zoo [en]", "Zoo [en]", 0)
    assert heading(after) == "Opole zoo"


def test_a_page_kept_by_one_server_is_served_by_another(client, clock, redis_cache):
    # Uncommitted: the other server cannot make the page, only find it in Redis.
    address = GoodPracticeFactory(title="Zoo").get_absolute_url()
    client.get(address)

    served = other_process("visit", address, prefix=redis_cache)

    assert served == "0 Zoo [en]"


def test_pages_are_made_as_usual_while_redis_does_not_answer(client, clock, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        },
    }
    address = GoodPracticeFactory(title="Zoo").get_absolute_url()

    first, again = client.get(address), client.get(address)

    assert (first.status_code, heading(again), again.templates != []) == (200, "Zoo [en]", True)
    assert "The page cache does not answer" in caplog.text


def cache_settings(**environment):
    """The default and thumbnail caches and the page lifetime, as a clean start sets them."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("REDIS_URL", None)
    env |= {"DJANGO_SECRET_KEY": "x" * 50, **environment}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, portal.settings as s; print(json.dumps([s.CACHES['default'], "
            "s.CACHES['thumbnails']['BACKEND'], s.PAGE_CACHE_SECONDS]))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_redis_url_puts_the_default_cache_in_redis():
    assert cache_settings(REDIS_URL="redis://cache.internal:6380/2") == [
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://cache.internal:6380/2",
            "KEY_PREFIX": "",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "django.core.cache.backends.locmem.LocMemCache",
        600,
    ]


def test_the_page_cache_is_off_in_development_unless_asked_for():
    assert [
        cache_settings(DJANGO_DEBUG="true")[2],
        cache_settings(DJANGO_DEBUG="true", DJANGO_PAGE_CACHE_SECONDS="60")[2],
    ] == [0, 60]


def test_without_redis_each_process_keeps_pages_in_its_memory_and_zero_turns_them_off():
    assert cache_settings(DJANGO_PAGE_CACHE_SECONDS="0") == [
        {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
        "django.core.cache.backends.locmem.LocMemCache",
        0,
    ]


@pytest.mark.parametrize("page_cache_seconds", [600, 0])
def test_counts_over_all_content_are_made_once_for_every_language_until_content_changes(
    client, clock, settings, django_capture_on_commit_callbacks, page_cache_seconds
):
    # Whether the page cache keeps the pages or not.
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    settings.COUNTS_CACHE_SECONDS = 600
    # The home page's programmes with their counts and its number of cities on the map.
    city = CityFactory(name="Opole")
    GoodPracticeFactory(city=city)
    _en, first = visit(client, "/en/")
    cs, again = visit(client, "/cs/")

    with django_capture_on_commit_callbacks(execute=True):
        GoodPracticeFactory(city=CityFactory(name="Olomouc"))
    pl, after_change = visit(client, "/pl/")

    # The first page also read the change log; the counts are two queries.
    assert (first - again, after_change - again) == (3, 2)
    assert "Dobré praxe, projekty a události v 1 městě." in cs.content.decode()
    assert "Dobre praktyki, projekty i wydarzenia w 2 miastach." in pl.content.decode()


def test_counts_over_all_content_are_made_every_time_when_their_cache_is_off(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.COUNTS_CACHE_SECONDS = 0
    made = []

    for _ in range(2):
        caching.kept_until_content_changes("figure", lambda: made.append(1) or len(made))

    assert made == [1, 1]
