"""Pages of lists: a page's rows are found by their keys first (a deferred join), and are the
rows a plain LIMIT and OFFSET over the whole rows gives."""

import datetime

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.pagination import DeferredJoinPaginator
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from tests.factories import GoodPracticeFactory, NewsItemFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bridges():
    """Eleven practices that all match "bridge", ranked and dated unevenly, some at one time."""
    theme = ThemeFactory(slug="mobility")
    published = timezone.now()
    for number in range(11):
        practice = GoodPracticeFactory(
            slug=f"bridge-{number:02}",
            title=["Bridge", "Bridge over the Oder", "Footbridge"][number % 3],
            summary="A bridge for walkers and cyclists." if number % 2 else "Walkers.",
        )
        # Five share a publication time: the order between them comes from their keys.
        GoodPractice.objects.filter(pk=practice.pk).update(
            published_at=published - datetime.timedelta(hours=max(number, 4))
        )
        practice.themes.add(theme)


@pytest.mark.parametrize("sort", ["newest", "title", "relevance"])
def test_each_page_holds_the_rows_of_a_plain_offset(bridges, sort):
    practices = PracticeFilter(
        {"q": "bridge", "theme": "mobility", "sort": sort},
        queryset=GoodPractice.objects.published().select_related("city"),
    ).qs

    pages = [
        [practice.slug for practice in DeferredJoinPaginator(practices, 4).page(number)]
        for number in (1, 2, 3)
    ]

    assert pages == [
        [practice.slug for practice in Paginator(practices, 4).page(number)] for number in (1, 2, 3)
    ]
    assert sorted(slug for page in pages for slug in page) == [
        f"bridge-{number:02}" for number in range(11)
    ]


@pytest.mark.parametrize(
    ("address", "make_rows", "table", "per_page"),
    [
        ("practices:list", GoodPracticeFactory.create_batch, "practices_goodpractice", 12),
        ("news:list", NewsItemFactory.create_batch, "portal_newsitem", 10),
    ],
)
def test_a_late_page_orders_and_skips_keys_not_whole_rows(
    client, address, make_rows, table, per_page
):
    make_rows(per_page + 2)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(address), {"page": 2})

    assert len(response.context["page_obj"]) == 2
    [page_query] = [query["sql"] for query in captured if f"OFFSET {per_page}" in query["sql"]]
    keys_start = page_query.index(f'"{table}"."id" IN (SELECT U0."id" AS "pk" FROM "{table}" U0')
    # The OFFSET is the keys' subquery's; the page's whole rows are only ordered.
    assert (
        keys_start < page_query.index(f"LIMIT 2 OFFSET {per_page})") < page_query.rindex("ORDER BY")
    )
