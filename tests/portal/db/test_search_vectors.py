"""The stored search documents: what PostgreSQL keeps in them, and the migration adding them."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F
from django.utils import translation

from events.models import Event
from portal.db.search_indexes import SEARCH_VECTOR_FIELD
from portal.sitewide.search import search_site
from practices.models import GoodPractice
from projects.models import Organisation, Project
from tests.support.factories import (
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

SEARCHABLE = [GoodPractice, Project, Organisation, Event]
BEFORE_SEARCH_VECTORS = [
    ("practices", "0004_rich_text_html"),
    ("projects", "0004_rich_text_html"),
    ("events", "0004_rich_text_html"),
]


def some_of_each():
    return [
        GoodPracticeFactory(
            title_cs="Přestupní uzel Šumperk",
            title_en="",
            summary_pl="Wspólny bilet",
            solution_en="<p>Shared <strong>timetables</strong></p>",
        ),
        ProjectFactory(acronym="TRAM-CZPL", description_cs="<p>Tramvaj do Přerova</p>"),
        OrganisationFactory(name_pl="Urząd Miasta Opola", description_en=""),
        EventFactory(title_en="Study visit: Ołomuniec", venue_cs="Radnice", report_pl=None),
    ]


def stored_and_computed(model):
    """(stored, computed now) of each row's search document, as PostgreSQL writes them."""
    expression = model._meta.get_field(SEARCH_VECTOR_FIELD).expression
    return list(
        model.objects.annotate(document_now=expression)
        .order_by("pk")
        .values_list(F(SEARCH_VECTOR_FIELD), "document_now")
    )


def found(query):
    with translation.override("en"):
        return [result.url for result in search_site(query=query, language="en")]


@pytest.mark.parametrize("model", SEARCHABLE)
def test_the_stored_document_is_what_its_expression_gives(model):
    some_of_each()

    rows = stored_and_computed(model)

    assert [stored for stored, _ in rows] == [computed for _, computed in rows]
    assert all(stored for stored, _ in rows)


def test_the_stored_document_follows_an_update_that_sends_no_signal():
    practice = GoodPracticeFactory(title_en="Transfer hub")

    GoodPractice.objects.filter(pk=practice.pk).update(results_cs="<p>Cestující z Krnova</p>")

    with translation.override("en"):
        assert found("krnova") == [practice.get_absolute_url()]


@pytest.mark.slow
def test_the_migration_fills_the_columns_of_rows_that_existed_before_it():
    content = some_of_each()
    with connection.cursor() as cursor:
        # ALTER TABLE refuses to run while checks of rows written in this transaction wait.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    # Portal's later migrations (the cities' search names among them) go back and forth too.
    latest = [
        (app, executor.loader.graph.leaf_nodes(app)[0][1])
        for app in [*(app for app, _ in BEFORE_SEARCH_VECTORS), "portal"]
    ]
    executor.migrate(BEFORE_SEARCH_VECTORS)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_name = 'practices_goodpractice' AND column_name = %s",
            [SEARCH_VECTOR_FIELD],
        )
        assert cursor.fetchone() == (0,)

    MigrationExecutor(connection).migrate(latest)

    for model in SEARCHABLE:
        rows = stored_and_computed(model)
        assert [stored for stored, _ in rows] == [computed for _, computed in rows]
        assert all(stored for stored, _ in rows)
    with translation.override("en"):
        assert found("sumperk") == [content[0].get_absolute_url()]
        assert found("tram-czpl") == [content[1].get_absolute_url()]
        assert found("opola") == [content[2].get_absolute_url()]
        assert found("olomuniec") == [content[3].get_absolute_url()]
