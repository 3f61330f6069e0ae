"""Facets at scale (portal/content/filtering.py): facets of many values offer their most
frequent values, and the counts of a combination of filters are kept until content changes."""

import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from portal.content import filtering
from portal.content.services import publishable_unpublish
from portal.models import PublicationStatus
from practices.models import GoodPractice
from tests.support import ROOT
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    ProjectFactory,
    ThemeFactory,
)
from tests.support.server import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def top_three(monkeypatch):
    """Facets of many values offer 3 values."""
    monkeypatch.setattr(filtering, "TOP_VALUES", 3)


@pytest.fixture
def cities(top_three):
    """Five cities with 5, 4, 3, 3 and 1 published practices, and a draft in the last."""
    country = CountryFactory(code="PL")
    made = {}
    for slug, count in [("opole", 5), ("brzeg", 4), ("nysa", 3), ("krapkowice", 3), ("prudnik", 1)]:
        made[slug] = CityFactory(slug=slug, name=slug.capitalize(), country=country)
        GoodPracticeFactory.create_batch(count, city=made[slug])
    GoodPracticeFactory(city=made["prudnik"], status=PublicationStatus.DRAFT)
    return made


def facet(response, name):
    return next(facet for facet in response.context["facets"] if facet["name"] == name)


def offered(response, name):
    return [
        (o["value"], o["label"], o["count"], o["selected"])
        for o in facet(response, name)["options"]
    ]


def visit(client, address, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, params)
    assert response.status_code == 200
    return response, len(queries)


def test_a_facet_of_many_values_offers_the_most_frequent_ones_and_says_where_the_others_are(
    client, cities
):
    response = client.get(reverse("practices:list"))

    # Nysa and Krapkowice both give 3: the tie goes by slug. Those offered come by name.
    assert offered(response, "city") == [
        ("brzeg", "Brzeg [en]", 4, False),
        ("krapkowice", "Krapkowice [en]", 3, False),
        ("opole", "Opole [en]", 5, False),
    ]
    assert facet(response, "city")["more"] is True
    html = response.content.decode()
    assert '<select name="city" id="filter-city" aria-describedby="filter-city-more">' in html
    assert (
        '<p class="field-hint" id="filter-city-more">Only the 3 with the most results are '
        'offered. <a href="/en/cities/">All cities</a></p>'
    ) in html


def test_a_facet_with_no_more_values_than_it_offers_says_nothing_more(client, top_three):
    GoodPracticeFactory(city=CityFactory(slug="opole", name="Opole"))

    response = client.get(reverse("practices:list"))

    assert offered(response, "city") == [("opole", "Opole [en]", 1, False)]
    assert facet(response, "city")["more"] is False
    assert "field-hint" not in response.content.decode()


def test_the_chosen_value_is_offered_in_its_place_even_when_not_among_the_most_frequent(
    client, cities
):
    response = client.get(reverse("practices:list"), {"city": "prudnik"})

    assert offered(response, "city") == [
        ("brzeg", "Brzeg [en]", 4, False),
        ("krapkowice", "Krapkowice [en]", 3, False),
        ("opole", "Opole [en]", 5, False),
        ("prudnik", "Prudnik [en]", 1, True),
    ]
    assert '<option value="prudnik" selected>Prudnik [en] (1)</option>' in response.content.decode()
    assert [(a["label"], a["value"]) for a in response.context["active_filters"]] == [
        ("City", "Prudnik [en]")
    ]


def test_the_chosen_value_is_offered_even_when_other_filters_leave_it_nothing(client, cities):
    theme = ThemeFactory(slug="mobility")
    cities["opole"].practices.first().themes.add(theme)

    response = client.get(reverse("practices:list"), {"city": "nysa", "theme": "mobility"})

    assert offered(response, "city") == [
        ("nysa", "Nysa [en]", 0, True),
        ("opole", "Opole [en]", 1, False),
    ]
    assert response.context["paginator"].count == 0


def test_an_unknown_or_unpublished_value_of_a_facet_of_many_values_is_reported_and_ignored(
    client, cities
):
    draft = ProjectFactory(slug="draft-project", status=PublicationStatus.DRAFT)
    cities["opole"].practices.first().projects.add(draft)

    response = client.get(
        reverse("practices:list"), {"project": "draft-project", "city": "atlantis"}
    )

    assert response.context["paginator"].count == 16
    assert response.context["filter_errors"] == [
        "Project: Select a valid choice. draft-project is not one of the available choices. "
        "The filter was ignored.",
        "City: Select a valid choice. atlantis is not one of the available choices. "
        "The filter was ignored.",
    ]
    assert offered(response, "project") == []


