"""Pages of lists: a page's rows are found by their keys first (a deferred join), and are the
rows a plain LIMIT and OFFSET over the whole rows gives."""

import datetime

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.content.pagination import DeferredJoinPaginator
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from tests.support.factories import GoodPracticeFactory, NewsItemFactory, ThemeFactory

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


def render_pagination(path, number_of_pages, page_number):
    request = RequestFactory().get(path)
    paginator = Paginator(range(number_of_pages * 10), 10)
    return render_to_string(
        "includes/pagination.html", {"page_obj": paginator.page(page_number)}, request=request
    )


def test_pagination_keeps_other_query_parameters_and_drops_page_one(client):
    for _ in range(25):
        NewsItemFactory()

    html = client.get(reverse("news:list"), {"theme": "mobility", "page": 2}).content.decode()

    assert '<a href="/en/news/?theme=mobility" rel="prev">Previous page</a>' in html
    assert '<a href="/en/news/?theme=mobility&amp;page=3" rel="next">Next page</a>' in html
    assert (
        '<a href="/en/news/?theme=mobility&amp;page=2" aria-label="Page 2" aria-current="page">'
        "2</a>"
    ) in html


def test_pagination_elides_distant_pages_and_marks_the_current_one():
    html = render_pagination("/en/events/?kind=internship&page=15", 30, 15)

    links = [line.strip() for line in html.splitlines() if line.strip().startswith("<li")]
    assert links == [
        '<li><a href="/en/events/?kind=internship&amp;page=14" rel="prev">Previous page</a></li>',
        '<li><a href="/en/events/?kind=internship" aria-label="Page 1">1</a></li>',
        "<li>…</li>",
        '<li><a href="/en/events/?kind=internship&amp;page=13" aria-label="Page 13">13</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=14" aria-label="Page 14">14</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=15" aria-label="Page 15" '
        'aria-current="page">15</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=16" aria-label="Page 16">16</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=17" aria-label="Page 17">17</a></li>',
        "<li>…</li>",
        '<li><a href="/en/events/?kind=internship&amp;page=30" aria-label="Page 30">30</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=16" rel="next">Next page</a></li>',
    ]
    assert '<nav class="pagination" aria-label="Pagination">' in html


def test_pagination_is_left_out_when_everything_fits_on_one_page():
    assert render_pagination("/en/news/", 1, 1).strip() == ""
