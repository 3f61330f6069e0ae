"""Synthetic content in pl, cs and en at the scale of a large database, for performance work.

`ScaleSeeder.seed()` writes cities, organisations, projects with their partnerships, good
practices and events, with the relations between them, through PostgreSQL's COPY in one
transaction. The loaded tables' indexes and constraints are dropped before the rows go in and
built again once they are all in, which is several times faster than keeping them up to date row
by row; a failure rolls all of it back. The search indexes (GIN, the slowest to build) are left to
`finish()`, which builds them after the commit on two connections at once, then runs ANALYZE: the
data is whole and every constraint holds before it starts, and a run cut short in it leaves only
a search index missing, which the next run builds.

Rich texts are composed as HTML the sanitiser keeps unchanged, because COPY passes by
`RichTextField`. No history is written, as with any bulk insert.
"""

import datetime
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

from django.db import connection, transaction
from modeltranslation.translator import translator

from events.models import Allocation, Event, EventImage, EventKind
from portal.demo.data import organisations as demo_organisations
from portal.demo.data import places as demo_places
from portal.demo.data.scale_words import (
    COMMON_THEME,
    CONTEXTS,
    CZECH_ENDINGS,
    CZECH_PREFIXES,
    CZECH_REGIONS,
    CZECH_STEMS,
    CZECH_SUFFIXES,
    EVENT_AGENDA,
    EVENT_REPORTS,
    EVENT_SUMMARIES,
    EVENT_TITLES,
    EVENT_VENUES,
    ORGANISATION_DESCRIPTIONS,
    ORGANISATION_NAMES,
    POLISH_ENDINGS,
    POLISH_QUALIFIERS,
    POLISH_REGIONS,
    POLISH_STEMS,
    PRACTICE_LINKS,
    PRACTICE_SUMMARIES,
    PROBLEMS,
    PROJECT_ACRONYMS,
    PROJECT_OBJECTIVES,
    PROJECT_PREFIXES,
    PROJECT_SUMMARIES,
    RARE_SENTENCE,
    RESOURCES,
    RESULTS,
    SOLUTIONS,
    THEME_OBJECTS,
    THEMES_LEAD,
    TITLE_QUALIFIERS,
    TRANSFERS,
)
from portal.demo.loader import as_stored, translated
from portal.models import City, Country, NewsItem, Page, PublicationStatus, Theme
from portal.operations.caching import pages_changed
from practices.models import GoodPractice, PracticeDocument, PracticeImage, PracticeLink
from projects.models import (
    Organisation,
    OrganisationKind,
    PartnerRole,
    Partnership,
    Programme,
    Project,
)

LANGUAGES = ("pl", "cs", "en")

# A word that many rows hold: every text about the theme sustainable-mobility, which about a
# third of practices and projects have.
COMMON_WORDS = {"pl": "mobilność", "cs": "mobilita", "en": "mobility"}
COMMON_WORD = COMMON_WORDS["en"]
COMMON_THEME_SHARE = 0.3
# A word that few rows hold, the same in every language: one row in RARE_EVERY of each kind
# (the first, then every RARE_EVERY-th) mentions it in its summary or description.
RARE_WORD = "Sluňákov"
RARE_EVERY = 1000
# Every twentieth row of each kind is a draft (the 20th, 40th, ...): 5%.
DRAFT_EVERY = 20
# Events that start on this day or later are still to come: they have no report.
REPORTS_FROM_BEFORE = datetime.date(2026, 1, 1)

# Rows are dated over these years: created, first published, last changed.
CONTENT_SINCE = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)
CONTENT_SPAN_SECONDS = int(
    (datetime.datetime(2026, 6, 30, tzinfo=datetime.UTC) - CONTENT_SINCE).total_seconds()
)

# What --replace empties, and what must be empty without it: everything `load_demo` writes.
CONTENT_MODELS = [
    Country,
    City,
    Theme,
    Programme,
    Organisation,
    Project,
    Partnership,
    GoodPractice,
    PracticeImage,
    PracticeDocument,
    PracticeLink,
    Event,
    EventImage,
    Page,
    NewsItem,
]

# What seed_scale writes with COPY, with their many-to-many tables.
LOADED_MODELS = [City, Organisation, Project, Partnership, GoodPractice, PracticeLink, Event]

