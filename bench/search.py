"""Site search alone, one request at a time: `python -m bench.search`.

A benchmark for a seeded database (`manage.py seed_scale`, DATABASE_URL pointing at it), not a
test. Each search (a common word, a rare word, a typo, a place name in another language) is
requested once to fill the kept counts, as production keeps them, then timed over `--repeat`
requests with Django's test client, DEBUG off and the page cache off; the median, the fastest and
the slowest wall times are printed with the number of queries and the SQL time of a request.
"""

import argparse
import os
import statistics
import sys
import time


def searches():
    """(name, query) of the searches measured: words the seeded content is known to hold."""
    from portal.demo.scale import COMMON_WORD, RARE_WORD
    from portal.models import City

    busiest = (
        City.objects.exclude(practices=None)
        .order_by("pk")
        .values_list("name_pl", "name_cs", flat=False)
        .first()
    )
    # A letter dropped, as bench.plans types it.
    typo = COMMON_WORD[:3] + COMMON_WORD[4:]
    place = busiest[0] if busiest else "Přerov"
    return [
        ("common word", COMMON_WORD),
        ("rare word", RARE_WORD),
        ("typo", typo),
        ("place name", place),
    ]


def measure(client, path, query, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path, {"q": query})  # Fills the kept count, as a visitor before would.
    if response.status_code != 200:
        raise SystemExit(f"{query!r}: the search answered {response.status_code}")
    count = response.context["page_obj"].paginator.count if response.context["page_obj"] else 0
    walls = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(path, {"q": query})
        walls.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as captured:
        client.get(path, {"q": query})
    sql = sum(float(each["time"]) for each in captured.captured_queries) * 1000
    return count, walls, len(captured.captured_queries), sql


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed requests of each search")
    parser.add_argument("query", nargs="*", help="search for these instead of the usual four")
    arguments = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-a-secret")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment
    from django.urls import reverse
    from django.utils import translation

    setup_test_environment()  # So that the client gives the page's context (its count).
    if settings.DEBUG:
        print("DEBUG is on: the figures would count Django's query log too.", file=sys.stderr)
    # Collected static files are not needed to time the view: their names are made unhashed.
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        translation.activate("en")
        path = reverse("search")
        chosen = [(query, query) for query in arguments.query] or searches()
        print(
            f"{'search':<14} {'query':<18} {'results':>8} {'median':>9} {'min':>9} {'max':>9}"
            f" {'queries':>7} {'SQL':>9}"
        )
        for name, query in chosen:
            count, walls, queries, sql = measure(Client(), path, query, arguments.repeat)
            print(
                f"{name:<14} {query:<18} {count:>8,} {statistics.median(walls):>7.1f}ms"
                f" {min(walls):>7.1f}ms {max(walls):>7.1f}ms {queries:>7} {sql:>7.1f}ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
