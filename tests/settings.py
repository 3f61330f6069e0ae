"""The portal's own settings for the test run: a throw-away secret and a fast password hasher."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-a-secret")

from portal.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# No limit on API requests, which the tests make many of from one address in a minute;
# tests/portal/opendata/test_api.py sets one where it tests the limit.
API_THROTTLE_RATE = None
OPEN_DATA_DOWNLOAD_RATE = None

# With DATABASE_REPLICA_URL set, the replica is the test database itself.
if "replica" in DATABASES:  # noqa: F405
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # noqa: F405
