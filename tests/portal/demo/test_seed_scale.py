import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.core.validators import slug_re
from django.db import DatabaseError, connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator

from events.models import TRAVELLING_KINDS, Event
from portal.contacts.models import ContactPerson
from portal.db.rich_text import RichTextField, rich_text_html
from portal.db.search_indexes import in_every_language, matching
from portal.demo.data.scale_words import COMMON_THEME
from portal.demo.scale import (
    COMMON_THEME_SHARE,
    COMMON_WORDS,
    CONTENT_MODELS,
    DRAFT_EVERY,
    RARE_EVERY,
    RARE_WORD,
    REPORTS_FROM_BEFORE,
    ScaleSeeder,
    content_tables,
    referencing_tables,
)
from portal.models import City, Country, PublicationStatus, Theme
from portal.operations.caching import CHANGE_LOG, EVERYTHING
from practices.models import GoodPractice, PracticeLink
from projects.models import Organisation, PartnerRole, Partnership, Programme, Project
from tests.support.factories import GoodPracticeFactory, UserFactory

SIZES = {"practices": 30, "projects": 12, "organisations": 40, "events": 25, "cities": 8}
SEEDED_MODELS = [City, Organisation, Project, Partnership, GoodPractice, PracticeLink, Event]
# Texts seeded empty: covers have no pictures, and seeded events take no applications.
EMPTY_TEXTS = {"cover_image_alt", "who_may_apply"}


