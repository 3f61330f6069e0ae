"""A production-like portal with the demo content, for the browser tests and the page tools.

gunicorn with DEBUG off, static files collected and served by whitenoise, its own database
(created, migrated and filled with `load_demo`, dropped afterwards), its own media folder, and a
staff account in the Editors group. Everything talks to it over HTTP, as a visitor's browser would.
"""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass

import environ
import psycopg

from tests.support import ROOT

EDITOR_USERNAME = "browser-editor"
EDITOR_PASSWORD = "a-long-browser-test-password"
SERVER_START_SECONDS = 60
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/crossborder"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_settings():
    """How to reach PostgreSQL (as DATABASE_URL says), and a name for this run's own database."""
    database = environ.Env.db_url_config(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
    params = {
        "host": database["HOST"] or "127.0.0.1",
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"] or None,
    }
    return params, f"browser_{os.getpid()}"


def run(command, env):
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def database_url(params, name):
    auth = params["user"] + (f":{params['password']}" if params["password"] else "")
    return f"postgres://{auth}@{params['host']}:{params['port']}/{name}"


def production_environment(database, files):
    """The environment of a production-like portal on the database URL, its files under files."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "browser-tests-only-not-a-secret",
        "DATABASE_URL": database,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_STATIC_ROOT": f"{files}/static",
        "DJANGO_MEDIA_ROOT": f"{files}/media",
        "DJANGO_PRIVATE_MEDIA_ROOT": f"{files}/private",
        "DJANGO_SERVE_MEDIA": "true",
    }


@contextlib.contextmanager
def gunicorn_portal(env, *, workers=2, stderr=None):
    """Serve the portal of env with gunicorn (sync workers) on a free port; give its base
    address; stop it. Its log goes to stderr (a file) when given."""
    port = free_port()
    gunicorn = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--log-level", "warning"]
    server = subprocess.Popen(
        [*gunicorn, "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        env=env,
        cwd=ROOT,
        stderr=stderr,
    )
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_until_serving(base_url, server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextlib.contextmanager
def production_portal(*, workers=2):
    """Start the portal; give its base address, e.g. http://127.0.0.1:40123; stop and clean up."""
    with running_portal(workers=workers) as portal:
        yield portal.base_url


@dataclass(frozen=True)
class RunningPortal:
    """A production-like portal's base address and the environment it runs in, for the commands
    (`manage.py db_worker`) a test runs beside it."""

    base_url: str
    env: dict


@contextlib.contextmanager
def running_portal(*, workers=2, environment=None, database_suffix=""):
    """production_portal, with `environment` added to the portal's (e.g. EMAIL_URL) and a
    database of its own (`database_suffix`) when another portal of the run is up beside it."""
    params, name = database_settings()
    name += database_suffix
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    with tempfile.TemporaryDirectory(prefix="portal-") as files:
        env = production_environment(database_url(params, name), files) | (environment or {})
        try:
            manage = [sys.executable, "manage.py"]
            run([*manage, "migrate", "--no-input"], env)
            run([*manage, "load_demo"], env)
            run([*manage, "collectstatic", "--no-input"], env)
            run([*manage, "shell", "-c", CREATE_EDITOR], env)
            with gunicorn_portal(env, workers=workers) as base_url:
                yield RunningPortal(base_url=base_url, env=env)
        finally:
            with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


CREATE_EDITOR = (
    "from django.contrib.auth.models import Group, User; "
    f"user = User.objects.create_user({EDITOR_USERNAME!r}, password={EDITOR_PASSWORD!r},"
    " is_staff=True); "
    "user.groups.add(Group.objects.get(name='Editors'))"
)


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