def test_a_city_without_published_content_of_the_list_is_not_offered(client, cities):
    empty = CityFactory(slug="empty")
    GoodPracticeFactory(city=empty, status=PublicationStatus.DRAFT)

    response = client.get(reverse("practices:list"), {"city": "empty"})

    assert response.context["filter_errors"] == [
        "City: Select a valid choice. empty is not one of the available choices. "
        "The filter was ignored."
    ]


def test_counts_are_made_again_for_each_request_when_the_cache_is_off(client, cities):
    _first, first_queries = visit(client, reverse("practices:list"))
    _again, again_queries = visit(client, reverse("practices:list"))

    # The countries, programmes and themes; the number of results and every count; the names of
    # the most frequent cities (no project or organisation has practices: no query); the page,
    # the footer.
    assert (first_queries, again_queries) == (7, 7)


def test_counts_are_kept_for_other_pages_orders_and_languages_of_the_same_filters(
    client, cities, counts_kept
):
    GoodPracticeFactory.create_batch(10, city=cities["opole"])

    first, first_queries = visit(client, reverse("practices:list"), city="opole")
    # The generation, the city looked up, the countries, programmes and themes; the number of
    # results and every count; the names of the most frequent cities; the page, the footer.
    assert first_queries == 9
    with translation.override("cs"):
        again, again_queries = visit(
            client, reverse("practices:list"), city="opole", page=2, sort="title"
        )

    # The city looked up, the countries, programmes and themes, the page, the footer.
    assert again_queries == 6
    assert again.context["paginator"].count == first.context["paginator"].count == 15
    assert again.context["page_obj"].number == 2
    assert offered(again, "city") == [
        ("brzeg", "Brzeg [cs]", 4, False),
        ("krapkowice", "Krapkowice [cs]", 3, False),
        ("nysa", "Nysa [cs]", 3, False),
        ("opole", "Opole [cs]", 15, True),
    ]
    _other, other_queries = visit(client, reverse("practices:list"), city="brzeg")
    # Other filters: counted, with the generation read already.
    assert other_queries == 8


def practice_list_counts(client):
    response = client.get(reverse("practices:list"))
    return response.context["paginator"].count, offered(response, "city")


def test_counts_change_once_a_publication_is_committed_and_not_before(
    client, cities, counts_kept, django_capture_on_commit_callbacks
):
    prudnik = GoodPractice.objects.get(city=cities["prudnik"], status=PublicationStatus.DRAFT)
    before = practice_list_counts(client)

    with django_capture_on_commit_callbacks() as on_commit:
        prudnik.status = PublicationStatus.PUBLISHED
        prudnik.save()
    assert practice_list_counts(client) == before
    for callback in on_commit:
        callback()

    count, city = practice_list_counts(client)
    assert count == 17
    assert city == [
        ("brzeg", "Brzeg [en]", 4, False),
        ("krapkowice", "Krapkowice [en]", 3, False),
        ("opole", "Opole [en]", 5, False),
    ]
    assert (
        facet(client.get(reverse("practices:list"), {"city": "prudnik"}), "city")["options"][-1][
            "count"
        ]
        == 2
    )


def test_counts_change_when_practices_are_unpublished(
    client, editor, cities, counts_kept, django_capture_on_commit_callbacks
):
    practice_list_counts(client)

    with django_capture_on_commit_callbacks(execute=True):
        publishable_unpublish(queryset=GoodPractice.objects.filter(city=cities["opole"]), by=editor)

    assert practice_list_counts(client) == (
        11,
        [
            ("brzeg", "Brzeg [en]", 4, False),
            ("krapkowice", "Krapkowice [en]", 3, False),
            ("nysa", "Nysa [en]", 3, False),
        ],
    )