def seed_scale(*args, **options):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("seed_scale", *args, **{**SIZES, **options}, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def seeded(db):
    return seed_scale(seed=7)


# What names a related row that has no slug.
NATURAL_KEYS = {Country: "code", ContactPerson: "email"}


def natural_key(model):
    return NATURAL_KEYS.get(model, "slug")


def snapshot():
    """Every seeded row as plain values, with related rows named by slug instead of by id."""
    rows = {}
    for model in CONTENT_MODELS:
        columns = []
        for field in model._meta.concrete_fields:
            if field.primary_key:
                continue
            if field.is_relation:
                columns.append(f"{field.name}__{natural_key(field.related_model)}")
            else:
                columns.append(field.attname)
        rows[model] = sorted(model.objects.values_list(*columns), key=repr)
        for field in model._meta.local_many_to_many:
            related = f"{field.name}__{natural_key(field.related_model)}"
            rows[field.name, model] = sorted(
                model.objects.filter(**{f"{related}__isnull": False}).values_list("slug", related)
            )
    return rows


def secondary_structures():
    """Every index and constraint of the seeded tables, as PostgreSQL defines them."""
    tables = [model._meta.db_table for model in SEEDED_MODELS]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT pg_get_indexdef(indexrelid) FROM pg_index
            WHERE indrelid = ANY(%s::regclass[])
            UNION ALL
            SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = ANY(%s::regclass[])
            """,
            [tables, tables],
        )
        return sorted(row[0] for row in cursor.fetchall())


def test_it_writes_exactly_the_sizes_asked_for(seeded):
    counts = {
        model: model.objects.count() for model in (City, Organisation, Project, GoodPractice, Event)
    }

    assert counts == {City: 8, Organisation: 40, Project: 12, GoodPractice: 30, Event: 25}
    assert (Country.objects.count(), Theme.objects.count(), Programme.objects.count()) == (
        12,
        19,
        8,
    )


def test_it_reports_the_rows_and_the_words_for_a_benchmark(seeded):
    stdout, stderr = seeded

    assert "  practices_goodpractice: 30\n" in stdout
    assert f"  projects_partnership: {Partnership.objects.count():,}\n" in stdout
    assert "Common word: 'mobility' (pl 'mobilność', cs 'mobilita')" in stdout
    assert "Rare word: 'Sluňákov'" in stdout
    for stage, total in (("cities", 8), ("organisations", 40), ("good practices", 30)):
        assert re.search(rf"{stage}: 100%.*\b{total}/{total}\b", stderr)


def test_every_practice_has_a_city_themes_organisations_and_at_most_two_projects(seeded):
    practices = GoodPractice.objects.all()

    assert {p.themes.count() for p in practices} <= {1, 2, 3, 4}
    assert {p.organisations.count() for p in practices} <= {1, 2, 3}
    assert {p.projects.count() for p in practices} <= {0, 1, 2}
    assert practices.filter(projects__isnull=False).exists()
    assert not practices.filter(city__isnull=True).exists()
    assert {p.year_start for p in practices} <= set(range(1998, 2026))
    assert all(p.year_end is None or p.year_start <= p.year_end <= 2026 for p in practices)


def test_every_project_has_two_to_six_partners_from_both_countries_and_one_lead(seeded):
    for project in Project.objects.prefetch_related("partnerships__organisation__city"):
        partnerships = list(project.partnerships.all())
        countries = {p.organisation.city.country_id for p in partnerships}
        assert 2 <= len(partnerships) <= 6
        assert [p.role for p in partnerships].count(PartnerRole.LEAD) == 1
        assert len(countries) == 2
        assert set(project.cities.all()) == {p.organisation.city for p in partnerships}
        assert 1 <= project.themes.count() <= 3
        assert project.programme_id is not None
        assert project.eu_cofinancing <= project.total_budget


def test_events_of_every_kind_sit_in_cities_and_their_projects(seeded):
    for event in Event.objects.select_related("city", "project"):
        assert 1 <= event.organisations.count() <= 3
        assert event.start_date <= event.end_date
        if event.kind in TRAVELLING_KINDS:
            assert event.visitors_from is not None
            assert event.visitors_from != event.city.country
        else:
            assert event.visitors_from is None
        if event.project:
            assert event.project.start_date <= event.start_date <= event.project.end_date
            assert event.city in event.project.cities.all()
            assert set(event.organisations.all()) <= set(event.project.partners.all())
    assert Event.objects.filter(project__isnull=False).exists()
    assert Event.objects.filter(practices__isnull=False).exists()


def test_every_language_column_is_filled(seeded):
    for model in SEEDED_MODELS:
        if model not in translator.get_registered_models():
            continue
        for field in set(translator.get_options_for_model(model).fields) - {"report"}:
            rows = model.objects.values_list(*in_every_language(field))
            filled = {all(row) for row in rows}
            assert filled == ({False} if field in EMPTY_TEXTS else {True}), (model, field)
    reports = Event.objects.values_list("start_date", *in_every_language("report"))
    # Past events have a report in every language, coming ones in none.
    assert {(start < REPORTS_FROM_BEFORE, any(texts), all(texts)) for start, *texts in reports} == {
        (True, True, True),
        (False, False, False),
    }


def test_the_original_columns_hold_the_polish_text_as_modeltranslation_keeps_them(seeded):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM practices_goodpractice "
            "WHERE title = title_pl AND solution = solution_pl AND summary = summary_pl"
        )
        practices = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM portal_city WHERE name = name_pl")
        cities = cursor.fetchone()[0]

    assert (practices, cities) == (30, 8)


def test_slugs_are_unique_and_valid(seeded):
    for model in (City, Organisation, Project, GoodPractice, Event):
        slugs = list(model.objects.values_list("slug", flat=True))
        assert len(set(slugs)) == len(slugs)
        assert all(slug_re.fullmatch(slug) for slug in slugs), model


def test_every_twentieth_row_is_a_draft_and_the_rest_published(seeded):
    for model, size in (
        (Organisation, 40),
        (Project, 12),
        (GoodPractice, 30),
        (Event, 25),
    ):
        drafts = model.objects.filter(status=PublicationStatus.DRAFT)
        assert drafts.count() == size // DRAFT_EVERY
        assert not drafts.filter(published_at__isnull=False).exists()
        assert model.objects.published().count() == size - size // DRAFT_EVERY
        assert not model.objects.published().filter(published_at__isnull=True).exists()


def test_the_same_seed_gives_the_same_content_and_another_seed_other_content(seeded):
    first = snapshot()

    seed_scale("--replace", seed=7)
    again = snapshot()
    seed_scale("--replace", seed=8)

    assert again == first
    assert snapshot()[GoodPractice] != first[GoodPractice]


def test_it_refuses_a_database_with_content_and_says_what_to_do(db):
    practice = GoodPracticeFactory()

    with pytest.raises(CommandError, match=r"already has content: .*--replace"):
        seed_scale()

    assert list(GoodPractice.objects.all()) == [practice]


def test_replace_deletes_the_content_but_keeps_users(db):
    old = GoodPracticeFactory()
    user = UserFactory()
    # The practice, its city and the city's country.
    rows = sum(model.objects.count() for model in CONTENT_MODELS)

    stdout, _ = seed_scale("--replace")

    assert not GoodPractice.objects.filter(pk=old.pk).exists()
    assert GoodPractice.objects.count() == 30
    assert type(user).objects.filter(pk=user.pk).exists()
    assert f"Deleted {rows} rows of earlier content." in stdout


def test_impossible_sizes_are_refused_with_what_to_change():
    with pytest.raises(CommandError, match="--organisations must be at least 2"):
        seed_scale(organisations=1)


def test_seeding_writes_no_history(seeded):
    assert GoodPractice.history.count() == 0
    assert Project.history.count() == 0


def test_every_index_and_constraint_is_back_after_seeding(db):
    before = secondary_structures()

    seed_scale()

    assert secondary_structures() == before


def test_a_failure_rolls_everything_back_indexes_included(db, monkeypatch):
    before = secondary_structures()
    practice = GoodPracticeFactory()

    def fail(self, cursor):
        raise RuntimeError("stop")

    monkeypatch.setattr(ScaleSeeder, "load_events", fail)
    with pytest.raises(RuntimeError):
        seed_scale("--replace")

    assert list(GoodPractice.objects.all()) == [practice]
    assert secondary_structures() == before


def test_stored_rich_text_is_what_the_sanitiser_keeps(seeded):
    checked = 0
    for model in CONTENT_MODELS:
        columns = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, RichTextField)
        ]
        for row in model.objects.values_list(*columns) if columns else ():
            for value in row:
                assert rich_text_html(value) == value
                checked += 1
    assert checked > 1000


def test_common_word_is_in_every_text_about_its_theme_and_the_rare_word_in_one_in_a_thousand(
    seeded,
):
    with_theme = set(GoodPractice.objects.filter(themes__slug=COMMON_THEME).values_list("pk"))
    for language, word in COMMON_WORDS.items():
        having = GoodPractice.objects.filter(**{f"summary_{language}__contains": word})
        assert set(having.values_list("pk")) == with_theme
    assert 0 < len(with_theme) < 30
    assert COMMON_THEME_SHARE == 0.3
    assert {pk for (pk,) in matching(GoodPractice.objects.all(), "mobility").values_list("pk")} == {
        pk for (pk,) in with_theme
    }
    for model, size in ((GoodPractice, 30), (Project, 12), (Event, 25), (Organisation, 40)):
        column = "description_en" if model is Organisation else "summary_en"
        rare = model.objects.filter(**{f"{column}__contains": RARE_WORD})
        assert rare.count() == -(-size // RARE_EVERY)
    assert matching(GoodPractice.objects.all(), RARE_WORD).count() == 1
    assert matching(GoodPractice.objects.all(), "slunakov").count() == 1


def test_the_seed_makes_cached_pages_stale(db, django_capture_on_commit_callbacks):
    def everything_changed():
        """How many times the change log says every page changed."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {CHANGE_LOG} WHERE tag = %s", [EVERYTHING])
            return cursor.fetchone()[0]

    before = everything_changed()
    with django_capture_on_commit_callbacks(execute=True):
        seed_scale()

    assert everything_changed() == before + 1


