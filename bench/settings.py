"""The portal's settings, with the bare view the benchmark measures every page against."""

from portal.settings import *  # noqa: F403
from portal.settings import INSTALLED_APPS

ROOT_URLCONF = "bench.urls"
# For bench/templates.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
# Each page says whether the page cache served it (bench/mixed.py counts them).
PAGE_CACHE_OUTCOME_HEADER = True
