"""How fast the whole-list downloads are, and how much memory the process serving them takes.

A benchmark, not a test. Each download (every list, CSV and JSON, in English, no filter) is made
in a process of its own, through the real view and middleware (Django's test client) with the
environment it is given (bench/run.py gives the production-like one: DEBUG off). The process
first answers one small download, so that its code, URLs and database connection are ready; then
its peak resident memory is reset (/proc/self/clear_refs) and the download is read to its end,
a piece at a time, as a client would. Figures: rows, seconds, rows a second, megabytes sent, and
the process's peak resident memory during the download, and its growth over the memory before.

    python -m bench.downloads [--database crossborder_bench] [--repeat 3] [--only practices]

prints the table (medians of the repetitions); bench/run.py calls `downloads_measured()`.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("csv", "json")
LANGUAGE = "en"
HOST = "localhost"
# The targets for the practices (100,000 rows): seconds by format, and peak memory.
PRACTICE_SECONDS_TARGETS = {"csv": 8, "json": 12}
PEAK_MEMORY_TARGET_MB = 200


def memory_mb(field):
    """A field of /proc/self/status (VmRSS, VmHWM) in megabytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def peak_memory_reset():
    """Start the peak resident memory (VmHWM) over from the present one; False if Linux won't."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def download_measured(name, file_format):
    """In this process, with Django set up: one download's figures, as a dict."""
    from django.test import Client, RequestFactory
    from django.urls import reverse
    from django.utils import translation

    from portal.opendata.downloads import LISTINGS

    with translation.override(LANGUAGE):
        address = reverse("opendata:download", args=[name, file_format])
        warm_up = reverse("opendata:download", args=["themes", file_format])
        request = RequestFactory().get(address, HTTP_HOST=HOST)
        rows = LISTINGS[name].rows(request)
        rows = rows.count() if hasattr(rows, "count") and not isinstance(rows, list) else len(rows)
    client = Client(HTTP_HOST=HOST)
    for piece in client.get(warm_up).streaming_content:
        del piece
    rss_before = memory_mb("VmRSS")
    reset = peak_memory_reset()
    started = time.perf_counter()
    response = client.get(address)
    assert response.status_code == 200, (address, response.status_code)
    sent = 0
    for piece in response.streaming_content:
        sent += len(piece)
    seconds = time.perf_counter() - started
    response.close()
    peak = memory_mb("VmHWM")
    return {
        "name": name,
        "format": file_format,
        "rows": rows,
        "seconds": seconds,
        "megabytes": sent / 1_000_000,
        "peak_mb": peak,
        "growth_mb": peak - rss_before if reset else None,
    }


def downloads_measured(env, *, names=None, repeat=1):
    """Each download's figures (the median of `repeat` runs, each in a fresh process with env)."""
    if names is None:
        names = listing_names(env)
    results = []
    for name in names:
        for file_format in FORMATS:
            runs = []
            for _ in range(repeat):
                print(f"Download {name}.{file_format}…", file=sys.stderr, flush=True)
                output = subprocess.run(
                    [sys.executable, "-m", "bench.downloads", "--one", name, file_format],
                    env=env,
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
            results.append(median_run(runs))
    return results


def median_run(runs):
    """The run of median seconds, with the median of each figure over the runs."""
    median = dict(runs[0])
    median["runs"] = len(runs)
    for key in ("seconds", "megabytes", "peak_mb", "growth_mb"):
        values = [run[key] for run in runs if run[key] is not None]
        median[key] = statistics.median(values) if values else None
    return median


def listing_names(env):
    output = subprocess.run(
        [sys.executable, "-m", "bench.downloads", "--names"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return output.stdout.split()


def verdict(result):
    """Whether a practices download met the issue's targets; empty for the other lists."""
    if result["name"] != "practices":
        return ""
    met = (
        result["seconds"] <= PRACTICE_SECONDS_TARGETS[result["format"]]
        and result["peak_mb"] < PEAK_MEMORY_TARGET_MB
    )
    return "met" if met else "**missed**"


def downloads_table(results):
    """The figures as a Markdown table."""
    lines = [
        "| Download | Rows | Seconds | Rows/s | MB sent | Peak memory (MB) | Growth (MB) "
        "| Target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for result in results:
        growth = result["growth_mb"]
        rate = result["rows"] / result["seconds"] if result["seconds"] else 0
        lines.append(
            f"| {result['name']}.{result['format']} | {result['rows']:,} "
            f"| {result['seconds']:.2f} | {rate:,.0f} | {result['megabytes']:.1f} "
            f"| {result['peak_mb']:.0f} | {'–' if growth is None else f'{growth:.0f}'} "
            f"| {verdict(result)} |"
        )
    return lines


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--database", default="crossborder_bench")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each download (median)")
    parser.add_argument("--only", action="append", help="a list's name (repeatable)")
    parser.add_argument("--one", nargs=2, metavar=("NAME", "FORMAT"), help=argparse.SUPPRESS)
    parser.add_argument("--names", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


def main():
    options = arguments()
    if options.one or options.names:
        import django

        django.setup()
        if options.names:
            from portal.opendata.downloads import LISTINGS

            print(" ".join(LISTINGS))
        else:
            print(json.dumps(download_measured(*options.one)))
        return 0

    import tempfile

    from tests.support.server import database_settings, database_url, production_environment

    params, _ = database_settings()
    with tempfile.TemporaryDirectory(prefix="bench-downloads-") as files:
        env = {
            **production_environment(database_url(params, options.database), files),
            "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret",
            # Every download of the run, from one address: no limit.
            "DJANGO_OPEN_DATA_DOWNLOAD_RATE": "",
        }
        results = downloads_measured(env, names=options.only, repeat=options.repeat)
    print("\n".join(downloads_table(results)))
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