ORGANISATION_KIND_WEIGHTS = {
    OrganisationKind.MUNICIPAL_ASSOCIATION: 8,
    OrganisationKind.DEVELOPMENT_AGENCY: 6,
    OrganisationKind.UNIVERSITY: 6,
    OrganisationKind.NGO: 25,
    OrganisationKind.COMPANY: 10,
    OrganisationKind.PUBLIC_INSTITUTION: 35,
    OrganisationKind.OTHER: 10,
}
EVENT_KIND_WEIGHTS = {
    EventKind.STUDY_VISIT: 25,
    EventKind.INTERNSHIP: 15,
    EventKind.CONFERENCE: 10,
    EventKind.SEMINAR: 15,
    EventKind.WORKSHOP: 15,
    EventKind.CONTEST: 5,
    EventKind.MEETING: 15,
}
# (fewest, most) participants, and (shortest, longest) extra days after the first.
EVENT_SHAPES = {
    EventKind.STUDY_VISIT: ((8, 30), (1, 2)),
    EventKind.INTERNSHIP: ((1, 3), (4, 11)),
    EventKind.CONFERENCE: ((40, 200), (0, 1)),
    EventKind.SEMINAR: ((15, 60), (0, 0)),
    EventKind.WORKSHOP: ((10, 30), (0, 1)),
    EventKind.CONTEST: ((20, 150), (0, 0)),
    EventKind.MEETING: ((5, 15), (0, 0)),
}
# Share of projects per demo programme; the cross-border programme and its microprojects lead.
PROGRAMME_WEIGHTS = {"interreg-cz-pl": 45, "cz-pl-microprojects": 35}
OTHER_PROGRAMME_WEIGHT = 3
MICROPROJECT_PROGRAMME = "cz-pl-microprojects"
# Registration numbers like CZ.11.4.120/0.0/0.0/16_026/0001080, by programme.
REGISTRATION_CODES = {"interreg-cz-pl": "110", "cz-pl-microprojects": "120"}

# The first columns of every publishable row, in the order `ScaleSeeder.publication()` gives them.
PUBLICATION_COLUMNS = ("id", "status", "published_at", "created_at", "updated_at")

# For sorting while indexes are built: in memory it goes faster than in temporary files.
INDEX_BUILD_MEMORY = "512MB"

NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_LENGTH = 100
BATCH = 1000


def slug_of(text: str) -> str:
    """A slug of Polish, Czech or English text: letters without diacritics, digits, dashes."""
    # Decomposing takes the accents off every letter but ł, which is a letter of its own.
    ascii_text = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return NOT_SLUG.sub("-", ascii_text.encode("ascii", "ignore").decode())[:SLUG_LENGTH].strip("-")


class Slugs:
    """Unique slugs for one model: the second "gmina-lipno" becomes "gmina-lipno-2"."""

    def __init__(self):
        self.taken = set()
        self.next_number = {}

    def unique(self, text: str) -> str:
        base = slug_of(text) or "x"
        number = self.next_number.get(base, 1)
        slug = base if number == 1 else f"{base}-{number}"
        while slug in self.taken:
            number += 1
            slug = f"{base}-{number}"
        self.next_number[base] = number + 1
        self.taken.add(slug)
        return slug


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def filled(entry, slots):
    """A (pl, cs, en) entry with its slots filled from one dict of values per language."""
    return [text.format_map(values) for text, values in zip(entry, slots, strict=True)]


def joined(parts, separator=" "):
    """Per language, the parts' texts joined: [[pl, cs, en], ...] -> [pl..., cs..., en...]."""
    return [separator.join(language) for language in zip(*parts, strict=True)]


def paragraphs(*groups):
    """Rich text per language: each group of (pl, cs, en) sentences is one paragraph."""
    return joined([[f"<p>{text}</p>" for text in joined(group)] for group in groups], "")


def bullet_list(items):
    return [
        "<ul>" + "".join(f"<li>{item}</li>" for item in language) + "</ul>"
        for language in zip(*items, strict=True)
    ]


def amounts(value: int):
    """A sum of money as Polish, Czech and English write it: 125 000, 125 000, 125,000."""
    english = f"{value:,}"
    return [english.replace(",", " "), english.replace(",", " "), english]


def columns_of(model, *fields):
    """The columns of `fields`; a translated field's are its original column and each language's.

    The original column holds the default language (Polish), as modeltranslation keeps it.
    """
    translated_fields = (
        translator.get_options_for_model(model).fields
        if model in translator.get_registered_models()
        else {}
    )
    columns = []
    for name in fields:
        column = model._meta.get_field(name).column
        columns.append(column)
        if name in translated_fields:
            columns += [f"{column}_{language}" for language in LANGUAGES]
    return columns


def in_columns(values):
    """The column values of a translated field: the default language's, then each language's."""
    return (values[0], *values)


@dataclass(frozen=True)
class Sizes:
    cities: int = 10_000
    organisations: int = 100_000
    projects: int = 50_000
    practices: int = 100_000
    events: int = 100_000

    def problems(self) -> list[str]:
        """What makes these sizes impossible to generate, in words that say what to change."""
        found = [f"--{name} must not be negative." for name, n in asdict(self).items() if n < 0]
        if self.cities < 1 and (self.organisations or self.practices or self.events):
            found.append(
                "--cities must be at least 1: organisations, practices and events need one."
            )
        if self.organisations < 2 and (self.projects or self.practices):
            found.append(
                "--organisations must be at least 2: a project has 2 to 6 partners and a "
                "practice 1 to 3 organisations."
            )
        return found


@dataclass(frozen=True)
class SeedTheme:
    id: int
    slug: str
    names: tuple


class ContentExists(Exception):
    """The content tables hold rows and the caller did not ask to replace them."""

    def __init__(self, counts):
        self.counts = counts
        super().__init__(counts)


def model_tables(models):
    """The tables of `models` and of their many-to-many relations."""
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables += [
            field.remote_field.through._meta.db_table
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        ]
    return tables


def content_tables():
    return model_tables(CONTENT_MODELS)


