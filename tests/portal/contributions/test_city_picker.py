"""The city picker of the partner space's forms: the <select> that works without JavaScript,
grouped by country, and the suggestions the combobox asks for (exact match, then prefix, then the
rest; blind to case and diacritics; in the page's language), only for partners."""

import re

import pytest
from django import forms
from django.urls import resolve, reverse
from django.utils import translation

from portal.contributions.cities import CityField, city_suggestions
from practices.models import GoodPractice
from tests.support.contributions import partner_of
from tests.support.factories import CityFactory, CountryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

SUGGESTIONS = "/en/for-partners/cities/"


def city(pl, cs=None, en=None, *, country):
    return CityFactory(name_pl=pl, name_cs=cs or pl, name_en=en or pl, country=country)


@pytest.fixture
def countries():
    poland = CountryFactory(code="PL", name_pl="Polska", name_cs="Polsko", name_en="Poland")
    czechia = CountryFactory(code="CZ", name_pl="Czechy", name_cs="Česko", name_en="Czechia")
    return poland, czechia


@pytest.fixture
def cities(countries):
    poland, czechia = countries
    return {
        "opole": city("Opole", "Opolí", country=poland),
        "opolno": city("Opolno-Zdrój", country=poland),
        "kedzierzyn": city("Kędzierzyn-Koźle", country=poland),
        "ostrava": city("Ostrawa", "Ostrava", "Ostrava", country=czechia),
        "jih": city("Ostrawa-Południe", "Ostrava-Jih", "Ostrava-Jih", country=czechia),
        "moravska": city(
            "Morawska Ostrawa",
            "Moravská Ostrava a Přívoz",
            "Moravská Ostrava a Přívoz",
            country=czechia,
        ),
        "prerov": city("Przerów", "Přerov", "Přerov", country=czechia),
        "cheb": city("Cheb", country=czechia),
        "hradec": city("Hradec Králové", country=czechia),
    }


def labels(cities):
    return [f"{city.name} ({city.country.name})" for city in cities]


def suggested(query, language="en"):
    with translation.override(language):
        return labels(city_suggestions(query))


class PlaceForm(forms.Form):
    city = CityField(label="City")


def test_the_exact_match_comes_first_then_prefix_then_other_matches(cities):
    assert suggested("ostrava") == [
        "Ostrava (Czechia)",
        "Ostrava-Jih (Czechia)",
        "Moravská Ostrava a Přívoz (Czechia)",
    ]


def test_prefix_matches_come_before_matches_inside_the_name(cities):
    assert suggested("Opo") == ["Opole (Poland)", "Opolno-Zdrój (Poland)"]
    assert suggested("ov") == ["Hradec Králové (Czechia)", "Přerov (Czechia)"]


def test_matching_ignores_case_and_diacritics_both_ways(cities):
    assert suggested("PREROV") == ["Přerov (Czechia)"]
    assert suggested("kedzierzyn-kozle") == ["Kędzierzyn-Koźle (Poland)"]
    assert suggested("kędzierzyn") == ["Kędzierzyn-Koźle (Poland)"]
    assert suggested("přívoz") == ["Moravská Ostrava a Přívoz (Czechia)"]


def test_suggestions_are_labelled_in_the_active_language(cities):
    assert suggested("opol", "cs") == ["Opolí (Polsko)", "Opolno-Zdrój (Polsko)"]
    assert suggested("ostrawa", "pl") == [
        "Ostrawa (Czechy)",
        "Ostrawa-Południe (Czechy)",
        "Morawska Ostrawa (Czechy)",
    ]


def test_a_name_in_another_language_finds_the_city_too(cities):
    # A Czech partner on the Polish page types the Czech name.
    assert suggested("přerov", "pl") == ["Przerów (Czechy)"]


def test_each_group_is_alphabetical_by_the_rules_of_the_active_language(cities):
    # In Czech "ch" is a letter of its own, after "h"; in English "c" comes before "h".
    assert suggested("e", "en") == [
        "Cheb (Czechia)",
        "Hradec Králové (Czechia)",
        "Kędzierzyn-Koźle (Poland)",
        "Opole (Poland)",
        "Ostrava-Jih (Czechia)",
        "Přerov (Czechia)",
    ]
    with translation.override("cs"):
        names = [city.name for city in city_suggestions("e")]
    assert names.index("Hradec Králové") < names.index("Cheb")


def test_at_most_twenty_suggestions(countries):
    poland, _czechia = countries
    for number in range(25):
        city(f"Nysa {number:02d}", country=poland)
    assert suggested("nysa") == [f"Nysa {number:02d} (Poland)" for number in range(20)]


def test_odd_queries_find_nothing_rather_than_everything(cities):
    assert suggested("") == []
    assert suggested(" \x00 ") == []
    assert suggested("%") == []
    assert suggested("_") == []
    assert suggested("x" * 5000) == []


def test_the_select_groups_the_cities_by_country_without_javascript(cities):
    html = str(PlaceForm()["city"])
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', html, re.S)
    assert [label for label, _options in groups] == ["Czechia", "Poland"]
    assert re.findall(r">([^<]+)</option>", groups[0][1]) == [
        "Cheb (Czechia)",
        "Hradec Králové (Czechia)",
        "Moravská Ostrava a Přívoz (Czechia)",
        "Ostrava (Czechia)",
        "Ostrava-Jih (Czechia)",
        "Přerov (Czechia)",
    ]
    assert re.findall(r">([^<]+)</option>", groups[1][1]) == [
        "Kędzierzyn-Koźle (Poland)",
        "Opole (Poland)",
        "Opolno-Zdrój (Poland)",
    ]
    assert re.search(r'<option value="" selected>Choose a city</option>', html)


