import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import RequestFactory

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**environment):
    """Import the portal's settings in a clean interpreter with only the given variables."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(environment)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import portal.settings as s; "
            "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['NAME'])",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings()

    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_is_off_and_hosts_are_local_unless_asked_for():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50)

    assert result.stdout.strip() == "False ['localhost', '127.0.0.1', '[::1]'] crossborder"


def test_environment_configures_debug_hosts_and_database():
    result = load_settings(
        DJANGO_DEBUG="true",
        DJANGO_ALLOWED_HOSTS="portal.example.org,www.portal.example.org",
        DATABASE_URL="postgres://portal:secret@db.internal:5433/practices",
    )

    assert result.stdout.strip() == (
        "True ['portal.example.org', 'www.portal.example.org'] practices"
    )


def test_only_postgresql_is_accepted():
    result = load_settings(DJANGO_DEBUG="true", DATABASE_URL="sqlite:///portal.db")

    assert result.returncode == 1
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr


def test_polish_is_the_default_of_three_languages():
    assert settings.LANGUAGE_CODE == "pl"
    assert [code for code, _ in settings.LANGUAGES] == ["pl", "cs", "en"]


@pytest.mark.django_db
def test_search_extensions_are_installed():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")
        assert sorted(row[0] for row in cursor.fetchall()) == ["pg_trgm", "unaccent"]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    output = StringIO()

    call_command("makemigrations", "--check", "--dry-run", stdout=output)

    assert "No changes detected" in output.getvalue()


# The command reads the connection settings only; no test connection is opened with them.
overrides_databases = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")


@overrides_databases
def test_ensure_database_says_what_to_do_when_no_server_answers(settings):
    settings.DATABASES = {
        "default": {**settings.DATABASES["default"], "HOST": "127.0.0.1", "PORT": "1"}
    }

    with pytest.raises(CommandError) as raised:
        call_command("ensure_database")

    message = str(raised.value)
    assert message.startswith("Cannot reach PostgreSQL at 127.0.0.1:1 (")
    assert message.endswith("or set DATABASE_URL to a server you can reach.")


def drop_database(database, name):
    with psycopg.connect(
        dbname="postgres",
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        autocommit=True,
    ) as maintenance:
        maintenance.execute(f"DROP DATABASE IF EXISTS {name}")


@overrides_databases
def test_ensure_database_creates_a_missing_database(settings):
    name = "crossborder_ensure_test"
    drop_database(settings.DATABASES["default"], name)
    settings.DATABASES = {"default": {**settings.DATABASES["default"], "NAME": name}}
    output = StringIO()

    try:
        call_command("ensure_database", stdout=output)
        call_command("ensure_database", stdout=output)
    finally:
        drop_database(settings.DATABASES["default"], name)

    assert output.getvalue().splitlines() == [
        f"PostgreSQL at 127.0.0.1:5432: created database '{name}'.",
        f"PostgreSQL at 127.0.0.1:5432: database '{name}' is ready.",
    ]


def test_demo_admin_refuses_to_run_without_debug():
    with pytest.raises(CommandError, match="for local development only"):
        call_command("demo_admin")


@pytest.mark.django_db
def test_demo_admin_prints_a_working_password(settings):
    settings.DEBUG = True
    output = StringIO()

    call_command("demo_admin", stdout=output)

    password = output.getvalue().split("password: ")[1].strip()
    login = RequestFactory().post("/en/admin/login/")
    user = authenticate(login, username="admin", password=password)
    assert user is not None and user.is_superuser