def lz4_available(cursor):
    cursor.execute(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    )
    return cursor.fetchone()[0]


def referencing_tables(cursor, tables):
    """`tables` and every table whose foreign keys lead to one of them, however indirectly.

    TRUNCATE must name them all; a table that another app adds and that points at content
    is emptied along with it only after the emptiness check has counted it.
    """
    cursor.execute(
        """
        WITH RECURSIVE reached(oid) AS (
            SELECT unnest(%s::regclass[])::oid
            UNION
            SELECT c.conrelid FROM pg_constraint c JOIN reached r ON c.confrelid = r.oid
            WHERE c.contype = 'f'
        )
        SELECT oid::regclass::text FROM reached ORDER BY 1
        """,
        [tables],
    )
    return [row[0] for row in cursor.fetchall()]


def search_indexes():
    """The indexes the loaded models declare in their Meta: full-text and trigram (GIN, over the
    stored search columns, which COPY computes), and the lists' partial indexes.

    (model, index) pairs, each buildable with the schema editor as the migrations built it.
    """
    return [(model, index) for model in LOADED_MODELS for index in model._meta.indexes]


def secondary_structures(cursor, tables, *, built_later=()):
    """Statements that drop, and statements that rebuild, the tables' indexes and constraints.

    Primary keys and check constraints stay; foreign keys, unique constraints and the other
    indexes go. Dropping runs foreign keys first, rebuilding indexes first, so that every
    foreign key finds its unique index. The indexes named in `built_later` are dropped only.
    """
    cursor.execute(
        """
        SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid),
               contype
        FROM pg_constraint
        WHERE conrelid = ANY(%s::regclass[]) AND contype IN ('f', 'u')
        ORDER BY contype = 'f' DESC, 1, 2
        """,
        [tables],
    )
    constraints = cursor.fetchall()
    cursor.execute(
        """
        SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid)
        FROM pg_index i
        WHERE indrelid = ANY(%s::regclass[]) AND NOT indisprimary
          AND NOT EXISTS (
              SELECT 1 FROM pg_constraint c
              WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid
          )
        ORDER BY 1
        """,
        [tables],
    )
    indexes = cursor.fetchall()
    drops = [f"ALTER TABLE {table} DROP CONSTRAINT {name}" for table, name, _, _ in constraints]
    drops += [f"DROP INDEX {name}" for name, _ in indexes]
    rebuilds = [definition for name, definition in indexes if name not in built_later]
    rebuilds += [
        f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}"
        for table, name, definition, _ in reversed(constraints)
    ]
    return drops, rebuilds


def in_own_connection(function):
    """`function` for a worker thread: the thread's own database connection is closed after."""

    def run(*args):
        try:
            return function(*args)
        finally:
            connection.close()

    return run


