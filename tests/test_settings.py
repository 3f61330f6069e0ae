import os
import re
import secrets
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


def run_in_production(*arguments, **environment):
    """Run Python with production-like settings: DEBUG off, a long random key, HTTPS on."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "portal.example.org",
            "DJANGO_HTTPS": "true",
            "DJANGO_PROXY_SSL_HEADER": "X-Forwarded-Proto",
            "DJANGO_SECURITY_CONTACT": "mailto:security@portal.example.org",
            "DJANGO_DATA_PROTECTION_CONTACT": "privacy@portal.example.org",
            "DJANGO_ACCESSIBILITY_CONTACT": "accessibility@portal.example.org",
        }
    )
    env.update(environment)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def deploy_check(**environment):
    return run_in_production(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", **environment
    )


def test_production_settings_pass_the_deploy_checks():
    result = deploy_check()

    assert result.returncode == 0, result.stderr
    # The one silenced check asks for HSTS preloading, which DJANGO_HSTS_PRELOAD opts into.
    assert result.stdout.endswith("System check identified no issues (1 silenced).\n")


def test_hsts_preloading_passes_the_deploy_checks_with_nothing_silenced():
    result = deploy_check(DJANGO_HSTS_PRELOAD="true")

    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("System check identified no issues (0 silenced).\n")


def test_deploy_checks_ask_for_https_a_security_contact_and_the_operators_contacts():
    result = deploy_check(
        DJANGO_HTTPS=None,
        DJANGO_SECURITY_CONTACT=None,
        DJANGO_DATA_PROTECTION_CONTACT=None,
        DJANGO_ACCESSIBILITY_CONTACT=None,
    )

    assert result.returncode == 1
    assert sorted(set(re.findall(r"\((\w+\.W\d+)\)", result.stderr))) == [
        "portal.W001",
        "portal.W002",
        "security.W004",
        "security.W008",
        "security.W012",
        "security.W016",
    ]


SECURITY_SETTINGS = (
    "import portal.settings as s; print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS,"
    " s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_SECURE,"
    " s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE, getattr(s, 'SECURE_PROXY_SSL_HEADER', None))"
)


def test_https_turns_on_redirects_hsts_and_secure_cookies():
    result = run_in_production("-c", SECURITY_SETTINGS)

    assert result.stdout.strip() == (
        "True 31536000 True False True True True ('HTTP_X_FORWARDED_PROTO', 'https')"
    )


def test_https_is_off_unless_asked_for():
    result = run_in_production(
        "-c", SECURITY_SETTINGS, DJANGO_HTTPS=None, DJANGO_PROXY_SSL_HEADER=None
    )

    assert result.stdout.strip() == "False 0 False False False False False None"


def test_https_behind_a_proxy_redirects_plain_http_and_sends_hsts():
    result = run_in_production(
        "-c",
        "import django; django.setup(); from django.test import Client; "
        "plain = Client().get('/robots.txt'); "
        "proxied = Client().get('/robots.txt', headers={'X-Forwarded-Proto': 'https'}); "
        "print(plain.status_code, plain['Location']); "
        "print(proxied.status_code, proxied['Strict-Transport-Security'])",
        DJANGO_ALLOWED_HOSTS="testserver",
    )

    assert result.stdout.splitlines() == [
        "301 https://testserver/robots.txt",
        "200 max-age=31536000; includeSubDomains",
    ], result.stderr


def test_the_deploy_guide_describes_every_environment_variable_the_settings_read():
    settings_source = (ROOT / "portal" / "settings.py").read_text()
    read = set(re.findall(r'"((?:DJANGO|DATABASE|REDIS|AWS)_[A-Z0-9_]+)"', settings_source))
    guide = (ROOT / "docs" / "deploy.md").read_text()
    described = set(re.findall(r"^\| `[^|]*", guide, flags=re.MULTILINE))

    assert {"DJANGO_SECRET_KEY", "DJANGO_S3_ENDPOINT_URL", "AWS_SECRET_ACCESS_KEY"} <= read
    assert sorted(name for name in read if not any(f"`{name}`" in row for row in described)) == []


def test_enquiries_to_the_staff_need_an_address_and_a_language_of_the_portal():
    no_address = load_settings(DJANGO_DEBUG="true", DJANGO_ENQUIRY_STAFF_EMAILS="nobody")
    unknown_language = load_settings(DJANGO_DEBUG="true", DJANGO_ENQUIRY_STAFF_LANGUAGE="de")

    assert (no_address.returncode, unknown_language.returncode) == (1, 1)
    assert "DJANGO_ENQUIRY_STAFF_EMAILS must list the e-mail addresses" in no_address.stderr
    assert (
        "DJANGO_ENQUIRY_STAFF_LANGUAGE is 'de'; set it to one of pl, cs, en, "
        "or leave it out for pl." in unknown_language.stderr
    )
