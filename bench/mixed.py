"""The page cache under a mixed load: part of `make bench`, or alone on a seeded database.

Readers fetch a mix of the portal's pages (the home page, the practice and event lists, and a few
hundred practice, event and project pages chosen at random) while an editor saves a random
published practice's title about once a second, through the ORM, as the admin would. Each
response says whether the page cache served it (`X-Page-Cache`, sent only under bench.settings),
and the share of hits and the requests per second are reported for each rule: the change log's
tags, and every change making every page stale (the editor also calls pages_changed()), as the
single generation did before.

    DATABASE_URL=postgres://.../a_copy_of_crossborder_bench .venv/bin/python -m bench.mixed
"""

import argparse
import os
import random
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass

from tests.support.server import gunicorn_portal, production_environment

READERS = 8
# Without REDIS_URL each worker would keep its own pages, and a warm-up would fill one of five.
REDIS_URL = "redis://127.0.0.1:6379/0"
EDIT_INTERVAL_SECONDS = 1.0
SECONDS = 30
# The share of the run before requests are counted.
SETTLING_SHARE = 1 / 3
PRACTICE_PAGES, EVENT_PAGES, PROJECT_PAGES = 300, 100, 100
RULES = {
    "tags": "the change log's tags",
    "everything": "every change makes every page stale",
}


@dataclass(frozen=True)
class MixedRow:
    rule: str
    requests: int
    hits: int
    edits: int
    seconds: float

    @property
    def hit_rate(self):
        return self.hits / self.requests if self.requests else 0.0

    @property
    def requests_per_second(self):
        return self.requests / self.seconds


def mixed_addresses(seed=20):
    """The pages the readers fetch: the lists and a random sample of detail pages."""
    from django.urls import reverse
    from django.utils import translation

    from events.models import Event
    from practices.models import GoodPractice
    from projects.models import Project

    chooser = random.Random(seed)

    def sample(model, count):
        slugs = list(model.objects.published().values_list("slug", flat=True)[:20000])
        return chooser.sample(slugs, min(count, len(slugs)))

    with translation.override("en"):
        addresses = [reverse("home"), reverse("practices:list"), reverse("events:list")]
        for model, count, name in (
            (GoodPractice, PRACTICE_PAGES, "practices:detail"),
            (Event, EVENT_PAGES, "events:detail"),
            (Project, PROJECT_PAGES, "projects:detail"),
        ):
            addresses += [reverse(name, args=[slug]) for slug in sample(model, count)]
    return addresses


def edit_practices(stop, rule, edits):
    """Save a random published practice's English title about once a second until `stop`."""
    from django.db import close_old_connections

    from portal.operations.caching import pages_changed
    from practices.models import GoodPractice

    practices = GoodPractice.objects.published()
    pks = list(practices.values_list("pk", flat=True)[:20000])
    chooser = random.Random(7)
    try:
        while not stop.wait(EDIT_INTERVAL_SECONDS):
            practice = practices.get(pk=chooser.choice(pks))
            practice.title_en = (practice.title_en or "").removesuffix(" *") + " *"
            practice.save()
            if rule == "everything":
                pages_changed()
            edits.append(1)
    finally:
        close_old_connections()


def mixed_load(base_url, *, rule, seconds):
    """Read the pages for `seconds` while the editor edits; count what the page cache served."""
    addresses = mixed_addresses()
    counts, lock, stop, edits = Counter(), threading.Lock(), threading.Event(), []
    counting = threading.Event()

    def read(number):
        chooser = random.Random(number)
        while not stop.is_set():
            with urllib.request.urlopen(base_url + chooser.choice(addresses), timeout=60) as page:
                page.read()
                outcome = page.headers.get("X-Page-Cache", "none")
            if counting.is_set():
                with lock:
                    counts[outcome] += 1

    # Warm up: every page once, so that the run starts with them kept.
    for address in addresses:
        urllib.request.urlopen(base_url + address, timeout=120).read()
    readers = [threading.Thread(target=read, args=[n]) for n in range(READERS)]
    editor = threading.Thread(target=edit_practices, args=[stop, rule, edits])
    for thread in [*readers, editor]:
        thread.start()
    # Hits are fast: counted from the start, the pages warmed up before the first edit would
    # outnumber the rest. The first part of the run only brings the cache to its steady state.
    time.sleep(seconds * SETTLING_SHARE)
    counting.set()
    counted_from, edits_before = time.perf_counter(), len(edits)
    time.sleep(seconds * (1 - SETTLING_SHARE))
    stop.set()
    elapsed = time.perf_counter() - counted_from
    edits_counted = len(edits) - edits_before
    for thread in [*readers, editor]:
        thread.join()
    return MixedRow(rule, counts.total(), counts["hit"], edits_counted, elapsed)


def mixed_rows(env, *, workers, seconds):
    """Both rules, each on a server of its own whose workers share the page cache in Redis (each
    server's pages under its own port), as several app servers do."""
    env = {
        **env,
        "REDIS_URL": env.get("REDIS_URL") or REDIS_URL,
        "GUNICORN_CMD_ARGS": "--graceful-timeout=5",
    }
    rows = []
    for rule in RULES:
        with gunicorn_portal(env, workers=workers) as base_url:
            print(f"Mixed load, {RULES[rule]}: {seconds} s", flush=True)
            rows.append(mixed_load(base_url, rule=rule, seconds=seconds))
    return rows


def mixed_table(rows, *, seconds):
    """The report's section: a Markdown table of both rules."""
    lines = [
        "## Page cache under a mixed load",
        "",
        f"{READERS} readers over the home page, the practice and event lists and "
        f"{PRACTICE_PAGES} practice, {EVENT_PAGES} event and {PROJECT_PAGES} project pages "
        f"(every page fetched once first), for {seconds} s, while a practice's title is saved "
        f"every {EDIT_INTERVAL_SECONDS:g} s or so (bench/mixed.py); requests and edits counted "
        f"after the first {SETTLING_SHARE:.0%} of the run. The page cache in Redis, shared by "
        "the workers.",
        "",
        "| rule | requests counted | served from the cache | requests/s | edits counted |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {RULES[row.rule]} | {row.requests:,} | {row.hit_rate:.1%} | "
        f"{row.requests_per_second:,.0f} | {row.edits} |"
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=SECONDS)
    parser.add_argument("--workers", type=int, default=5)
    options = parser.parse_args()
    from bench.run import manage

    with tempfile.TemporaryDirectory(prefix="bench-") as files:
        env = {
            **production_environment(os.environ["DATABASE_URL"], files),
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret",
        }
        os.environ.update(env)
        import django

        django.setup()
        manage(env, "collectstatic", "--no-input")
        rows = mixed_rows(env, workers=options.workers, seconds=options.seconds)
    print(mixed_table(rows, seconds=options.seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
