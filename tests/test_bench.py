"""The benchmark's own logic (bench/run.py; the benchmark itself is `make bench`): what it reads
from wrk, which rows meet their targets, what it keeps of the report, and the bare view."""

import pytest

from bench.run import (
    ANALYSIS_END,
    ANALYSIS_START,
    Measurement,
    Page,
    Row,
    kept_analysis,
    met,
    table,
    wrk_figures,
)

URL = "http://127.0.0.1:40000/en/"
WRK_OUTPUT = """Running 15s test @ http://127.0.0.1:40000/en/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    18.89ms   38.30ms   2.90s    94.38%
    Req/Sec   368.80     87.99   490.00     68.33%
  Latency Distribution
     50%   10.10ms
     75%   13.16ms
     90%   18.05ms
     99%    2.50s
  2217 requests in 15.03s, 2.06MB read
{errors}Requests/sec:    147.51
Transfer/sec:    698.70KB
"""
NO_REQUEST_FINISHED = """Running 15s test @ http://127.0.0.1:40000/en/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     0.00us    0.00us   0.00us    -nan%
    Req/Sec     0.00      0.00     0.00    100.00%
  Latency Distribution
     50%    0.00us
     75%    0.00us
     90%    0.00us
     99%    0.00us
  0 requests in 15.10s, 0.00B read
Requests/sec:      0.00
Transfer/sec:       0.00B
"""


def test_wrk_figures_are_the_requests_per_second_and_the_median_and_99th_percentile():
    assert wrk_figures(URL, WRK_OUTPUT.format(errors=""), 0) == Measurement(
        requests=2217, requests_per_second=147.51, p50_ms=10.1, p99_ms=2500.0
    )


def test_with_no_request_finished_there_is_no_latency_rather_than_wrks_zeros():
    assert wrk_figures(URL, NO_REQUEST_FINISHED, 0) == Measurement(
        requests=0, requests_per_second=0.0, p50_ms=None, p99_ms=None
    )


@pytest.mark.parametrize(
    "errors",
    [
        "  Non-2xx or 3xx responses: 12\n",
        "  Socket errors: connect 0, read 3, write 0, timeout 0\n",
    ],
)
def test_error_answers_stop_the_benchmark(errors):
    with pytest.raises(SystemExit) as stopped:
        wrk_figures(URL, WRK_OUTPUT.format(errors=errors), 0)

    assert str(stopped.value).startswith(f"wrk on {URL}: {errors.strip()}. A benchmark of errors")


def test_a_failed_wrk_stops_the_benchmark():
    with pytest.raises(SystemExit) as stopped:
        wrk_figures(URL, "unable to connect to 127.0.0.1:40000 Connection refused\n", 1)

    assert str(stopped.value).startswith(f"wrk on {URL}: exit status 1.")


def row(mode, kind, requests_per_second, p99_ms):
    figures = Measurement(
        requests=100, requests_per_second=requests_per_second, p50_ms=1.0, p99_ms=p99_ms
    )
    return Row(Page("A page", kind, "/en/"), mode, figures)


@pytest.mark.parametrize(
    ("mode", "kind", "requests_per_second", "p99_ms", "expected"),
    [
        ("cold", "list", 60.0, 99.9, True),
        ("cold", "search", 59.9, 50.0, False),
        ("cold", "detail", 100.0, 50.0, True),
        ("cold", "detail", 99.9, 50.0, False),
        ("cold", "filtered list", 500.0, 100.0, False),
        ("cached", "detail", 850.0, 20.0, True),
        ("cached", "list", 849.0, 20.0, False),
        ("cached", "list", 900.0, None, False),
    ],
)
def test_a_page_meets_its_target_ratio_to_the_bare_view_with_p99_under_100_ms(
    mode, kind, requests_per_second, p99_ms, expected
):
    assert met(row(mode, kind, requests_per_second, p99_ms), bare_mean=1000.0) is expected


def test_the_table_gives_each_page_its_ratio_to_the_bare_views_mean_and_its_verdict():
    bare = Row(
        Page("Bare view", "bare", "/en/bench/bare/"),
        "before the pages",
        Measurement(requests=15000, requests_per_second=1000.0, p50_ms=5.0, p99_ms=20.0),
    )
    slow = Row(
        Page("Events", "list", "/en/events/"),
        "cold",
        Measurement(requests=0, requests_per_second=0.0, p50_ms=None, p99_ms=None),
    )

    assert table([bare], [row("cached", "detail", 900.0, 25.25), slow], 1250.0, 15) == [
        "| page | mode | requests | req/s | ratio to bare | p50 | p99 | target | |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
        "| Bare view | before the pages | 15000 | 1000.0 | 0.80 | 5.0 ms | 20.0 ms | "
        "their mean: 1250.0 req/s |  |",
        "| A page | cached | 100 | 900.0 | 0.720 | 1.0 ms | 25.2 ms | ≥ 0.85, p99 < 100 ms | "
        "**missed** |",
        "| Events | cold | 0 | 0.0 | 0.000 | > 15 s | > 15 s | ≥ 0.06, p99 < 100 ms | **missed** |",
    ]


def test_the_hand_written_analysis_is_kept_with_its_markers(tmp_path):
    analysis = f"{ANALYSIS_START}\n## Analysis\n\nThe list is slow because...\n{ANALYSIS_END}"
    report = tmp_path / "performance.md"
    report.write_text(f"# Performance\n\n| old | table |\n\n{analysis}\n")

    assert kept_analysis(report) == analysis


def test_a_report_without_an_analysis_gets_an_empty_one(tmp_path):
    assert kept_analysis(tmp_path / "performance.md") == (
        f"{ANALYSIS_START}\n## Analysis\n\nNot written yet.\n\n{ANALYSIS_END}"
    )


@pytest.fixture
def bench_urls(settings):
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "bench"]
    settings.ROOT_URLCONF = "bench.urls"
    # As the benchmark measures it: with the page cache off.
    settings.PAGE_CACHE_SECONDS = 0


@pytest.mark.django_db
def test_the_bare_view_renders_its_template_without_reading_the_database(
    client, bench_urls, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/en/bench/bare/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert "<h1>Bare view</h1>" in html
    assert response.cookies == {}
