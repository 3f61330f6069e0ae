"""Throughput and latency of the portal's main pages at scale: `make bench`.

A benchmark, not a test. It fills a database of its own with the default scale (`manage.py
seed_scale`) unless the database already holds it, starts the portal as in production (the
browser tests' server: gunicorn, DEBUG off, static files collected and served by whitenoise) and
loads each page with wrk, first with the page cache off (cold), then on (cached, after a warm-up).
Before and after the pages it measures a bare Django view (a plain template, no database) on the
same server, and gives each page's requests per second as a ratio to the bare view's mean, with
wrk's median and 99th percentile latency. The results, the command and the machine go into
docs/performance.md; the hand-written analysis between its markers is kept.

Exits with 1, before writing anything, if a page answers other than 200 or wrk counts a non-2xx
response or a socket error: a benchmark of error pages is worthless. Targets missed are reported,
not failed: the figures depend on the machine.
"""

import argparse
import datetime
import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlencode

from bench.downloads import downloads_measured, downloads_table
from bench.imports import DEFAULT_ROWS, import_rate
from bench.mixed import mixed_rows, mixed_table
from tests.support.server import (
    ROOT,
    database_settings,
    database_url,
    gunicorn_portal,
    production_environment,
)

DEFAULT_DATABASE = "crossborder_bench"
REPORT = ROOT / "docs" / "performance.md"
ANALYSIS_START = (
    "<!-- analysis: written by hand; `make bench` keeps what is between the markers -->"
)
ANALYSIS_END = "<!-- end of analysis -->"

# The load: wrk's threads and open connections, and how long each page is measured.
CONNECTIONS = 8
THREADS = 2
SECONDS = 15
# A short run before each measurement, discarded: every worker opens its database connection and
# (cached) fills its own page cache, which lives in the worker's memory.
WARM_UP_SECONDS = 3
# Sync workers as docs/deploy.md runs them: (2 x cores) + 1, gunicorn's rule of thumb.
WORKERS = 5
LANGUAGE = "en"
# How long the single fetch before each measurement may take.
CHECK_TIMEOUT_SECONDS = 300
# wrk stops with requests in flight, which the workers (and PostgreSQL) still finish: the next
# run starts once the server has been idle this long (see settle()).
QUIET_SECONDS = 1
SETTLE_INTERVAL_SECONDS = 0.25
IDLE_CPU_SHARE = 0.02
SETTLE_TIMEOUT_SECONDS = 600

# The page cache's switch (portal/settings.py): 0 turns it off; unset, the production default.
PAGE_CACHE_VARIABLE = "DJANGO_PAGE_CACHE_SECONDS"
MODES = {"cold": {PAGE_CACHE_VARIABLE: "0"}, "cached": {}}

# The least ratio to the bare view's requests per second, by kind of page, and the p99 limit.
COLD_TARGETS = {"list": 0.06, "filtered list": 0.06, "search": 0.06, "detail": 0.1}
CACHED_TARGET = 0.85
P99_TARGET_MS = 100
# Bare view runs further apart than this, or a load average above this per core at the start,
# say that the machine was busy with more than the benchmark.
BARE_DRIFT_WARNING = 0.1
BUSY_LOAD_PER_CORE = 0.5

# The demo content (`--demo`) has no seeded search words of its own: one in many texts, one in few.
DEMO_COMMON_WORD = "cooperation"
DEMO_RARE_WORD = "tram"

SCALE_MODELS = {
    "practices": "practices.GoodPractice",
    "projects": "projects.Project",
    "organisations": "projects.Organisation",
    "events": "events.Event",
    "cities": "portal.City",
}


@dataclass(frozen=True)
class Page:
    name: str
    kind: str
    path: str
    # How many results a list or search must say it has: proof that it shows what it should.
    results: int | None = None


@dataclass(frozen=True)
class Measurement:
    requests: int
    requests_per_second: float
    # None when no request finished within the run.
    p50_ms: float | None
    p99_ms: float | None


@dataclass(frozen=True)
class Row:
    page: Page
    mode: str
    measurement: Measurement


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        raise SystemExit("The benchmark needs wrk: run  sudo apt-get install wrk  and try again.")
    print("Installing wrk from Debian...", flush=True)
    apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=apt, stdout=subprocess.DEVNULL
    )


