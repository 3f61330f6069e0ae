"""Each list's page query, in each order and language, can be read off a partial index."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.support.factories import (
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

LISTS = {
    "practices:list": ("practices_goodpractice", GoodPracticeFactory),
    "projects:list": ("projects_project", ProjectFactory),
    "partners:list": ("projects_organisation", OrganisationFactory),
    "events:list": ("events_event", EventFactory),
}


def page_query_plan(client, address, table):
    """The plan of the query that reads the list's page, with sequential scans and sorts off.

    On a few rows the planner's costs hardly differ, and it may sort a handful of rows read
    through another index; turning sorts off asks whether an index gives the order, as one must
    at scale (bench/plans.py checks the plans at the default scale).
    """
    with (
        override_settings(PAGE_CACHE_SECONDS=0),
        CaptureQueriesContext(connection) as captured,
    ):
        assert client.get(address).status_code == 200
    page_query = next(
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith(f'SELECT "{table}"."id"') and "LIMIT" in query["sql"]
    )
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {page_query}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_seqscan = on")
        cursor.execute("SET LOCAL enable_sort = on")
    return plan


@pytest.mark.parametrize("url_name", LISTS)
def test_the_newest_first_page_reads_the_newest_index(client, url_name):
    table, factory = LISTS[url_name]
    factory.create_batch(3)

    plan = page_query_plan(client, reverse(url_name), table)

    assert f"Index Scan using {table}_newest on {table}" in plan
    assert "Sort" not in plan


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
@pytest.mark.parametrize("url_name", LISTS)
def test_the_title_order_reads_the_index_of_the_language(client, url_name, language):
    table, factory = LISTS[url_name]
    factory.create_batch(3)
    with translation.override(language):
        address = reverse(url_name) + "?sort=title"

    plan = page_query_plan(client, address, table)

    assert f"Index Scan using {table}_sort_{language} on {table}" in plan
    assert "Sort" not in plan
