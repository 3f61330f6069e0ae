"""Two app servers behind one address share everything: PostgreSQL, Redis and object storage.

Two production-like gunicorn servers on different loopback ports, one database, one Redis (under a
key prefix of this run's own) and one S3-compatible server (moto's, in this process). Requests to
both carry the same Host, as behind a load balancer. What one server does, the other sees.
"""

import contextlib
import hashlib
import html
import io
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from html.parser import HTMLParser

import psycopg
import pytest
import redis
from django.core.cache.backends.redis import RedisCache
from PIL import Image

from tests.support.caches import TEST_REDIS_URL
from tests.support.files import minimal_pdf
from tests.support.object_storage import CREDENTIALS, REGION, bucket_create, bucket_keys, s3_server
from tests.support.server import (
    CREATE_EDITOR,
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    ROOT,
    database_settings,
    database_url,
    gunicorn_portal,
    production_environment,
)

pytestmark = pytest.mark.slow

# The address visitors use: the page cache keys pages by it, whichever server answers.
HOST = "localhost"
BUCKET = "portal-uploads"
PRACTICE_PATH = "/en/good-practices/zoo/"
CHANGE_SECONDS = 10
CREATE_PRACTICE = (
    "from tests.support.factories import GoodPracticeFactory; "
    "print(GoodPracticeFactory(title='Zoo', slug='zoo').pk)"
)


class Browser:
    """A visitor's cookies, sent to whichever server a request goes to; no redirects followed."""

    def __init__(self):
        self.cookies = {}

    def request(self, url, *, data=None, content_type=None):
        headers = {"Host": HOST}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(url, data=data, headers=headers)
        opener = urllib.request.build_opener(NoRedirects)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            body = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.headers, body

    def get(self, url):
        return self.request(url)

    def post_form(self, url, fields, files=None):
        """POST the fields (name, value pairs) and files ({name: (filename, bytes)}), multipart."""
        boundary = uuid.uuid4().hex
        body = io.BytesIO()
        for name, value in fields:
            body.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for name, (filename, content) in (files or {}).items():
            body.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            )
            body.write(content + b"\r\n")
        body.write(f"--{boundary}--\r\n".encode())
        return self.request(
            url, data=body.getvalue(), content_type=f"multipart/form-data; boundary={boundary}"
        )


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormFields(HTMLParser):
    """The values a browser would submit with the page's form whose id is `form_id`."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self.select, self.textarea = None, None

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        if not self.inside or "disabled" in attributes:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attributes:
                return
            if kind not in {"file", "submit", "button", "image"}:
                default = "on" if kind in {"checkbox", "radio"} else ""
                self.fields.append((name, attributes.get("value", default)))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attributes:
            self.fields.append((self.select, attributes.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append(tuple(self.textarea))
            self.textarea = None


def admin_form(browser, url, form_id, changes, files=None):
    """Submit the admin's form at url as it stands, with some fields changed; give the response."""
    status, _headers, page = browser.get(url)
    assert status == 200, page
    parser = FormFields(form_id)
    parser.feed(page.decode())
    fields = [(name, value) for name, value in parser.fields if name not in changes]
    fields += [*changes.items(), ("_continue", "Save and continue editing")]
    return browser.post_form(url, fields, files)