def mode_environment(env, mode):
    without_switch = {name: value for name, value in env.items() if name != PAGE_CACHE_VARIABLE}
    return without_switch | MODES[mode]


def manage(env, *arguments, quiet=True):
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env={**env, "DJANGO_LOG_LEVEL": "WARNING"},
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def scale_defaults():
    """The counts `seed_scale` makes when given no options: the default scale."""
    from portal.demo.scale import Sizes

    return {name: getattr(Sizes(), name) for name in SCALE_MODELS}


def content_counts():
    from django.apps import apps

    return {name: apps.get_model(label).objects.count() for name, label in SCALE_MODELS.items()}


def describe(counts):
    return ", ".join(f"{number:,} {name}" for name, number in counts.items())


def fill_database(env, *, demo):
    """Create and migrate the database; seed the default scale, or load the demo, if it lacks it."""
    manage(env, "ensure_database")
    manage(env, "migrate", "--no-input")
    if demo:
        print("Loading the demo content...", flush=True)
        manage(env, "load_demo")
        return
    defaults = scale_defaults()
    counts = content_counts()
    if all(counts[name] >= number for name, number in defaults.items()):
        print(f"The database holds the default scale already: {describe(counts)}.", flush=True)
        return
    print(f"Seeding the default scale ({describe(defaults)}); this takes minutes...", flush=True)
    manage(env, "seed_scale", "--replace", quiet=False)


def search_words(*, demo):
    if demo:
        return DEMO_COMMON_WORD, DEMO_RARE_WORD
    from portal.demo import scale

    return scale.COMMON_WORD, scale.RARE_WORD


def choose_pages(*, demo):
    """The bare view and the pages to measure, taken from the data: of the published ones, the
    programme and city with the most practices, the practice with the most projects and
    organisations, the project with the most partners."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation

    from portal.db.search_indexes import search_terms_clean
    from portal.sitewide.search import search_matches
    from practices.models import GoodPractice
    from projects.models import Programme, Project

    practices = GoodPractice.objects.published()
    pair = (
        practices.filter(
            projects__in=Project.objects.published(),
            projects__programme__in=Programme.objects.published(),
        )
        .values_list("projects__programme__slug", "city__slug")
        .annotate(count=Count("pk", distinct=True))
        .order_by("-count", "projects__programme__slug", "city__slug")
        .first()
    )
    if pair is None:
        raise SystemExit("No published practice belongs to a published project: nothing to filter.")
    programme, city, filtered_count = pair
    practice = (
        practices.annotate(
            related_count=Count("projects", distinct=True) + Count("organisations", distinct=True)
        )
        .order_by("-related_count", "slug")
        .first()
    )
    project = (
        Project.objects.published()
        .annotate(partnership_count=Count("partnerships"))
        .order_by("-partnership_count", "slug")
        .first()
    )
    with translation.override(LANGUAGE):
        practice_list = reverse("practices:list")
        pages = [
            Page("Home", "list", reverse("home")),
            Page("Good practices", "list", practice_list, practices.count()),
            Page(
                "Practices by programme and city",
                "filtered list",
                f"{practice_list}?{urlencode({'programme': programme, 'city': city})}",
                filtered_count,
            ),
        ]
        for label, word in zip(("common", "rare"), search_words(demo=demo), strict=True):
            matches = search_matches(query=search_terms_clean(word).text).count()
            if not matches:
                raise SystemExit(
                    f"The search for {word!r} finds nothing: the database does not hold the "
                    "default scale. Seed it anew: manage.py seed_scale --replace, with "
                    "DATABASE_URL pointing at it."
                )
            path = f"{reverse('search')}?{urlencode({'q': word})}"
            pages.append(Page(f"Search, {label} word", "search", path, matches))
        pages += [
            Page("A good practice", "detail", practice.get_absolute_url()),
            Page("A project", "detail", project.get_absolute_url()),
            Page("Events", "list", reverse("events:list")),
        ]
        bare = Page("Bare view", "bare", reverse("bench-bare"))
    return bare, pages


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def check(base_url, page, mode):
    """Fetch the page once: it must answer 200 itself (no redirect) and hold what it should.

    Only a page the page cache keeps has an ETag (portal/operations/caching.py): proof of the mode.
    """
    url = base_url + page.path
    try:
        opener = urllib.request.build_opener(NoRedirect)
        with opener.open(url, timeout=CHECK_TIMEOUT_SECONDS) as response:
            status, html, etag = response.status, response.read().decode(), response.headers["ETag"]
    except urllib.error.HTTPError as error:
        status, html, etag = error.code, "", None
    problem = None
    if status != 200:
        problem = f"answered {status}, not 200 (gunicorn's log above says why; WORKER TIMEOUT: "
        problem += "the page took longer than gunicorn's 30 s)"
    elif page.results is not None and not re.search(rf"\b{page.results} results?\b", html):
        problem = f"does not say it has {page.results} results"
    elif (mode == "cached") != bool(etag):
        problem = f"came {'without' if etag is None else 'with'} the page cache's ETag"
    if problem:
        raise SystemExit(f"{page.name}, {mode}: {url} {problem}. Nothing was written.")


LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
UNIT_MS = {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}


def wrk(url, seconds):
    """Load url for `seconds` with wrk; its figures, or an exit if anything but 2xx came back."""
    command = [
        "wrk",
        f"--threads={THREADS}",
        f"--connections={CONNECTIONS}",
        f"--duration={seconds}s",
        # wrk counts an answer slower than this as a socket error: none, however slow the page.
        f"--timeout={seconds + 1}s",
        "--latency",
        url,
    ]
    finished = subprocess.run(command, capture_output=True, text=True)
    return wrk_figures(url, finished.stdout + finished.stderr, finished.returncode)


def wrk_figures(url, output, returncode):
    """The figures in wrk's output, or an exit naming what went wrong."""
    failures = re.findall(r"^\s*(Non-2xx or 3xx responses: \d+|Socket errors: .*)$", output, re.M)
    if returncode:
        failures.append(f"exit status {returncode}")
    if failures:
        raise SystemExit(
            f"wrk on {url}: {'; '.join(failures)}. A benchmark of errors is worthless; "
            f"nothing was written. wrk's output:\n{output}"
        )
    requests = re.search(r"^\s+(\d+) requests in", output, re.M)
    requests_per_second = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    latency = {
        percentile: float(value) * UNIT_MS[unit]
        for percentile, value, unit in LATENCY.findall(output)
    }
    if not requests or not requests_per_second or set(latency) != {"50", "99"}:
        raise SystemExit(f"wrk on {url}: its output lacks figures:\n{output}")
    finished = int(requests[1])
    return Measurement(
        requests=finished,
        requests_per_second=float(requests_per_second[1]),
        # With no request finished, wrk gives 0 for every percentile.
        p50_ms=latency["50"] if finished else None,
        p99_ms=latency["99"] if finished else None,
    )