class ScaleSeeder:
    """Generates and writes the content; `seed()` returns the number of rows per model."""

    def __init__(self, *, sizes: Sizes, seed: int, progress: Callable):
        self.sizes = sizes
        self.seed_value = seed
        self.progress = progress
        self.counts = {}
        self.deleted = {}

    def random(self, stage):
        """One generator per stage, so that each stage's rows depend only on the seed."""
        return random.Random(f"{self.seed_value}:{stage}")

    # Writing.

    def copy(self, cursor, table, columns, rows: Iterable, bar=None):
        """Stream `rows` into `table` with COPY; return how many went in.

        FREEZE writes them as visible to every transaction at once, so that no vacuum has to
        mark them later; PostgreSQL allows it because the table was emptied in this transaction.
        """
        count = 0
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FREEZE)") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
                if bar is not None and count % BATCH == 0:
                    bar.update(BATCH)
        if bar is not None:
            bar.update(count % BATCH)
        return count

    def reserve_ids(self, cursor, model, count):
        """The first of `count` primary keys taken from the table's sequence in one step."""
        table = model._meta.db_table
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [table])
        first = cursor.fetchone()[0]
        if count > 1:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [table, first + count - 1]
            )
        return first

    def copy_relation(self, cursor, model, field_name, pairs):
        field = model._meta.get_field(field_name)
        through = field.remote_field.through
        columns = [field.m2m_column_name(), field.m2m_reverse_name()]
        count = self.copy(cursor, through._meta.db_table, columns, pairs)
        self.counts[through] = count

    def publication(self, rng, index):
        """Status, first publication, creation and last change of the `index`-th row."""
        created = CONTENT_SINCE + datetime.timedelta(seconds=rng.randrange(CONTENT_SPAN_SECONDS))
        updated = created + datetime.timedelta(seconds=rng.randrange(400 * 86400))
        if index % DRAFT_EVERY == DRAFT_EVERY - 1:
            return PublicationStatus.DRAFT, None, created, updated
        published = created + datetime.timedelta(seconds=rng.randrange(14 * 86400))
        return PublicationStatus.PUBLISHED, published, created, max(published, updated)

    @transaction.atomic
    def seed(self, *, replace: bool):
        """Write the rows, with every index and constraint back but the search indexes."""
        with connection.cursor() as cursor:
            tables = referencing_tables(cursor, content_tables())
            cursor.execute(f"LOCK TABLE {', '.join(tables)} IN ACCESS EXCLUSIVE MODE")
            counts = self.content_counts(cursor, tables)
            if counts and not replace:
                raise ContentExists(counts)
            # Emptied even when empty: COPY ... FREEZE needs the tables truncated in this
            # transaction. The sequences go on, so that no new row takes the primary key of
            # one whose history is still kept. Checks of rows that this transaction wrote before
            # are made first, as TRUNCATE refuses to run with any pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            self.deleted = counts
            if lz4_available(cursor):
                # Long rows are compressed, and lz4 does it several times faster than pglz.
                cursor.execute("SET LOCAL default_toast_compression = 'lz4'")
            drops, rebuilds = secondary_structures(
                cursor,
                model_tables(LOADED_MODELS),
                built_later={index.name for _, index in search_indexes()},
            )
            for statement in drops:
                cursor.execute(statement)
            self.load_fixed_rows()
            self.load_cities(cursor)
            self.load_organisations(cursor)
            self.load_projects(cursor)
            self.load_practices(cursor)
            self.load_events(cursor)
            cursor.execute(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'")
            with self.progress(
                total=len(rebuilds), desc="indexes and constraints", unit=" statements"
            ) as bar:
                for statement in rebuilds:
                    cursor.execute(statement)
                    bar.update()
            # COPY sends no signal: cached pages must learn of the new content explicitly.
            pages_changed()
        return self.counts

    def finish(self):
        """Build the search indexes that are missing, then give the planner statistics.

        After `seed()` has committed, two connections share the work, the largest tables first:
        building a search index and ANALYZE (which evaluates the index's expressions for its
        sample of rows) are the slow steps, and each keeps one processor busy. A run that was
        cut short leaves an index missing but the data whole; the next run builds it.
        """
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t::text FROM unnest(%s::regclass[]) t "
                "ORDER BY pg_total_relation_size(t) DESC",
                [referencing_tables(cursor, content_tables())],
            )
            tables = [row[0] for row in cursor.fetchall()]
            cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
            existing = {row[0] for row in cursor.fetchall()}
        missing = {}
        for model, index in search_indexes():
            if index.name not in existing:
                missing.setdefault(model._meta.db_table, []).append((model, index))
        jobs = [(table, missing.get(table, [])) for table in tables]
        steps = len(tables) + sum(len(indexes) for indexes in missing.values())
        with self.progress(total=steps, desc="search indexes and statistics", unit=" steps") as bar:

            def build_and_analyse(job):
                table, indexes = job
                for model, index in indexes:
                    with connection.schema_editor() as editor:
                        editor.execute(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'")
                        editor.add_index(model, index)
                    bar.update()
                with connection.cursor() as cursor:
                    cursor.execute(f"ANALYZE {table}")
                bar.update()

            if connection.in_atomic_block:
                # Other connections would not see the rows of this transaction.
                for job in jobs:
                    build_and_analyse(job)
                return
            with ThreadPoolExecutor(max_workers=2) as pool:
                list(pool.map(in_own_connection(build_and_analyse), jobs))

    def content_counts(self, cursor, tables):
        """The tables that hold rows, with how many."""
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT count(*) FROM {table}")
            if number := cursor.fetchone()[0]:
                counts[table] = number
        return counts

    # The small tables: the demo's countries, themes and programmes.

    def load_fixed_rows(self):
        countries = Country.objects.bulk_create(
            Country(
                code=entry["code"], time_zone=entry["time_zone"], **translated(name=entry["name"])
            )
            for entry in demo_places.COUNTRIES
        )
        self.country_ids = {country.code: country.pk for country in countries}
        self.counts[Country] = len(countries)
        themes = Theme.objects.bulk_create(
            Theme(
                slug=entry["slug"],
                **as_stored(
                    Theme, translated(name=entry["name"], description=entry["description"])
                ),
            )
            for entry in demo_places.THEMES
        )
        self.themes = [
            SeedTheme(
                theme.pk, theme.slug, tuple(entry["name"][language] for language in LANGUAGES)
            )
            for theme, entry in zip(themes, demo_places.THEMES, strict=True)
        ]
        self.common_theme = next(theme for theme in self.themes if theme.slug == COMMON_THEME)
        self.other_themes = [theme for theme in self.themes if theme is not self.common_theme]
        self.counts[Theme] = len(themes)
        programmes = Programme.objects.bulk_create(
            Programme(
                slug=entry["slug"],
                **as_stored(
                    Programme,
                    translated(
                        name=entry["name"],
                        short_name=entry["short_name"],
                        description=entry["description"],
                    ),
                ),
                period_start=entry["period_start"],
                period_end=entry["period_end"],
                fund=entry["fund"],
                website=entry["website"],
                status=PublicationStatus.PUBLISHED,
                published_at=CONTENT_SINCE,
            )
            for entry in demo_organisations.PROGRAMMES
        )
        # Dated like the rest rather than today, so that a seed always gives the same rows.
        Programme.objects.update(created_at=CONTENT_SINCE, updated_at=CONTENT_SINCE)
        self.programmes = programmes
        self.programme_weights = [
            PROGRAMME_WEIGHTS.get(programme.slug, OTHER_PROGRAMME_WEIGHT)
            for programme in programmes
        ]
        self.counts[Programme] = len(programmes)

    def pick_themes(self, rng, fewest, most):
        """Themes for one row; the common theme comes first in COMMON_THEME_SHARE of rows."""
        themes = rng.sample(self.other_themes, rng.randint(fewest, most))
        if rng.random() < COMMON_THEME_SHARE:
            themes[0] = self.common_theme
        return themes

    def themes_sentence(self, themes):
        return [
            f"{lead}: {', '.join(theme.names[i] for theme in themes)}."
            for i, lead in enumerate(THEMES_LEAD)
        ]

    # Cities.

    def load_cities(self, cursor):
        n = self.sizes.cities
        rng = self.random("cities")
        slugs = Slugs()
        first_id = self.reserve_ids(cursor, City, n)
        self.city_ids = range(first_id, first_id + n)
        self.city_names = []
        self.city_slugs = []
        self.city_in_poland = []
        regions = [(True, region) for region in POLISH_REGIONS]
        regions += [(False, region) for region in CZECH_REGIONS]

        def rows():
            for index in range(n):
                in_poland, (region, agglomeration, latitude, longitude) = rng.choice(regions)
                name = polish_town(rng) if in_poland else czech_town(rng)
                slug = slugs.unique(name)
                self.city_names.append(name)
                self.city_slugs.append(slug)
                self.city_in_poland.append(in_poland)
                yield (
                    first_id + index,
                    *in_columns((name, name, name)),
                    slug,
                    *in_columns(region),
                    *in_columns(agglomeration),
                    f"{latitude + rng.uniform(-0.35, 0.35):.6f}",
                    f"{longitude + rng.uniform(-0.5, 0.5):.6f}",
                    self.country_ids["PL" if in_poland else "CZ"],
                )

        columns = columns_of(
            City, "id", "name", "slug", "region", "agglomeration", "latitude", "longitude",
            "country",
        )  # fmt: skip
        with self.progress(total=n, desc="cities") as bar:
            self.counts[City] = self.copy(cursor, City._meta.db_table, columns, rows(), bar)

    # Organisations.

    def load_organisations(self, cursor):
        n = self.sizes.organisations
        rng = self.random("organisations")
        slugs = Slugs()
        first_id = self.reserve_ids(cursor, Organisation, n)
        self.organisation_ids = range(first_id, first_id + n)
        self.organisation_city = []
        self.organisations_by_city = [[] for _ in range(self.sizes.cities)]
        self.organisations_by_country = {True: [], False: []}
        kinds = list(ORGANISATION_KIND_WEIGHTS)
        weights = list(ORGANISATION_KIND_WEIGHTS.values())

        def rows():
            for index in range(n):
                # Every town's own municipality first, then the other organisations anywhere.
                if index < self.sizes.cities:
                    city, kind = index, OrganisationKind.MUNICIPALITY
                else:
                    city = rng.randrange(self.sizes.cities)
                    kind = rng.choices(kinds, weights)[0]
                in_poland = self.city_in_poland[city]
                slots = [{"city": self.city_names[city], "number": rng.randint(1, 12)}] * 3
                names = filled(rng.choice(ORGANISATION_NAMES[kind]), slots)
                slug = slugs.unique(names[0] if in_poland else names[1])
                year = rng.randint(1995, 2022)
                slots = [{"city": self.city_names[city], "year": year}] * 3
                sentences = [
                    filled(entry, slots) for entry in rng.sample(ORGANISATION_DESCRIPTIONS, 2)
                ]
                if index % RARE_EVERY == 0:
                    sentences.append(RARE_SENTENCE)
                self.organisation_city.append(city)
                self.organisations_by_city[city].append(index)
                self.organisations_by_country[in_poland].append(index)
                status, published, created, updated = self.publication(rng, index)
                yield (
                    first_id + index,
                    status,
                    published,
                    created,
                    updated,
                    *in_columns(names),
                    slug,
                    kind,
                    f"https://www.example.org/{slug}/" if rng.random() < 0.6 else "",
                    "",
                    *in_columns(paragraphs(sentences)),
                    self.city_ids[city],
                )

        columns = columns_of(
            Organisation, *PUBLICATION_COLUMNS, "name", "slug", "kind", "website", "logo",
            "description", "city",
        )  # fmt: skip
        with self.progress(total=n, desc="organisations") as bar:
            self.counts[Organisation] = self.copy(
                cursor, Organisation._meta.db_table, columns, rows(), bar
            )

    # Projects and partnerships.

    def pick_project_organisations(self, rng):
        """2 to 6 organisations from both sides of the border, the lead partner first."""
        wanted = min(rng.randint(2, 6), self.sizes.organisations)
        pools = [self.organisations_by_country[True], self.organisations_by_country[False]]
        side = rng.randrange(2)
        organisations = []
        while len(organisations) < wanted:
            pool = pools[(side + len(organisations)) % 2]
            candidate = rng.choice(pool) if pool else None
            if candidate is None or candidate in organisations:
                # That side has no organisation left to add: any other will do.
                candidate = rng.randrange(self.sizes.organisations)
            if candidate not in organisations:
                organisations.append(candidate)
        return organisations

    def load_projects(self, cursor):
        n = self.sizes.projects
        rng = self.random("projects")
        slugs = Slugs()
        first_id = self.reserve_ids(cursor, Project, n)
        self.project_ids = range(first_id, first_id + n)
        self.project_dates = []
        self.project_organisations = []
        self.project_cities = []
        themes_of_projects = []
        cities_of_projects = []
        partnerships = []

        def rows():
            for index in range(n):
                programme = rng.choices(self.programmes, self.programme_weights)[0]
                start = datetime.date(
                    rng.randint(programme.period_start, programme.period_end),
                    rng.randint(1, 12),
                    1,
                )
                microproject = programme.slug == MICROPROJECT_PROGRAMME
                months = rng.randint(6, 18) if microproject else rng.randint(12, 48)
                end = add_months(start, months) - datetime.timedelta(days=1)
                organisations = self.pick_project_organisations(rng)
                cities = list(dict.fromkeys(self.organisation_city[p] for p in organisations))
                themes = self.pick_themes(rng, 1, 3)
                objects = rng.choice(THEME_OBJECTS[themes[0].slug])
                place = " – ".join(self.city_names[city] for city in cities[:2])
                titles = [
                    f"{prefix}: {thing} ({place})"
                    for prefix, thing in zip(rng.choice(PROJECT_PREFIXES), objects, strict=True)
                ]
                slots = [
                    {
                        "object": thing,
                        "Object": capitalised(thing),
                        "city": self.city_names[cities[0]],
                    }
                    for thing in objects
                ]
                summary = [
                    filled(rng.choice(PROJECT_SUMMARIES), slots),
                    self.themes_sentence(themes),
                ]
                if index % RARE_EVERY == 0:
                    summary.append(RARE_SENTENCE)
                description = paragraphs(
                    [filled(rng.choice(PROBLEMS), slots)], [filled(rng.choice(SOLUTIONS), slots)]
                )
                objectives = bullet_list(rng.sample(PROJECT_OBJECTIVES, 3))
                if microproject:
                    total = rng.randint(100, 600) * 100
                else:
                    total = rng.randint(200, 3000) * 1000
                registration = ""
                if code := REGISTRATION_CODES.get(programme.slug):
                    registration = (
                        f"CZ.11.{rng.randint(1, 4)}.{code}/0.0/0.0/{start.year % 100:02d}_"
                        f"{rng.randint(1, 40):03d}/{index + 1:07d}"
                    )
                acronym = ""
                if rng.random() < 0.7:
                    acronym = f"{rng.choice(PROJECT_ACRONYMS)}-{rng.randint(2, 99)}"
                slug = slugs.unique(titles[2])
                status, published, created, updated = self.publication(rng, index)
                project_id = first_id + index
                themes_of_projects.extend((project_id, theme.id) for theme in themes)
                cities_of_projects.extend((project_id, self.city_ids[city]) for city in cities)
                roles = [PartnerRole.LEAD] + [PartnerRole.PARTNER] * (len(organisations) - 1)
                if len(organisations) >= 3 and rng.random() < 0.2:
                    roles[-1] = PartnerRole.ASSOCIATED
                partnerships.extend(
                    (project_id, self.organisation_ids[p], role)
                    for p, role in zip(organisations, roles, strict=True)
                )
                self.project_dates.append((start, end))
                self.project_organisations.append(organisations)
                self.project_cities.append(cities)
                yield (
                    project_id,
                    status,
                    published,
                    created,
                    updated,
                    *in_columns(titles),
                    acronym,
                    slug,
                    registration,
                    programme.pk,
                    start,
                    end,
                    f"{total}.00",
                    f"{total * 85 // 100}.{total * 85 % 100:02d}",
                    *in_columns(joined(summary)),
                    *in_columns(description),
                    *in_columns(objectives),
                    f"https://www.example.org/projects/{slug}/" if rng.random() < 0.5 else "",
                )

        columns = columns_of(
            Project, *PUBLICATION_COLUMNS, "title", "acronym", "slug", "registration_number",
            "programme", "start_date", "end_date", "total_budget", "eu_cofinancing", "summary",
            "description", "objectives", "website",
        )  # fmt: skip
        with self.progress(total=n, desc="projects and partnerships") as bar:
            self.counts[Project] = self.copy(cursor, Project._meta.db_table, columns, rows(), bar)
            self.counts[Partnership] = self.copy(
                cursor,
                Partnership._meta.db_table,
                columns_of(Partnership, "project", "organisation", "role"),
                partnerships,
            )
            self.copy_relation(cursor, Project, "themes", themes_of_projects)
            self.copy_relation(cursor, Project, "cities", cities_of_projects)

    # Good practices.

    def pick_organisations(self, rng, city, fewest, most):
        """Organisations for a row in `city`: mostly the town's own, the rest from anywhere."""
        wanted = min(rng.randint(fewest, most), self.sizes.organisations)
        local = self.organisations_by_city[city]
        chosen = []
        while len(chosen) < wanted:
            pool = local if local and rng.random() < 0.7 else self.organisation_ids
            candidate = rng.choice(pool) if pool is local else rng.randrange(len(pool))
            if candidate not in chosen:
                chosen.append(candidate)
        return chosen

    def load_practices(self, cursor):
        n = self.sizes.practices
        rng = self.random("practices")
        slugs = Slugs()
        first_id = self.reserve_ids(cursor, GoodPractice, n)
        self.practice_ids = range(first_id, first_id + n)
        relations = {"themes": [], "organisations": [], "projects": []}
        links = []

        def rows():
            for index in range(n):
                practice_id = first_id + index
                city = rng.randrange(self.sizes.cities)
                city_name = self.city_names[city]
                themes = self.pick_themes(rng, 1, 4)
                objects = rng.choice(THEME_OBJECTS[themes[0].slug])
                year_start = rng.randint(1998, 2025)
                year_end = None
                if rng.random() < 0.4:
                    year_end = min(year_start + rng.randint(0, 6), 2026)
                qualifiers = rng.choice(TITLE_QUALIFIERS)
                shape = rng.randrange(3)
                titles = [
                    title_of(thing, city_name, qualifier, shape)
                    for thing, qualifier in zip(objects, qualifiers, strict=True)
                ]
                # One draw of the facts for every language.
                facts = {
                    "city": city_name,
                    "year": year_start,
                    "pct": rng.randint(5, 60),
                    "count": rng.randint(5, 500) * 10,
                    "towns": rng.randint(1, 4) * 10,
                    "months": rng.choice((6, 8, 9, 10, 12, 15, 18, 20, 30)),
                }
                slots = [
                    {**facts, "object": thing, "Object": capitalised(thing), "amount": amount}
                    for thing, amount in zip(
                        objects, amounts(rng.randint(20, 2000) * 1000), strict=True
                    )
                ]
                summary = [
                    filled(rng.choice(PRACTICE_SUMMARIES), slots),
                    self.themes_sentence(themes),
                ]
                if index % RARE_EVERY == 0:
                    summary.append(RARE_SENTENCE)
                solutions = [[filled(entry, slots)] for entry in rng.sample(SOLUTIONS, 2)]
                slug = slugs.unique(titles[2])
                relations["themes"].extend((practice_id, theme.id) for theme in themes)
                relations["organisations"].extend(
                    (practice_id, self.organisation_ids[o])
                    for o in self.pick_organisations(rng, city, 1, 3)
                )
                if self.sizes.projects:
                    chosen = {
                        rng.randrange(self.sizes.projects)
                        for _ in range(rng.choice((0, 0, 1, 1, 2)))
                    }
                    relations["projects"].extend(
                        (practice_id, self.project_ids[p]) for p in sorted(chosen)
                    )
                for position, link in enumerate(
                    rng.sample(PRACTICE_LINKS, rng.choice((0, 1, 1, 2)))
                ):
                    kind = slug_of(link[2])
                    links.append(
                        (
                            *in_columns(link),
                            f"https://www.example.org/practices/{slug}/{kind}/",
                            position,
                            practice_id,
                        )
                    )
                status, published, created, updated = self.publication(rng, index)
                yield (
                    practice_id,
                    status,
                    published,
                    created,
                    updated,
                    *in_columns(titles),
                    slug,
                    *in_columns(joined(summary)),
                    *in_columns(
                        paragraphs([filled(rng.choice(PROBLEMS), slots), rng.choice(CONTEXTS)])
                    ),
                    *in_columns(paragraphs(*solutions)),
                    *in_columns(paragraphs([filled(rng.choice(RESULTS), slots)])),
                    *in_columns(paragraphs([filled(rng.choice(RESOURCES), slots)])),
                    *in_columns(paragraphs([rng.choice(TRANSFERS)])),
                    year_start,
                    year_end,
                    "",
                    *in_columns(("", "", "")),
                    self.city_ids[city],
                )

        columns = columns_of(
            GoodPractice, *PUBLICATION_COLUMNS, "title", "slug", "summary", "problem", "solution",
            "results", "resources", "transferability", "year_start", "year_end", "cover_image",
            "cover_image_alt", "city",
        )  # fmt: skip
        with self.progress(total=n, desc="good practices") as bar:
            self.counts[GoodPractice] = self.copy(
                cursor, GoodPractice._meta.db_table, columns, rows(), bar
            )
            for field_name, pairs in relations.items():
                self.copy_relation(cursor, GoodPractice, field_name, pairs)
            self.counts[PracticeLink] = self.copy(
                cursor,
                PracticeLink._meta.db_table,
                columns_of(PracticeLink, "title", "url", "position", "practice"),
                links,
            )

    # Events.

    def load_events(self, cursor):
        n = self.sizes.events
        rng = self.random("events")
        slugs = Slugs()
        first_id = self.reserve_ids(cursor, Event, n)
        kinds = list(EVENT_KIND_WEIGHTS)
        weights = list(EVENT_KIND_WEIGHTS.values())
        relations = {"organisations": [], "practices": []}
        earliest = datetime.date(2008, 1, 1).toordinal()
        latest = datetime.date(2027, 12, 31).toordinal()

        def rows():
            for index in range(n):
                event_id = first_id + index
                kind = rng.choices(kinds, weights)[0]
                (fewest, most), (shortest, longest) = EVENT_SHAPES[kind]
                project = None
                if self.sizes.projects and rng.random() < 0.7:
                    # Most events belong to a project: in a partner's town, during the project.
                    project = rng.randrange(self.sizes.projects)
                    city = rng.choice(self.project_cities[project])
                    start, end = self.project_dates[project]
                    start = datetime.date.fromordinal(
                        rng.randint(start.toordinal(), end.toordinal())
                    )
                    in_project = self.project_organisations[project]
                    organisations = rng.sample(in_project, min(len(in_project), rng.randint(1, 3)))
                else:
                    city = rng.randrange(self.sizes.cities)
                    start = datetime.date.fromordinal(rng.randint(earliest, latest))
                    organisations = self.pick_organisations(rng, city, 1, 3)
                end = start + datetime.timedelta(days=rng.randint(shortest, longest))
                city_name = self.city_names[city]
                objects = rng.choice(THEME_OBJECTS[self.pick_themes(rng, 1, 1)[0].slug])
                titles = [
                    f"{label}: {thing} – {city_name}"
                    for label, thing in zip(EVENT_TITLES[kind], objects, strict=True)
                ]
                slots = [
                    {"object": thing, "Object": capitalised(thing), "city": city_name}
                    for thing in objects
                ]
                summary = [filled(rng.choice(EVENT_SUMMARIES), slots)]
                if index % RARE_EVERY == 0:
                    summary.append(RARE_SENTENCE)
                agenda = [filled(entry, slots) for entry in EVENT_AGENDA]
                del agenda[rng.randrange(1, len(agenda) - 1)]
                report = ("", "", "")
                if start < REPORTS_FROM_BEFORE:
                    report = paragraphs([rng.choice(EVENT_REPORTS)])
                visitors_from = None
                if kind in (EventKind.STUDY_VISIT, EventKind.INTERNSHIP):
                    visitors_from = self.country_ids["CZ" if self.city_in_poland[city] else "PL"]
                relations["organisations"].extend(
                    (event_id, self.organisation_ids[o]) for o in organisations
                )
                if self.sizes.practices:
                    chosen = {
                        rng.randrange(self.sizes.practices)
                        for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))
                    }
                    relations["practices"].extend(
                        (event_id, self.practice_ids[p]) for p in sorted(chosen)
                    )
                status, published, created, updated = self.publication(rng, index)
                yield (
                    event_id,
                    status,
                    published,
                    created,
                    updated,
                    kind,
                    *in_columns(titles),
                    slugs.unique(f"{EVENT_TITLES[kind][2]} {self.city_slugs[city]} {start}"),
                    start,
                    end,
                    *in_columns(filled(rng.choice(EVENT_VENUES), slots)),
                    rng.randint(fewest, most),
                    *in_columns(joined(summary)),
                    *in_columns(bullet_list(agenda)),
                    *in_columns(report),
                    self.city_ids[city],
                    None if project is None else self.project_ids[project],
                    visitors_from,
                    # Whole days, and no applications: COPY fills no column by its model default.
                    None,
                    None,
                    False,
                    *in_columns(("", "", "")),
                    None,
                    None,
                    [],
                    Allocation.ARRIVAL,
                )

        columns = columns_of(
            Event, *PUBLICATION_COLUMNS, "kind", "title", "slug", "start_date", "end_date", "venue",
            "participants", "summary", "agenda", "report", "city", "project", "visitors_from",
            "start_time", "end_time", "takes_applications", "who_may_apply", "places",
            "application_deadline", "languages", "allocation",
        )  # fmt: skip
        with self.progress(total=n, desc="events") as bar:
            self.counts[Event] = self.copy(cursor, Event._meta.db_table, columns, rows(), bar)
            for field_name, pairs in relations.items():
                self.copy_relation(cursor, Event, field_name, pairs)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month `months` after `day`'s month (`day` is a first of a month)."""
    month = day.month - 1 + months
    return datetime.date(day.year + month // 12, month % 12 + 1, 1)


def title_of(thing, city, qualifier, shape):
    """A practice's title in one of three shapes: with its town, its qualifier, or both."""
    if shape == 0:
        return f"{capitalised(thing)} – {city}"
    if shape == 1:
        return f"{capitalised(thing)}: {qualifier}"
    return f"{capitalised(thing)} – {city}: {qualifier}"


def polish_town(rng):
    """A name like Dąbrowice, Klonów Śląski or Lipnowo Górne."""
    ending, gender = rng.choice(POLISH_ENDINGS)
    name = rng.choice(POLISH_STEMS) + ending
    if rng.random() < 0.3:
        name += " " + rng.choice(POLISH_QUALIFIERS[gender])
    return name


def czech_town(rng):
    """A name like Bukovany, Horní Lhotka or Dubec nad Odrou."""
    name = rng.choice(CZECH_STEMS) + rng.choice(CZECH_ENDINGS)
    draw = rng.random()
    if draw < 0.15:
        name = f"{rng.choice(CZECH_PREFIXES)} {name}"
    elif draw < 0.25:
        name = f"{name} {rng.choice(CZECH_SUFFIXES)}"
    return name
