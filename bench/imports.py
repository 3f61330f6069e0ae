"""The staff import's rate: rows a second of a file of good practices, checked and imported.

A benchmark, not a test. The file is made from the data: the published practices, exported by
the import's own resource, each under a new slug (so every row adds a practice, with its themes,
organisations, projects and history). It is checked (a dry run) and imported as the worker does
(portal/content/import_jobs.py: no marked-up diff, a call after every row), inside a transaction
that is rolled back: the database is left as it was.

    python -m bench.imports [--rows 1000]   # on the database of DATABASE_URL

A thousand rows keep `make bench` to a few minutes; the line also gives the time of a file of
EXTRAPOLATED_ROWS at the rates measured (a row costs the same early and late in a file).
"""

import argparse
import time
from dataclasses import dataclass

DEFAULT_ROWS = 1000
# The largest file the issue asks to import in the background.
EXTRAPOLATED_ROWS = 10_000


@dataclass
class ImportRate:
    rows: int
    file_megabytes: float
    check_seconds: float
    import_seconds: float

    def line(self):
        return (
            f"Import of {self.rows:,} good practices ({self.file_megabytes:.1f} MB of CSV): "
            f"checked at {self.rows / self.check_seconds:,.0f} rows/s "
            f"({self.check_seconds:.0f} s), imported at {self.rows / self.import_seconds:,.0f} "
            f"rows/s ({self.import_seconds:.0f} s); {EXTRAPOLATED_ROWS:,} rows at these rates: "
            f"checked in {self.minutes(self.check_seconds):.0f} min, imported in "
            f"{self.minutes(self.import_seconds):.0f} min (extrapolated)"
        )

    def minutes(self, seconds):
        return EXTRAPOLATED_ROWS * seconds / self.rows / 60


class RolledBack(Exception):
    pass


def practices_file(rows):
    """A CSV of `rows` published practices under new slugs, as staff would send it."""
    import tablib

    from portal.content.imports import CSV
    from practices.models import GoodPractice
    from practices.resources import GoodPracticeResource

    queryset = GoodPractice.objects.published().order_by("pk")[:rows]
    dataset = GoodPracticeResource().export(queryset=queryset)
    slugs = dataset.headers.index("slug")
    renamed = [
        [f"bench-import-{number}" if index == slugs else cell for index, cell in enumerate(row)]
        for number, row in enumerate(dataset)
    ]
    file_rows = tablib.Dataset(*renamed, headers=dataset.headers)
    return CSV().export_data(file_rows).encode("utf-8")


def timed_import(data, *, dry_run):
    """Seconds to read and check or import the file, in a transaction rolled back after."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from portal.content.imports import CSV
    from practices.resources import GoodPracticeResource

    user = get_user_model().objects.filter(is_superuser=True).first()
    done = []
    start = time.perf_counter()
    try:
        with transaction.atomic():
            dataset = CSV().create_dataset(data)
            resource = GoodPracticeResource()
            resource.html_diff = False
            resource.row_done = done.append
            result = resource.import_data(
                dataset,
                dry_run=dry_run,
                raise_errors=False,
                rollback_on_validation_errors=True,
                file_name="bench.csv",
                user=user,
            )
            seconds = time.perf_counter() - start
            raise RolledBack
    except RolledBack:
        pass
    if result.has_errors() or result.has_validation_errors():
        raise SystemExit(f"The benchmark's file does not import: {result.invalid_rows[:3]}")
    return seconds, len(done)


def import_rate(rows=DEFAULT_ROWS):
    """Check and import `rows` practices made from the data; nothing is kept."""
    data = practices_file(rows)
    check_seconds, _checked = timed_import(data, dry_run=True)
    import_seconds, imported = timed_import(data, dry_run=False)
    return ImportRate(imported, len(data) / 1024 / 1024, check_seconds, import_seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    options = parser.parse_args()
    import django

    django.setup()
    print(import_rate(options.rows).line())


if __name__ == "__main__":
    main()