def server_cpu_seconds(base_url):
    """The CPU time used so far by the gunicorn at base_url: its master and its workers, which
    share its command line, with the address it binds as one argument."""
    address = b"\0" + base_url.removeprefix("http://").encode() + b"\0"
    ticks = 0
    for process in Path("/proc").iterdir():
        try:
            if not process.name.isdigit() or address not in (process / "cmdline").read_bytes():
                continue
            # utime and stime, after the command name, which may hold spaces and parentheses.
            fields = (process / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # The process ended meanwhile.
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def database_busy():
    """Whether PostgreSQL is running a query on the benchmark's database for anyone else."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND state = 'active' AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0] > 0


def settle(base_url):
    """Wait until the server has finished the requests wrk left in flight when it stopped.

    Its workers finish them although wrk has gone (and the workers killed by gunicorn's timeout
    are started again), and PostgreSQL their queries: the next run starts once the workers have
    used next to no CPU, and the database has run no query, for QUIET_SECONDS.
    """
    started = quiet_since = time.monotonic()
    used = server_cpu_seconds(base_url)
    while time.monotonic() - quiet_since < QUIET_SECONDS:
        if time.monotonic() - started > SETTLE_TIMEOUT_SECONDS:
            raise SystemExit(f"The server was still busy after {SETTLE_TIMEOUT_SECONDS} s.")
        time.sleep(SETTLE_INTERVAL_SECONDS)
        used, before = server_cpu_seconds(base_url), used
        # A worker that ended takes its CPU time with it: that counts as busy too.
        idle = 0 <= used - before <= IDLE_CPU_SHARE * SETTLE_INTERVAL_SECONDS
        if not idle or database_busy():
            quiet_since = time.monotonic()


def milliseconds(value, seconds):
    return f"{value:.1f} ms" if value is not None else f"> {seconds} s"


class Progress:
    def __init__(self, *, total, seconds):
        self.total = total
        self.seconds = seconds
        self.done = 0

    def measure(self, base_url, page, mode):
        self.done += 1
        heading = f"[{self.done}/{self.total}] {page.name}, {mode}: {unquote(page.path)} ..."
        print(heading, end="", flush=True)
        check(base_url, page, mode)
        wrk(base_url + page.path, WARM_UP_SECONDS)
        settle(base_url)
        figures = wrk(base_url + page.path, self.seconds)
        settle(base_url)
        print(
            f" {figures.requests_per_second:.1f} req/s, "
            f"p50 {milliseconds(figures.p50_ms, self.seconds)}, "
            f"p99 {milliseconds(figures.p99_ms, self.seconds)}",
            flush=True,
        )
        return Row(page, mode, figures)


def target(row):
    """The least ratio to the bare view this row must reach."""
    return CACHED_TARGET if row.mode == "cached" else COLD_TARGETS[row.page.kind]


def met(row, bare_mean):
    figures = row.measurement
    return (
        figures.requests_per_second / bare_mean >= target(row)
        and figures.p99_ms is not None
        and figures.p99_ms < P99_TARGET_MS
    )


def table(bare_rows, rows, bare_mean, seconds):
    lines = [
        "| page | mode | requests | req/s | ratio to bare | p50 | p99 | target | |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]

    def line(row, ratio, goal, verdict):
        figures = row.measurement
        return (
            f"| {row.page.name} | {row.mode} | {figures.requests} | "
            f"{figures.requests_per_second:.1f} | {ratio} | "
            f"{milliseconds(figures.p50_ms, seconds)} | {milliseconds(figures.p99_ms, seconds)} | "
            f"{goal} | {verdict} |"
        )

    for row in bare_rows:
        ratio = row.measurement.requests_per_second / bare_mean
        lines.append(line(row, f"{ratio:.2f}", f"their mean: {bare_mean:.1f} req/s", ""))
    for row in rows:
        ratio = row.measurement.requests_per_second / bare_mean
        goal = f"≥ {target(row):g}, p99 < {P99_TARGET_MS} ms"
        lines.append(
            line(row, f"{ratio:.3f}", goal, "met" if met(row, bare_mean) else "**missed**")
        )
    return lines


def first_line(command):
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return output.splitlines()[0] if output else "unknown"


def machine():
    """What the figures were measured on."""
    from django.conf import settings
    from django.db import connection

    cpu = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
    memory_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('server_version'), pg_database_size(current_database())"
        )
        postgresql, database_bytes = cursor.fetchone()
    commit = first_line(["git", "rev-parse", "--short", "HEAD"])
    if subprocess.run(["git", "diff", "--quiet", "HEAD"], cwd=ROOT).returncode:
        commit += ", with uncommitted changes"
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("Django", "gunicorn", "psycopg")
    )
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[1]
    cache = "Redis, shared by the workers" if backend == "RedisCache" else "each worker's memory"
    # "wrk debian/4.1.0-3+b2 [epoll] Copyright (C) 2012 Will Glozer"
    wrk_version = " ".join(first_line(["wrk", "-v"]).split()[:2])
    return {
        "CPU": f"{cpu[1] if cpu else 'unknown'}, {os.cpu_count()} cores",
        "Memory": f"{memory_kib / 1024 / 1024:.1f} GiB",
        "System": f"{platform.system()} {platform.release()}",
        "Software": f"Python {platform.python_version()}, {versions}, "
        f"PostgreSQL {postgresql.split()[0]} (on the same machine, database "
        f"{database_bytes / 1024**3:.1f} GiB), {wrk_version}",
        "Page cache": f"{backend}: {cache}",
        "Code": commit,
    }


def load_average():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def kept_analysis(path):
    """The hand-written part of the report at path, markers included, or an empty one."""
    if path.exists():
        text = path.read_text()
        start, end = text.find(ANALYSIS_START), text.find(ANALYSIS_END)
        if 0 <= start < end:
            return text[start : end + len(ANALYSIS_END)]
    return f"{ANALYSIS_START}\n## Analysis\n\nNot written yet.\n\n{ANALYSIS_END}"


def report(
    *,
    command,
    options,
    counts,
    bare_rows,
    rows,
    bare_mean,
    load,
    environment,
    imports,
    downloads,
    mixed,
):
    content = (
        "the demo content (`--demo`)"
        if options.demo
        else "the default scale (`manage.py seed_scale`)"
    )
    before, after = (row.measurement.requests_per_second for row in bare_rows)
    missed = [row for row in rows if not met(row, bare_mean)]
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (bench/run.py), except the analysis at the end, which is written "
        "by hand and kept by each run. A benchmark, not a test: the figures depend on the machine, "
        "so every page is given as a ratio to a bare Django view served by the same server.",
        "",
        "## Method",
        "",
        f"The portal runs as in production: gunicorn with {options.workers} sync workers, DEBUG "
        "off, static files collected and served by whitenoise, PostgreSQL on the same machine, "
        f"with {content}: {describe(counts)}. "
        f"[wrk](https://github.com/wg/wrk) loads each page for {options.seconds} s with "
        f"{CONNECTIONS} open connections ({THREADS} threads), after a {WARM_UP_SECONDS} s "
        "warm-up that is discarded; p50 and p99 are its latency percentiles. Each page is "
        "fetched once first and must answer 200 and hold what it should (lists and search: their "
        "number of results); a non-2xx answer or a socket error during the load stops the run. "
        "After each load the server finishes the requests wrk left in flight before the next "
        f"begins: until gunicorn's processes have used next to no CPU, and PostgreSQL has run "
        f"no query, for {QUIET_SECONDS} s. "
        f"**Cold**: the page cache off (`{PAGE_CACHE_VARIABLE}=0`); counts over all the "
        "content (a list's facet counts, a search's number of results, the home page's figures) "
        "are still kept until content changes, as in production (`DJANGO_COUNTS_CACHE_SECONDS`), "
        "and the warm-up fills them. **Cached**: the page cache on, as in production, filled by "
        "the warm-up (a page must carry the cache's ETag in this mode and not in the other).",
        "",
        "The **bare view** (bench/urls.py, `/en/bench/bare/`) renders a plain template without "
        "reading the database, through the portal's middleware, on the same server with the page "
        "cache off. It is measured before and after the pages; the ratio of each page is to the "
        f"mean of the two ({bare_mean:.1f} req/s; before {before:.1f}, after {after:.1f}, "
        f"{(after - before) / before:+.1%}).",
        "",
        "Targets: without the page cache, lists (home and events included), filtered lists and "
        f"search reach {COLD_TARGETS['list']:g} of the bare view's requests per second, "
        f"details {COLD_TARGETS['detail']:g}; cached pages {CACHED_TARGET:g}; every page's p99 "
        f"stays under {P99_TARGET_MS} ms at {CONNECTIONS} connections.",
        "",
        "## Command",
        "",
        "```sh",
        command,
        "```",
        "",
        f"## Results ({len(rows) - len(missed)} of {len(rows)} targets met)",
        "",
        *table(bare_rows, rows, bare_mean, options.seconds),
        "",
        "Addresses measured:",
        "",
        *[
            f"- {row.page.name}: `{unquote(row.page.path)}`"
            + (f" ({row.page.results:,} results)" if row.page.results is not None else "")
            for row in rows
            if row.mode == "cold"
        ],
        "",
        "## Imports",
        "",
        "A CSV of published practices under new slugs, checked and imported as the task worker "
        "does, in a transaction rolled back after (bench/imports.py):",
        "",
        f"- {imports.line()}",
        "",
        "## Downloads",
        "",
        "Each list's whole download (bench/downloads.py), in a process of its own through the "
        "real view, DEBUG off, under its own statement limit (OPEN_DATA_DOWNLOAD_SECONDS); peak "
        "memory is the process's resident "
        "high-water mark during the download.",
        "",
        *downloads_table(downloads),
        "",
        mixed_table(mixed, seconds=options.seconds),
        "",
        "## Environment",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        *[f"- {name}: {value}" for name, value in environment.items()],
        f"- Load average (1 / 5 / 15 min, as `uptime` gives it) before the run: {load[0]}; at "
        f"its end: {load[1]}, which counts the benchmark's own wrk, gunicorn and PostgreSQL",
        "",
        kept_analysis(REPORT),
        "",
    ]
    return "\n".join(lines)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--database",
        help=f"the benchmark's own database, on the server of DATABASE_URL (default: "
        f"{DEFAULT_DATABASE}, or {DEFAULT_DATABASE}_demo with --demo)",
    )
    parser.add_argument(
        "--workers", type=int, default=WORKERS, help="gunicorn sync workers (default: %(default)s)"
    )
    parser.add_argument(
        "--seconds", type=int, default=SECONDS, help="per page and mode (default: %(default)s)"
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        default=DEFAULT_ROWS,
        help="good practices in the import measured (default: %(default)s)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="measure the demo content (load_demo) instead of the default scale",
    )
    options = parser.parse_args()
    options.database = options.database or DEFAULT_DATABASE + ("_demo" if options.demo else "")
    return options


def main():
    options = arguments()
    command = (
        "make bench" if len(sys.argv) == 1 else " ".join(["python -m bench.run", *sys.argv[1:]])
    )
    ensure_wrk()
    # Before this run's own setup: what else the machine is doing.
    load_at_start = load_average()
    busy = os.getloadavg()[0] > BUSY_LOAD_PER_CORE * os.cpu_count()
    params, _ = database_settings()
    with tempfile.TemporaryDirectory(prefix="bench-") as files:
        env = {
            **production_environment(database_url(params, options.database), files),
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret",
            # A stopped server's workers are not waited for long (gunicorn reads its options
            # here too): a slow page can leave them busy with requests nobody waits for.
            "GUNICORN_CMD_ARGS": "--graceful-timeout=5",
        }
        # This process reads the data to choose the pages, with the server's settings.
        os.environ.update(env)
        import django

        django.setup()

        fill_database(env, demo=options.demo)
        manage(env, "collectstatic", "--no-input")
        bare, pages = choose_pages(demo=options.demo)
        counts = content_counts()
        environment = machine()

        print(f"Load average before the run: {load_at_start}", flush=True)
        if busy:
            print(
                f"The machine is busy ({os.cpu_count()} cores): the figures will be lower and "
                "less steady than on a quiet one.",
                file=sys.stderr,
                flush=True,
            )
        progress = Progress(total=2 + 2 * len(pages), seconds=options.seconds)
        cold, cached = (mode_environment(env, mode) for mode in ("cold", "cached"))
        with gunicorn_portal(cold, workers=options.workers) as base_url:
            bare_before = progress.measure(base_url, bare, "before the pages")
            rows = [progress.measure(base_url, page, "cold") for page in pages]
        with gunicorn_portal(cached, workers=options.workers) as base_url:
            rows += [progress.measure(base_url, page, "cached") for page in pages]
        mixed = mixed_rows(cached, workers=options.workers, seconds=options.seconds)
        # The bare view again with the page cache off, as before the pages.
        with gunicorn_portal(cold, workers=options.workers) as base_url:
            bare_after = progress.measure(base_url, bare, "after the pages")
        print(f"Importing {options.import_rows:,} good practices (rolled back)...", flush=True)
        imports = import_rate(options.import_rows)
        print(imports.line(), flush=True)
        no_limits = {"DJANGO_OPEN_DATA_DOWNLOAD_RATE": ""}
        downloads = downloads_measured({**cold, **no_limits})
    load_at_end = load_average()

    bare_rows = [bare_before, bare_after]
    before, after = (row.measurement.requests_per_second for row in bare_rows)
    bare_mean = (before + after) / 2
    REPORT.write_text(
        report(
            command=command,
            options=options,
            counts=counts,
            bare_rows=bare_rows,
            rows=rows,
            bare_mean=bare_mean,
            load=(load_at_start, load_at_end),
            environment=environment,
            imports=imports,
            downloads=downloads,
            mixed=mixed,
        )
    )
    print()
    print("\n".join(table(bare_rows, rows, bare_mean, options.seconds)))
    print(mixed_table(mixed, seconds=options.seconds))
    print("\n".join(downloads_table(downloads)))
    print(f"\nLoad average before the run: {load_at_start}; at its end: {load_at_end}")
    if abs(after - before) / before > BARE_DRIFT_WARNING:
        print(
            f"The bare view moved {(after - before) / before:+.0%} from before to after the "
            "pages: the machine was not quiet, and the ratios are less sure.",
            file=sys.stderr,
        )
    missed = [row for row in rows if not met(row, bare_mean)]
    print(
        f"{len(rows) - len(missed)} of {len(rows)} targets met. "
        f"Written to {REPORT.relative_to(ROOT)}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
