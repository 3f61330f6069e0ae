import json
import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.urls import resolve, reverse
from django.utils import translation

from portal.models import PublicationStatus
from portal.sitewide.maps import cities_on_map, map_city_count
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT


@pytest.fixture
def opole():
    return CityFactory(
        name="Opole",
        slug="opole",
        latitude=Decimal("50.671062"),
        longitude=Decimal("17.926126"),
    )


@pytest.fixture
def olomouc():
    return CityFactory(
        name="Olomouc",
        slug="olomouc",
        country=CountryFactory(code="CZ"),
        latitude=Decimal("49.593778"),
        longitude=Decimal("17.250879"),
    )


def city_with_content(number):
    city = CityFactory(slug=f"town-{number:02}")
    GoodPracticeFactory(city=city)
    EventFactory(city=city)
    ProjectFactory().cities.add(city)
    return city


def map_data(response):
    match = re.search(
        r'<script id="map-data" type="application/json">(.*?)</script>', response.content.decode()
    )
    assert match is not None
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("language", "path"), [("pl", "/pl/mapa/"), ("cs", "/cs/mapa/"), ("en", "/en/map/")]
)
def test_map_url_is_translated_in_each_language(language, path):
    with translation.override(language):
        assert reverse("map") == path
        assert resolve(path).view_name == "map"


def test_map_counts_only_published_content_of_cities_that_have_some(opole, olomouc):
    GoodPracticeFactory.create_batch(2, city=opole)
    GoodPracticeFactory(city=opole, status=DRAFT)
    EventFactory(city=opole)
    ProjectFactory().cities.add(opole, olomouc)
    ProjectFactory(status=DRAFT).cities.add(olomouc)
    EventFactory(city=olomouc, status=DRAFT)
    only_drafts = CityFactory(slug="draft-town")
    GoodPracticeFactory(city=only_drafts, status=DRAFT)
    EventFactory(city=only_drafts, status=DRAFT)
    ProjectFactory(status=DRAFT).cities.add(only_drafts)
    CityFactory(slug="empty-town")

    counts = [
        (city.slug, city.practice_count, city.project_count, city.event_count)
        for city in cities_on_map()
    ]

    assert counts == [("olomouc", 0, 1, 0), ("opole", 2, 1, 1)]
    assert map_city_count() == 2


def test_map_page_gives_the_script_the_cities_with_counts_and_list_anchors(client, opole):
    GoodPracticeFactory.create_batch(2, city=opole)
    EventFactory(city=opole, status=DRAFT)

    data = map_data(client.get(reverse("map")))

    assert data["tiles"]["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert "OpenStreetMap" in data["tiles"]["options"]["attribution"]
    assert data["cities"] == [
        {
            "name": "Opole [en]",
            "country": "Polska [en]",
            "latitude": 50.671062,
            "longitude": 17.926126,
            "practices": 2,
            "projects": 0,
            "events": 0,
            "summary": ["2 good practices", "0 projects", "0 events"],
            "href": "#city-opole",
            "link_text": "What is in Opole [en]",
        }
    ]


def test_map_list_gives_each_city_its_counts_and_links_its_page_not_its_content(client, opole):
    GoodPracticeFactory.create_batch(2, city=opole, title="Transfer hub")
    ProjectFactory(title="Green belt").cities.add(opole)
    GoodPracticeFactory(city=opole, title="Secret practice", status=DRAFT)
    EventFactory(city=opole, title="Secret event", status=DRAFT)

    html = client.get(reverse("map")).content.decode()

    city = re.search(r'<li id="city-opole" class="map-city" tabindex="-1">(.*?)</li>', html, re.S)
    assert city is not None
    assert re.sub(r"\s+", " ", city.group(1)).strip() == (
        '<h3>Opole [en]</h3> <p class="meta">Polska [en]</p>'
        " <p>2 good practices · 1 project · 0 events</p>"
        f' <p><a href="{opole.get_absolute_url()}">What is in Opole [en]</a></p>'
    )
    # At 100,000 practices a link to each would make the page tens of megabytes.
    assert "Transfer hub" not in html
    assert "Green belt" not in html
    assert "Secret" not in html


def test_cities_with_only_drafts_are_neither_listed_nor_on_the_map(client, opole):
    GoodPracticeFactory(city=opole, status=DRAFT)
    EventFactory(city=opole, status=DRAFT)
    ProjectFactory(status=DRAFT).cities.add(opole)

    response = client.get(reverse("map"))

    assert response.context["cities"] == []
    assert "Opole" not in response.content.decode()
    assert "No city has published content yet." in response.content.decode()


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_map_page_speaks_each_language(client, opole, language):
    GoodPracticeFactory(city=opole)
    with translation.override(language):
        url = reverse("map")

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h3>Opole [{language}]</h3>" in html
    assert [city["name"] for city in map_data(response)["cities"]] == [f"Opole [{language}]"]


def test_map_page_queries_do_not_grow_with_the_number_of_cities(client, django_assert_num_queries):
    # The cities' practices, projects and events counted by city, the cities; the footer's pages.
    for number in range(2):
        city_with_content(number)
    with django_assert_num_queries(5):
        assert len(client.get(reverse("map")).context["cities"]) == 2
    for number in range(2, 10):
        city_with_content(number)

    with django_assert_num_queries(5):
        assert len(client.get(reverse("map")).context["cities"]) == 10


def test_map_page_has_no_inline_executable_script(client, opole):
    GoodPracticeFactory(city=opole)

    html = client.get(reverse("map")).content.decode()

    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.DOTALL)
    assert [attributes for attributes, _body in scripts] == [
        ' id="map-data" type="application/json"',
        ' src="/static/leaflet/leaflet.js" defer',
        ' src="/static/js/map.js" defer',
    ]
    data_body, *script_bodies = [body for _attributes, body in scripts]
    assert json.loads(data_body)["cities"][0]["href"] == "#city-opole"
    assert script_bodies == ["", ""]
    assert "style=" not in html
    assert "<style" not in html


def test_map_container_is_named_and_the_list_is_the_other_way_to_the_data(client, opole):
    EventFactory(city=opole)

    html = client.get(reverse("map")).content.decode()

    assert 'id="city-map" class="city-map" role="region" aria-label="Map of cities"' in html
    assert '<h2 id="map-cities-heading">List of cities</h2>' in html


def test_map_teaser_gives_the_number_of_cities_and_links_the_map(opole, olomouc):
    GoodPracticeFactory(city=opole)
    EventFactory(city=olomouc)

    html = render_to_string("includes/map_teaser.html", {"map_city_count": map_city_count()})

    assert "Good practices, projects and events in 2 cities." in html
    assert '<a href="/en/map/">See the map of cities</a>' in html


def test_map_teaser_uses_the_singular_for_one_city():
    html = render_to_string("includes/map_teaser.html", {"map_city_count": 1})

    assert "Good practices, projects and events in 1 city." in html


def test_the_script_gets_the_marker_pictures_by_their_static_addresses(client, opole):
    # Collected static files have hashed names that Leaflet cannot guess from its stylesheet.
    GoodPracticeFactory(city=opole)

    assert map_data(client.get(reverse("map")))["marker"] == {
        "iconUrl": "/static/leaflet/images/marker-icon.png",
        "iconRetinaUrl": "/static/leaflet/images/marker-icon-2x.png",
        "shadowUrl": "/static/leaflet/images/marker-shadow.png",
    }