def eventually(fetch, done):
    """What fetch() gives once done() holds of it, or after CHANGE_SECONDS, whichever is first.

    A server reads the content generation again every half second (portal/operations/caching.py): a
    change made on another shows there within that, not at once.
    """
    deadline = time.monotonic() + CHANGE_SECONDS
    while not done(found := fetch()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def log_in(browser, base_url):
    login = f"{base_url}/en/admin/login/"
    browser.get(login)
    return browser.post_form(
        login,
        [
            ("csrfmiddlewaretoken", browser.cookies["csrftoken"]),
            ("username", EDITOR_USERNAME),
            ("password", EDITOR_PASSWORD),
            ("next", "/en/admin/"),
        ],
    )


def heading(page):
    return re.search(rb"<h1>(.*?)</h1>", page).group(1).decode()


def anonymous_get(url):
    """A GET with no cookies straight to the address, as a visitor's browser or anyone would."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def picture_png(size, colour):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


class Portal:
    """The two servers and what they share."""

    def __init__(self, server_a, server_b, s3_endpoint, redis_prefix, practice_pk):
        self.a, self.b = server_a, server_b
        self.s3_endpoint, self.redis_prefix = s3_endpoint, redis_prefix
        self.practice_change = f"/en/admin/practices/goodpractice/{practice_pk}/change/"
        self.editor = Browser()


@contextlib.contextmanager
def portal_database():
    """A new, migrated database with a staff editor and one published practice; then dropped."""
    params, name = database_settings()
    name = f"{name}_scale_out"
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(params, name)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(env, *arguments):
    return (
        subprocess.run(
            [sys.executable, "manage.py", *arguments],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1:]
    )


@pytest.fixture(scope="module")
def portal(tmp_path_factory, redis_url):
    redis_client = redis.Redis.from_url(redis_url, socket_connect_timeout=1)
    prefix = f"scale-out-tests-{uuid.uuid4().hex}"
    files = tmp_path_factory.mktemp("scale-out")
    with contextlib.ExitStack() as stack:
        endpoint = stack.enter_context(s3_server())
        bucket_create(endpoint, BUCKET)
        env = production_environment(stack.enter_context(portal_database()), files)
        del env["DJANGO_SERVE_MEDIA"]
        env |= {
            **CREDENTIALS,
            "REDIS_URL": TEST_REDIS_URL,
            "DJANGO_CACHE_KEY_PREFIX": prefix,
            "DJANGO_S3_BUCKET": BUCKET,
            "DJANGO_S3_ENDPOINT_URL": endpoint,
            "DJANGO_S3_REGION": REGION,
            "DJANGO_PAGE_CACHE_SECONDS": "600",
        }
        manage(env, "migrate", "--no-input")
        manage(env, "collectstatic", "--no-input")
        manage(env, "shell", "-c", CREATE_EDITOR)
        (practice_pk,) = manage(env, "shell", "-c", CREATE_PRACTICE)
        # One worker each: two servers are what is shown, and the machine is shared.
        server_a = stack.enter_context(gunicorn_portal(env, workers=1))
        server_b = stack.enter_context(gunicorn_portal(env, workers=1))
        portal = Portal(server_a, server_b, endpoint, prefix, practice_pk)
        portal.env = env
        log_in(portal.editor, server_a)
        try:
            yield portal
        finally:
            for key in redis_client.scan_iter(f"{prefix}:*"):
                redis_client.delete(key)


def test_an_editor_logged_in_on_one_server_is_logged_in_on_the_other(portal):
    editor, visitor = Browser(), Browser()
    status, headers, _page = log_in(editor, portal.a)

    session_key = (
        f"{portal.redis_prefix}:1:django.contrib.sessions.cached_db{editor.cookies['sessionid']}"
    )
    in_redis = redis.Redis.from_url(TEST_REDIS_URL).exists(session_key)
    on_b = editor.get(f"{portal.b}/en/admin/")
    anonymous_on_b = visitor.get(f"{portal.b}/en/admin/")

    assert (status, headers["Location"], in_redis) == (302, "/en/admin/", 1)
    assert on_b[0] == 200
    assert f"<strong>{EDITOR_USERNAME}</strong>".encode() in on_b[2]
    assert (anonymous_on_b[0], anonymous_on_b[1]["Location"]) == (
        302,
        "/en/admin/login/?next=/en/admin/",
    )


def test_a_picture_uploaded_on_one_server_is_shown_by_the_other(portal):
    cover = picture_png((900, 600), (11, 83, 148))
    status, _headers, _page = admin_form(
        portal.editor,
        portal.a + portal.practice_change,
        "goodpractice_form",
        {"cover_image_alt_en": "A blue cover"},
        files={"cover_image": ("cover.png", cover)},
    )
    # The worker makes the thumbnails into the shared storage and records them on the row.
    manage(portal.env, "db_worker", "--batch", "--no-startup-delay")
    stored = [
        key
        for key in bucket_keys(portal.s3_endpoint, BUCKET)
        if "goodpractice" in key and "/cache/" not in key
    ]

    _status, _headers, page = Browser().get(portal.b + PRACTICE_PATH)
    cover_tag = re.search(rb'<img class="cover" src="([^"]*)" srcset="([^"]*)"', page)
    thumbnails = [entry.split()[0] for entry in cover_tag.group(2).decode().split(", ")]
    served = [anonymous_get(url) for url in thumbnails]
    original_url = f"{portal.s3_endpoint}/{BUCKET}/{stored[0]}"
    original = anonymous_get(original_url)

    assert status == 302
    assert [
        re.fullmatch(r"media/practices/goodpractice/\d{4}/\d{2}/[0-9a-f]{32}\.png", key) is not None
        for key in stored
    ] == [True]
    assert f'content="{original_url}"'.encode() in page
    assert original[:2] == (200, "image/png")
    assert Image.open(io.BytesIO(original[2])).size == (900, 600)
    assert cover_tag.group(1).decode() in thumbnails
    assert len(thumbnails) >= 2
    for url, (status, content_type, body) in zip(thumbnails, served, strict=True):
        assert url.startswith(f"{portal.s3_endpoint}/{BUCKET}/media/cache/")
        assert (status, content_type, Image.open(io.BytesIO(body)).format) == (
            200,
            "image/webp",
            "WEBP",
        )


def test_a_private_document_uploaded_on_one_server_is_served_only_by_the_other(portal):
    status, _headers, _page = admin_form(
        portal.editor,
        portal.a + portal.practice_change,
        "goodpractice_form",
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-title_pl": "Raport",
            "documents-0-title_en": "Report",
            "documents-0-position": "0",
        },
        files={"documents-0-file": ("report.pdf", minimal_pdf())},
    )
    stored = [key for key in bucket_keys(portal.s3_endpoint, BUCKET) if key.startswith("private/")]

    # Server B sees the change once it reads the content generation again.
    page = eventually(
        lambda: Browser().get(portal.b + PRACTICE_PATH)[2], lambda page: b">Report</a>" in page
    )
    link = re.search(rb'<a href="([^"]*)">Report</a>', page).group(1).decode()
    download = Browser().get(portal.b + link)
    straight_from_the_bucket = anonymous_get(f"{portal.s3_endpoint}/{BUCKET}/{stored[0]}")

    assert status == 302
    assert [
        re.fullmatch(r"private/practices/practicedocument/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", key)
        is not None
        for key in stored
    ] == [True]
    assert (download[0], download[1]["Content-Type"], download[2]) == (
        200,
        "application/pdf",
        minimal_pdf(),
    )
    assert download[1]["Content-Disposition"] == 'attachment; filename="report.pdf"'
    assert straight_from_the_bucket[0] == 403


def forget_pages(portal):
    client = redis.Redis.from_url(TEST_REDIS_URL)
    for key in client.scan_iter(f"{portal.redis_prefix}:1:page:*"):
        client.delete(key)


def cached_page(portal, path):
    """The page the shared cache keeps for the address, and its key there; None if none."""
    cache = RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": portal.redis_prefix})
    address = hashlib.sha256(f"http://{HOST}{path}".encode()).hexdigest()
    keys = [
        key.decode().removeprefix(f"{portal.redis_prefix}:1:")
        for key in redis.Redis.from_url(TEST_REDIS_URL).scan_iter(
            f"{portal.redis_prefix}:1:page:*:{address}"
        )
    ]
    return cache, keys


def test_a_page_kept_by_both_servers_changes_on_both_after_a_change_on_one(portal):
    visitor = Browser()
    forget_pages(portal)
    made_by_a = visitor.get(portal.a + PRACTICE_PATH)
    cache, keys = cached_page(portal, PRACTICE_PATH)
    # Marked in the shared cache: a server that answers with the mark took the page from there.
    content, headers, tags, position = cache.get(keys[0])
    cache.set(keys[0], (content.replace(b"</h1>", b" (kept)</h1>"), headers, tags, position), 600)

    kept = [heading(visitor.get(server + PRACTICE_PATH)[2]) for server in (portal.b, portal.a)]
    admin_form(
        portal.editor,
        portal.a + portal.practice_change,
        "goodpractice_form",
        {"title_en": "Opole zoo"},
    )
    after = eventually(
        lambda: [
            heading(visitor.get(server + PRACTICE_PATH)[2]) for server in (portal.b, portal.a)
        ],
        lambda headings: headings == ["Opole zoo", "Opole zoo"],
    )

    assert (made_by_a[0], heading(made_by_a[2]), len(keys)) == (200, "Zoo [en]", 1)
    assert kept == ["Zoo [en] (kept)", "Zoo [en] (kept)"]
    assert after == ["Opole zoo", "Opole zoo"]


def hidden_fields(page):
    """The hidden inputs of a page, as (name, value) pairs in their order."""
    return [
        (name.decode(), html.unescape(value.decode()))
        for name, value in re.findall(rb'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)
    ]


def test_an_import_previewed_on_one_server_is_confirmed_on_the_other(portal):
    _status, _headers, practice_page = Browser().get(portal.b + PRACTICE_PATH)
    city = re.search(rb'href="/en/cities/([^/"]+)/"', practice_page).group(1).decode()
    rows = f"slug,name_en,kind,city,status\nbridge-builders,Bridge builders,ngo,{city},published\n"
    import_page = f"{portal.a}/en/admin/projects/organisation/import/"
    portal.editor.get(import_page)

    preview = portal.editor.post_form(
        import_page,
        [("csrfmiddlewaretoken", portal.editor.cookies["csrftoken"]), ("format", "0")],
        files={"import_file": ("partners.csv", rows.encode())},
    )
    waiting = [k for k in bucket_keys(portal.s3_endpoint, BUCKET) if "imports-pending" in k]
    confirmation = portal.editor.post_form(
        f"{portal.b}/en/admin/projects/organisation/process_import/", hidden_fields(preview[2])
    )
    kept = [k for k in bucket_keys(portal.s3_endpoint, BUCKET) if "imports-pending" in k]
    # The worker imports the file, and removes it.
    manage(portal.env, "db_worker", "--batch", "--no-startup-delay")
    left = [k for k in bucket_keys(portal.s3_endpoint, BUCKET) if "imports-pending" in k]
    published = eventually(
        lambda: Browser().get(f"{portal.a}/en/partners/bridge-builders/"),
        lambda response: response[0] == 200,
    )

    assert preview[0] == 200
    assert [
        re.fullmatch(r"private/imports-pending/[0-9a-f]{32}", key) is not None for key in waiting
    ] == [True]
    assert (confirmation[0], confirmation[1]["Location"]) == (
        302,
        "/en/admin/portal/importjob/1/change/",
    )
    assert (kept, left) == (waiting, [])
    assert published[0] == 200
    assert heading(published[2]) == "Bridge builders"
