"""The database connection's limits: their defaults, and the variables that change them."""

import json
import os
import subprocess
import sys

from tests.support import ROOT

SHOW = (
    "import json, portal.settings as s; "
    "print(json.dumps({alias: [d['ENGINE'], d['OPTIONS']] for alias, d in s.DATABASES.items()}"
    " | {'quick': s.DATABASE_QUICK_SECONDS, 'statement': s.DATABASE_STATEMENT_TIMEOUT}))"
)


def database_settings(**environment):
    """The settings of a clean interpreter with only the given variables besides a secret key."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_"))
    }
    env.update(DJANGO_SECRET_KEY="x" * 50, **environment)
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


DEFAULT_OPTIONS = {
    "connect_timeout": 2,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 10000,
    "options": "-c statement_timeout=20s",
}


def test_every_connection_has_limits_by_default():
    assert database_settings() == {
        "default": ["portal.operations.postgresql", DEFAULT_OPTIONS],
        "quick": 1.0,
        "statement": 20,
    }


def test_the_environment_changes_each_limit_on_the_primary_and_the_replica():
    found = database_settings(
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/portal",
        DATABASE_CONNECT_TIMEOUT="5",
        DATABASE_KEEPALIVES="false",
        DATABASE_KEEPALIVES_IDLE="30",
        DATABASE_KEEPALIVES_INTERVAL="10",
        DATABASE_KEEPALIVES_COUNT="6",
        DATABASE_TCP_USER_TIMEOUT="45",
        DATABASE_STATEMENT_TIMEOUT="0",
        DATABASE_QUICK_SECONDS="2.5",
    )

    options = {
        "connect_timeout": 5,
        "keepalives": 0,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 6,
        "tcp_user_timeout": 45000,
        "options": "-c statement_timeout=0s",
    }
    assert found == {
        "default": ["portal.operations.postgresql", options],
        "replica": ["portal.operations.postgresql", options],
        "quick": 2.5,
        "statement": 0,
    }


def test_options_in_the_database_url_win_over_the_defaults():
    found = database_settings(
        DATABASE_URL=(
            "postgres://portal@db.internal:5432/portal"
            "?connect_timeout=7&options=-c%20statement_timeout%3D5s"
        )
    )

    assert found["default"][1] == {
        **DEFAULT_OPTIONS,
        "connect_timeout": 7,
        "options": "-c statement_timeout=20s -c statement_timeout=5s",
    }
