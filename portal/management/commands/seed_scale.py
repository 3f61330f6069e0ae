"""Fill the database with synthetic content at scale, for performance work."""

import sys
import time
from functools import partial

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from tqdm import tqdm

from portal.demo.scale import (
    COMMON_WORD,
    COMMON_WORDS,
    RARE_EVERY,
    RARE_WORD,
    ContentExists,
    ScaleSeeder,
    Sizes,
)
from portal.operations.deadlines import statements_without_limit


class Command(BaseCommand):
    help = (
        "Generate plausible synthetic content in Polish, Czech and English for performance "
        "work: cities, partner organisations, projects with their partnerships, good practices "
        "and events, with their themes and relations. The rows go in with COPY in one "
        "transaction; the search indexes are built and ANALYZE run after it. Refuses a database "
        "that already has content unless --replace is given. Bulk inserts write no history "
        "(django-simple-history), and no pictures or documents are made."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        for name, noun in (
            ("practices", "good practices"),
            ("projects", "projects"),
            ("organisations", "partner organisations"),
            ("events", "events"),
            ("cities", "cities"),
        ):
            default = getattr(defaults, name)
            parser.add_argument(
                f"--{name}",
                type=int,
                default=default,
                help=f"How many {noun} to generate (default {default:,}).",
            )
        parser.add_argument(
            "--seed",
            type=int,
            default=1,
            help="The same seed and sizes give the same content (default 1).",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=(
                "Delete the existing content first (countries, cities, themes, programmes, "
                "partners, projects, practices, events, pages, news; never users or their "
                "history). Uploaded files stay on disk."
            ),
        )

    def handle(self, *args, seed, replace, **options):
        sizes = Sizes(**{name: options[name] for name in Sizes.__dataclass_fields__})
        if problems := sizes.problems():
            raise CommandError(" ".join(problems))
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError(
                "The database is not fully migrated: run `manage.py migrate`, then seed_scale."
            )
        progress = partial(tqdm, file=options.get("stderr") or sys.stderr, unit=" rows")
        seeder = ScaleSeeder(sizes=sizes, seed=seed, progress=progress)
        started = time.monotonic()
        # Its COPY of every row and its index builds each run longer than a page's statements may.
        with statements_without_limit():
            counts = self.seed_and_finish(seeder, replace)
        if seeder.deleted:
            self.stdout.write(f"Deleted {sum(seeder.deleted.values()):,} rows of earlier content.")
        for model, number in counts.items():
            self.stdout.write(f"  {model._meta.db_table}: {number:,}")
        self.stdout.write(
            f"Common word: {COMMON_WORD!r} (pl {COMMON_WORDS['pl']!r}, cs {COMMON_WORDS['cs']!r}), "
            "in every text about sustainable mobility, about a third of practices and projects."
        )
        self.stdout.write(
            f"Rare word: {RARE_WORD!r}, in one practice, project, organisation and event in "
            f"{RARE_EVERY:,}."
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Synthetic content generated in {time.monotonic() - started:.0f} s."
            )
        )

    def seed_and_finish(self, seeder, replace):
        try:
            counts = seeder.seed(replace=replace)
        except ContentExists as error:
            found = ", ".join(f"{table} ({n:,})" for table, n in error.counts.items())
            raise CommandError(
                f"The database already has content: {found}. Run seed_scale with --replace to "
                "delete it first, or point DATABASE_URL at an empty, migrated database."
            ) from None
        try:
            seeder.finish()
        except DatabaseError as error:
            raise CommandError(
                f"The content is in, but building its search indexes or statistics failed: "
                f"{error}. Run seed_scale --replace again: it builds whatever is missing."
            ) from error
        return counts