def test_the_select_reads_every_city_and_its_country_in_one_query(
    cities, countries, django_assert_num_queries
):
    for number in range(30):
        city(f"Nysa {number:02d}", country=countries[number % 2])
    with django_assert_num_queries(1):
        html = str(PlaceForm()["city"])
    assert html.count("<option value=") == 1 + 9 + 30


def test_the_select_follows_the_language_of_the_page(cities):
    with translation.override("cs"):
        html = str(PlaceForm()["city"])
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', html, re.S)
    assert [label for label, _options in groups] == ["Česko", "Polsko"]
    assert re.findall(r">([^<]+)</option>", groups[0][1])[:2] == [
        "Hradec Králové (Česko)",
        "Cheb (Česko)",
    ]
    assert 'data-source="/cs/pro-partnery/' in html
    assert '<option value="" selected>Vyberte město</option>' in html


def test_the_select_carries_what_the_combobox_needs(cities):
    html = str(PlaceForm()["city"])
    assert "data-city-picker" in html
    assert f'data-source="{SUGGESTIONS}"' in html
    assert 'data-hint="Type the first letters' in html
    assert str(PlaceForm().media) == (
        '<link href="/static/css/city-picker.css" media="all" rel="stylesheet">\n'
        '<script src="/static/js/city-picker.js" defer></script>'
    )


class PracticeCityForm(forms.ModelForm):
    class Meta:
        model = GoodPractice
        fields = ["city"]
        field_classes = {"city": CityField}


def test_a_model_form_takes_the_field_for_a_foreign_key(cities):
    form = PracticeCityForm({"city": str(cities["opole"].pk)})
    assert type(form.fields["city"]) is CityField
    assert form.fields["city"].label == "City"
    assert "data-city-picker" in str(form["city"])
    assert form.is_valid()
    assert form.cleaned_data["city"] == cities["opole"]
    assert PracticeCityForm({"city": ""}).errors["city"] == ["Choose a city from the list."]


def test_the_field_gives_the_chosen_city(cities):
    form = PlaceForm({"city": str(cities["prerov"].pk)})
    assert form.is_valid()
    assert form.cleaned_data["city"] == cities["prerov"]


def test_the_field_refuses_a_missing_or_unknown_city_with_a_clear_message(cities):
    for value in ["", "999999", "Opole", "1.5"]:
        form = PlaceForm({"city": value})
        assert not form.is_valid()
        assert form.errors["city"] == ["Choose a city from the list."]


def test_an_invalid_select_is_marked_and_described_by_its_error(cities):
    html = str(PlaceForm({"city": ""})["city"])
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_city_error"' in html


# --- The endpoint ---


def test_the_endpoint_address_in_each_language():
    assert reverse("contributions:cities") == SUGGESTIONS
    assert resolve(SUGGESTIONS).view_name == "contributions:cities"
    with translation.override("pl"):
        assert reverse("contributions:cities") == "/pl/dla-partnerow/miasta/"
    with translation.override("cs"):
        assert reverse("contributions:cities") == "/cs/pro-partnery/mesta/"


def test_anonymous_visitors_are_sent_to_log_in(client, cities):
    response = client.get(SUGGESTIONS, {"q": "opo"})
    assert response.status_code == 302
    assert (
        response["Location"] == "/en/for-partners/log-in/?next=/en/for-partners/cities/%3Fq%3Dopo"
    )


def test_staff_are_refused(client, editor, cities):
    client.force_login(editor)
    response = client.get(SUGGESTIONS, {"q": "opo"})
    assert response.status_code == 403
    assert b"Opole" not in response.content


def test_a_partner_gets_suggestions_in_order_never_cached(
    client, cities, django_assert_num_queries
):
    client.force_login(partner_of(OrganisationFactory()))
    # The session, the user, the cities.
    with django_assert_num_queries(3):
        response = client.get(SUGGESTIONS, {"q": "ostrava"})
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response.json() == {
        "results": [
            {"id": cities["ostrava"].pk, "label": "Ostrava (Czechia)"},
            {"id": cities["jih"].pk, "label": "Ostrava-Jih (Czechia)"},
            {"id": cities["moravska"].pk, "label": "Moravská Ostrava a Přívoz (Czechia)"},
        ],
        "status": "3 cities found. Use the down arrow key to choose.",
    }


def test_the_suggestions_speak_the_language_of_their_address(client, cities):
    client.force_login(partner_of(OrganisationFactory()))
    response = client.get("/pl/dla-partnerow/miasta/", {"q": "opo"})
    assert response.json() == {
        "results": [
            {"id": cities["opole"].pk, "label": "Opole (Polska)"},
            {"id": cities["opolno"].pk, "label": "Opolno-Zdrój (Polska)"},
        ],
        "status": "Znaleziono 2 miasta. Wybierz strzałką w dół.",
    }
    response = client.get("/cs/pro-partnery/mesta/", {"q": "zzz"})
    assert response.json() == {
        "results": [],
        "status": "Žádné město neodpovídá. Zkuste méně písmen.",
    }


def test_an_empty_or_repeated_query_answers_calmly(client, cities):
    client.force_login(partner_of(OrganisationFactory()))
    assert client.get(SUGGESTIONS).json() == {"results": [], "status": ""}
    assert client.get(SUGGESTIONS, {"q": "   "}).json() == {"results": [], "status": ""}
    assert client.get(f"{SUGGESTIONS}?q=%00").json() == {"results": [], "status": ""}
    response = client.get(f"{SUGGESTIONS}?q=zzz&q=opo%00")
    assert [city["label"] for city in response.json()["results"]] == [
        "Opole (Poland)",
        "Opolno-Zdrój (Poland)",
    ]
