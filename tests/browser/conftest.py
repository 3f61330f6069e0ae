"""A production-like portal with the demo content, and Debian's Chromium driven by Playwright.

The server is gunicorn with DEBUG off and static files collected and served by whitenoise, on its
own database (created, migrated and filled with `load_demo` once per run, dropped afterwards) and
its own media folder. The tests talk to it only over HTTP, as a visitor's browser would.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EDITOR_USERNAME = "browser-editor"
EDITOR_PASSWORD = "a-long-browser-test-password"
SERVER_START_SECONDS = 60
# Playwright's synchronous API keeps an event loop in this thread, which Django would otherwise
# take for async code and refuse the database to the other tests of the run.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_settings():
    """Where the test database lives, and a name for the browser tests' own database."""
    database = settings.DATABASES["default"]
    params = {
        "host": database["HOST"] or "127.0.0.1",
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"] or None,
    }
    return params, f"browser_{os.getpid()}"


def run(command, env):
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory):
    """The base address of a running portal, e.g. http://127.0.0.1:40123, with the demo content
    and a staff account (`EDITOR_USERNAME`, `EDITOR_PASSWORD`) in the Editors group."""
    params, name = database_settings()
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    auth = params["user"] + (f":{params['password']}" if params["password"] else "")
    port = free_port()
    files = tmp_path_factory.mktemp("portal")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "browser-tests-only-not-a-secret",
        "DATABASE_URL": f"postgres://{auth}@{params['host']}:{params['port']}/{name}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_STATIC_ROOT": str(files / "static"),
        "DJANGO_MEDIA_ROOT": str(files / "media"),
        "DJANGO_SERVE_MEDIA": "true",
    }
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--no-input"], env)
    run([*manage, "load_demo"], env)
    run([*manage, "collectstatic", "--no-input"], env)
    run(
        [
            *manage,
            "shell",
            "-c",
            "from django.contrib.auth.models import Group, User; "
            f"user = User.objects.create_user({EDITOR_USERNAME!r}, password={EDITOR_PASSWORD!r},"
            " is_staff=True); "
            "user.groups.add(Group.objects.get(name='Editors'))",
        ],
        env,
    )
    gunicorn = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*gunicorn, "--workers", "2", "--log-level", "warning"], env=env, cwd=ROOT
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until_serving(base_url, server):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}; its errors are above.")
        try:
            with urllib.request.urlopen(f"{base_url}/en/", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The portal did not answer at {base_url} in {SERVER_START_SECONDS} s.")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser-tools` installs Debian's chromium.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (no cookies) on a desktop screen, preferring English."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    yield tab
    context.close()
