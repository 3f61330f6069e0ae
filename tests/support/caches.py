"""Caches the tests keep apart from anything else on this machine."""

import os

# The tests' own keys in the Redis on this machine, each run under a prefix of its own.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
MEMORY_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "page-cache-tests",
}