def test_the_practice_list_and_a_practice_show_seeded_content(seeded):
    published = GoodPractice.objects.published()
    first = published.order_by("-year_start", "slug").first()
    client = Client()

    with translation.override("en"):
        listing = client.get(reverse("practices:list"))
        detail = client.get(first.get_absolute_url())

    assert listing.status_code == 200
    assert first.title_en in listing.content.decode()
    assert detail.status_code == 200
    page = detail.content.decode()
    assert first.title_en in page
    assert first.solution_en in page
    for theme in first.themes.all():
        assert theme.name_en in page


@pytest.fixture
def committed_seed(db_without_transaction, django_db_blocker):
    """seed_scale run outside a transaction, as operators run it; the content goes after.

    Yields the seeded tables' indexes and constraints from before the run.
    """
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            tables = referencing_tables(cursor, content_tables())
            # Statistics of an earlier run would survive TRUNCATE: start without any.
            cursor.execute(
                "DELETE FROM pg_statistic WHERE starelid = ANY(%s::regclass[])", [tables]
            )
        structures = secondary_structures()
        try:
            seed_scale()
            yield structures
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"TRUNCATE {', '.join(tables)}")


def test_outside_a_transaction_the_content_is_committed_indexed_and_analysed(committed_seed):
    seeded_tables = [model._meta.db_table for model in SEEDED_MODELS]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT tablename FROM pg_stats WHERE tablename = ANY(%s)", [seeded_tables]
        )
        analysed = {row[0] for row in cursor.fetchall()}

    assert not connection.in_atomic_block
    assert analysed == set(seeded_tables)
    assert secondary_structures() == committed_seed
    assert GoodPractice.objects.count() == 30


def test_a_run_builds_a_search_index_that_a_run_cut_short_left_missing(db):
    before = secondary_structures()
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX practices_goodpractice_search")

    seed_scale()

    assert secondary_structures() == before


def test_a_failed_index_build_says_the_content_is_in_and_what_to_do(db, monkeypatch):
    def fail(self):
        raise DatabaseError("could not extend file: No space left on device")

    monkeypatch.setattr(ScaleSeeder, "finish", fail)
    with pytest.raises(CommandError, match=r"content is in, .* No space left .* --replace again"):
        seed_scale()

    assert GoodPractice.objects.count() == 30