def test_counts_and_names_change_when_a_related_row_is_edited(
    client, cities, counts_kept, django_capture_on_commit_callbacks
):
    theme = ThemeFactory(slug="mobility")
    practice_list_counts(client)

    with django_capture_on_commit_callbacks(execute=True):
        cities["brzeg"].practices.first().themes.add(theme)
        cities["brzeg"].name_en = "Brieg"
        cities["brzeg"].save()

    response = client.get(reverse("practices:list"))
    assert [(o["value"], o["count"]) for o in facet(response, "theme")["options"]] == [
        ("mobility", 1)
    ]
    assert offered(response, "city")[0] == ("brzeg", "Brieg", 4, False)


def test_a_practice_reached_through_two_projects_of_a_programme_counts_once(client):
    programme_project, other_project = ProjectFactory.create_batch(2)
    other_project.programme = programme_project.programme
    other_project.save()
    practice = GoodPracticeFactory()
    practice.projects.set([programme_project, other_project])

    response = client.get(reverse("practices:list"))

    assert [(o["value"], o["count"]) for o in facet(response, "programme")["options"]] == [
        (programme_project.programme.slug, 1)
    ]
    assert sorted(
        (o["value"], o["count"]) for o in facet(response, "project")["options"]
    ) == sorted([(programme_project.slug, 1), (other_project.slug, 1)])


def test_a_project_in_two_cities_of_a_country_counts_once(client):
    poland = CountryFactory(code="PL")
    project = ProjectFactory()
    project.cities.set(CityFactory.create_batch(2, country=poland))

    response = client.get(reverse("projects:list"))

    assert [(o["value"], o["count"]) for o in facet(response, "country")["options"]] == [("pl", 1)]
    assert [o["count"] for o in facet(response, "city")["options"]] == [1, 1]


def test_the_values_offered_come_in_the_order_of_their_names_in_the_visitors_language(
    client, top_three
):
    country = CountryFactory(code="CZ")
    for name, count in [("Žatec", 3), ("Opava", 2), ("Česká Lípa", 2), ("Cheb", 1), ("Aš", 1)]:
        city = CityFactory(slug=slugify(name), name_en=name, country=country)
        GoodPracticeFactory.create_batch(count, city=city)

    response = client.get(reverse("practices:list"))

    assert [o["label"] for o in facet(response, "city")["options"]] == [
        "Česká Lípa",
        "Opava",
        "Žatec",
    ]


def counts_cache_seconds(**environment):
    """COUNTS_CACHE_SECONDS as a clean start sets it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env |= {"DJANGO_SECRET_KEY": "x" * 50, **environment}
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings as s; print(s.COUNTS_CACHE_SECONDS)"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout)


def test_counts_are_kept_with_the_page_cache_on_or_off_and_zero_turns_them_off():
    assert [
        counts_cache_seconds(),
        counts_cache_seconds(DJANGO_PAGE_CACHE_SECONDS="0"),
        counts_cache_seconds(DJANGO_DEBUG="true"),
        counts_cache_seconds(DJANGO_COUNTS_CACHE_SECONDS="0"),
    ] == [600, 600, 600, 0]


def test_counts_are_made_as_usual_while_redis_does_not_answer(
    client, cities, counts_kept, settings, caplog
):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        },
    }

    response = client.get(reverse("practices:list"), {"city": "opole"})

    assert response.context["paginator"].count == 5
    assert offered(response, "city")[3] == ("opole", "Opole [en]", 5, True)
    assert "The cache of counts does not answer" in caplog.text


def test_order_and_year_are_selects_with_the_chosen_option_selected(client):
    GoodPracticeFactory(status=PublicationStatus.PUBLISHED)

    with translation.override("en"):
        response = client.get(reverse("practices:list"), {"sort": "title", "year": "2024"})
    html = response.content.decode()

    assert (
        '<select name="sort" id="id_sort"><option value="newest">newest</option>'
        '<option value="title" selected>title</option>'
        '<option value="relevance">relevance</option></select>'
    ) in html
    this_year = timezone.localdate().year
    assert (
        '<select name="year" id="id_year"><option value="">all</option>'
        f'<option value="{this_year}">{this_year}</option>'
    ) in html
    assert '<option value="2024" selected>2024</option><option value="2023">2023</option>' in html


def test_order_has_no_option_selected_and_year_all_when_none_is_chosen(client):
    with translation.override("cs"):
        response = client.get(reverse("practices:list"))
    html = response.content.decode()

    assert '<select name="sort" id="id_sort"><option value="newest">nejnovější</option>' in html
    assert " selected>nejnovější" not in html
    assert '<select name="year" id="id_year"><option value="" selected>vše</option>' in html
