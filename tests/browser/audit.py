"""Lighthouse's four scores for the main pages, written to docs/quality.md: `make audit`.

Starts the production-like portal with the demo content (server.py: gunicorn, DEBUG off, static
files compressed and served by whitenoise), runs Lighthouse from node_modules with its default
configuration, which is the mobile one (a mid-range phone's screen, a slow 4G network and a
4x slower CPU, all simulated), in Debian's Chromium, and keeps each page's median of a few runs.
Exits with 1, naming the audits that cost points, when a score is below MINIMUM_SCORE.
"""

import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.browser.chromium import CHROMIUM, CHROMIUM_FLAGS
from tests.support.server import ROOT, production_portal

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORT = ROOT / "docs" / "quality.md"
PAGES = [
    ("Home", "/en/"),
    ("Good practices", "/en/good-practices/"),
    ("A good practice", "/en/good-practices/gogolin-transfer-hub/"),
]
CATEGORIES = {
    "performance": "Performance",
    "accessibility": "Accessibility",
    "best-practices": "Best practices",
    "seo": "SEO",
}
METRICS = {
    "first-contentful-paint": "First contentful paint",
    "largest-contentful-paint": "Largest contentful paint",
    "total-blocking-time": "Total blocking time",
    "cumulative-layout-shift": "Cumulative layout shift",
}
# Lighthouse's performance score moves a little from run to run; the median of a few is steady.
RUNS = 3
# Now and then Chromium's trace of a load misses its start and Lighthouse stops with
# "Something went wrong with recording the trace ... (NO_NAVSTART). Please run Lighthouse
# again." (about one run in 12 here): such a run is repeated.
ATTEMPTS = 3
MINIMUM_SCORE = 95


def lighthouse(url, output):
    """One Lighthouse run on url; its JSON report as a dict."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(['--headless=new', *CHROMIUM_FLAGS])}",
    ]
    for attempt in range(1, ATTEMPTS + 1):
        finished = subprocess.run(
            command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True
        )
        if finished.returncode == 0:
            return json.loads(Path(output).read_text())
        error = finished.stderr.strip().splitlines()[-1:] or [f"exit status {finished.returncode}"]
        print(f"  Lighthouse failed (attempt {attempt} of {ATTEMPTS}): {error[0]}", flush=True)
    raise SystemExit(
        f"Lighthouse failed {ATTEMPTS} times on {url}. Run it by hand to see why: "
        f"CHROME_PATH={CHROMIUM} {' '.join(command[:2])}"
    )


def scores(report):
    return {key: round(report["categories"][key]["score"] * 100) for key in CATEGORIES}


def lost_points(report):
    """The weighted audits that did not pass, as 'category: audit title (value)' lines."""
    for key in CATEGORIES:
        for reference in report["categories"][key]["auditRefs"]:
            audit = report["audits"][reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                yield f"{CATEGORIES[key]}: {audit['title']}{value}"


def median_report(reports):
    """The run whose performance score is the median one, as Lighthouse's docs advise."""
    ranked = sorted(reports, key=lambda report: report["categories"]["performance"]["score"])
    return ranked[len(ranked) // 2]


def audit_pages(base_url, folder):
    results = []
    for number, (name, path) in enumerate(PAGES, 1):
        reports = []
        for run in range(1, RUNS + 1):
            print(f"[{number}/{len(PAGES)}] {name} {path}, run {run} of {RUNS}...", flush=True)
            reports.append(lighthouse(base_url + path, Path(folder) / f"{number}-{run}.json"))
        median = {
            key: statistics.median(scores(report)[key] for report in reports) for key in CATEGORIES
        }
        results.append((name, path, median, median_report(reports)))
    return results


def chromium_version():
    return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split()[1]


def markdown(results, first_report):
    settings = first_report["configSettings"]
    lines = [
        "# Quality: Lighthouse scores",
        "",
        "Written by `make audit` (tests/browser/audit.py); rerun it after changing templates, "
        "styles or scripts. Each score is the median of "
        f"{RUNS} runs of Lighthouse {first_report['lighthouseVersion']} in Chromium "
        f"{chromium_version()}, {settings['formFactor']} preset (simulated throttling: a slow 4G "
        "network and a 4x slower CPU), against the production-like portal of the browser tests: "
        "gunicorn with 2 workers, DEBUG off, static files hashed, compressed and served by "
        "whitenoise, the demo content. Every score must be at least "
        f"{MINIMUM_SCORE}; `make audit` fails otherwise and names the audits that cost points.",
        "",
        f"Last run: {datetime.datetime.now(datetime.UTC).date()}, on a 2-core machine.",
        "",
        "| page | address | " + " | ".join(CATEGORIES.values()) + " |",
        "| --- | --- | " + " | ".join("---:" for _ in CATEGORIES) + " |",
    ]
    for name, path, median, _ in results:
        values = " | ".join(f"{median[key]:g}" for key in CATEGORIES)
        lines.append(f"| {name} | `{path}` | {values} |")
    lines += [
        "",
        "What the run with the median performance score measured for each page (times as "
        "Lighthouse estimates them on the simulated phone):",
        "",
        "| page | " + " | ".join(METRICS.values()) + " | transferred | requests |",
        "| --- | " + " | ".join("---:" for _ in METRICS) + " | ---: | ---: |",
    ]
    for name, _, _, report in results:
        audits = report["audits"]
        values = " | ".join(audits[key]["displayValue"] for key in METRICS)
        kibibytes = audits["total-byte-weight"]["numericValue"] / 1024
        requests = len(audits["network-requests"]["details"]["items"])
        lines.append(f"| {name} | {values} | {kibibytes:.0f} KiB | {requests} |")
    lines += [
        "",
        "## The other judges",
        "",
        "`make test` runs them on every page type in Polish, Czech and English "
        "(tests/browser/test_judges.py): axe-core must report no WCAG 2.1 A or AA violation and "
        "the W3C Nu HTML checker (vnu-jar) no error.",
        "",
    ]
    return "\n".join(lines)


def main():
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: `make browser-tools` installs it.", file=sys.stderr)
        return 1
    print("Starting the portal with the demo content...", flush=True)
    with production_portal() as base_url, tempfile.TemporaryDirectory() as folder:
        results = audit_pages(base_url, folder)
    REPORT.write_text(markdown(results, results[0][3]))
    print(f"\nWritten to {REPORT.relative_to(ROOT)}:")
    failed = False
    for name, path, median, report in results:
        print(f"  {name:16} " + "  ".join(f"{CATEGORIES[k]} {median[k]:g}" for k in CATEGORIES))
        if min(median.values()) < MINIMUM_SCORE:
            failed = True
            print(f"  {path} scores below {MINIMUM_SCORE}; what cost points:", file=sys.stderr)
            for line in lost_points(report):
                print(f"    - {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
