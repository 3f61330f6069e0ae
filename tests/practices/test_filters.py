import pytest
from django.urls import reverse

from portal.models import PublicationStatus
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices():
    poland, czechia = CountryFactory(code="PL"), CountryFactory(code="CZ")
    opole = CityFactory(slug="opole", name="Opole", country=poland)
    olomouc = CityFactory(slug="olomouc", name="Olomouc", country=czechia)
    interreg = ProgrammeFactory(slug="interreg-cz-pl")
    urbact = ProgrammeFactory(slug="urbact-ii")
    razem = ProjectFactory(slug="razem", programme=interreg)
    op_act = ProjectFactory(slug="op-act", programme=urbact)
    mobility = ThemeFactory(slug="sustainable-mobility")
    zoo = OrganisationFactory(slug="zoo-opole")
    rows = {
        "hub": GoodPracticeFactory(
            slug="hub", title="Transfer hub", city=opole, year_start=2018, year_end=None
        ),
        "zoo": GoodPracticeFactory(
            slug="zoo", title="Zoo cooperation", city=opole, year_start=2015, year_end=2017
        ),
        "semafor": GoodPracticeFactory(
            slug="semafor", title="Semafor centre", city=olomouc, year_start=2010
        ),
        "draft": GoodPracticeFactory(
            slug="draft", title="Draft", city=opole, status=PublicationStatus.DRAFT
        ),
    }
    rows["hub"].projects.set([razem])
    rows["hub"].themes.set([mobility])
    rows["semafor"].projects.set([razem, op_act])
    rows["semafor"].themes.set([mobility])
    rows["zoo"].organisations.set([zoo])
    rows["draft"].projects.set([razem])
    return rows


def listed(client, **params):
    response = client.get(reverse("practices:list"), params)
    assert response.status_code == 200
    return [practice.slug for practice in response.context["practices"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["semafor", "zoo", "hub"]),
        ({"programme": "interreg-cz-pl"}, ["semafor", "hub"]),
        ({"programme": "urbact-ii"}, ["semafor"]),
        ({"project": "razem"}, ["semafor", "hub"]),
        ({"country": "pl"}, ["zoo", "hub"]),
        ({"country": "cz"}, ["semafor"]),
        ({"city": "opole"}, ["zoo", "hub"]),
        ({"theme": "sustainable-mobility"}, ["semafor", "hub"]),
        ({"organisation": "zoo-opole"}, ["zoo"]),
        ({"year": "2016"}, ["semafor", "zoo"]),
        ({"year": "2019"}, ["semafor", "hub"]),
        ({"q": "ZOO"}, ["zoo"]),
        ({"programme": "interreg-cz-pl", "city": "opole"}, ["hub"]),
        ({"country": "cz", "theme": "sustainable-mobility", "year": "2019"}, ["semafor"]),
        ({"city": "olomouc", "organisation": "zoo-opole"}, []),
    ],
)
def test_each_filter_narrows_to_exactly_the_right_practices(client, practices, params, expected):
    practices["semafor"].published_at = practices["hub"].published_at.replace(year=2030)
    practices["semafor"].save()
    practices["zoo"].published_at = practices["hub"].published_at.replace(year=2029)
    practices["zoo"].save()

    assert listed(client, **params) == expected


def test_title_sort_follows_the_active_language(client, practices):
    practices["hub"].title_cs = "Ážový uzel"
    practices["hub"].save()

    assert listed(client, sort="title") == ["semafor", "hub", "zoo"]
    response = client.get("/cs/dobre-praxe/", {"sort": "title"})
    assert response.context["practices"][0].slug == "hub"


def test_text_search_ignores_diacritics_and_drafts(client, practices):
    practices["hub"].summary_pl = "Węzeł przesiadkowy w Gogolinie obsługuje staż."
    practices["hub"].save()

    assert listed(client, q="wezel gogolinie") == ["hub"]
    assert listed(client, q="draft") == []


def test_text_search_forgives_a_typo_in_a_title(client, practices):
    assert listed(client, q="semafr") == ["semafor"]
    assert listed(client, q="transfre") == ["hub"]


def test_words_to_look_for_put_the_best_matches_first(client, practices):
    practices["zoo"].summary_en = "A hub for the zoo."
    practices["zoo"].save()
    practices["semafor"].summary_en = "Not about it."
    practices["semafor"].save()

    response = client.get(reverse("practices:list"), {"q": "hub"})

    # The title weighs more than the summary, whatever the publication dates.
    assert [practice.slug for practice in response.context["practices"]] == ["hub", "zoo"]
    assert '<option value="relevance" selected>' in response.content.decode()
    assert listed(client, q="hub", sort="newest") == ["zoo", "hub"]
    assert listed(client, q="hub", sort="title") == ["hub", "zoo"]


def test_relevance_without_words_falls_back_to_newest(client, practices):
    assert listed(client, sort="relevance") == listed(client)


def test_each_choice_shows_how_many_results_it_gives(client, practices):
    response = client.get(reverse("practices:list"), {"country": "pl"})

    facets = {facet["name"]: facet["options"] for facet in response.context["facets"]}
    assert [(o["value"], o["count"], o["selected"]) for o in facets["country"]] == [
        ("cz", 1, False),
        ("pl", 2, True),
    ]
    assert [(o["value"], o["count"]) for o in facets["city"]] == [("opole", 2)]
    assert [(o["value"], o["count"]) for o in facets["programme"]] == [("interreg-cz-pl", 1)]
    assert 'value="pl" selected>' in response.content.decode()


def test_active_filters_are_listed_and_removable_one_by_one(client, practices):
    response = client.get(reverse("practices:list"), {"country": "pl", "city": "opole"})

    assert [(a["label"], a["value"], a["remove"]) for a in response.context["active_filters"]] == [
        ("Country", "Polska [en]", "city=opole"),
        ("City", "Opole [en]", "country=pl"),
    ]


def test_unknown_filter_values_are_reported_and_ignored(client, practices):
    response = client.get(reverse("practices:list"), {"city": "atlantis", "country": "pl"})

    assert response.status_code == 200
    assert [practice.slug for practice in response.context["practices"]] == ["zoo", "hub"]
    assert response.context["filter_errors"] == [
        "City: Select a valid choice. atlantis is not one of the available choices. "
        "The filter was ignored."
    ]
    assert "atlantis is not one of the available choices" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [{"year": "-5"}, {"year": "99999999999999999999"}, {"sort": "<script>"}, {"q": "a\x00b"}],
)
def test_hostile_values_never_break_the_page(client, practices, params):
    response = client.get(reverse("practices:list"), params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_result_count_and_pagination_keep_the_filters(client):
    city = CityFactory(slug="opole")
    GoodPracticeFactory.create_batch(14, city=city)
    GoodPracticeFactory.create_batch(3)

    response = client.get(reverse("practices:list"), {"city": "opole"})

    html = response.content.decode()
    assert response.context["paginator"].count == 14
    assert "14 results" in html
    assert 'href="/en/good-practices/?city=opole&amp;page=2" rel="next"' in html
    second = client.get(reverse("practices:list"), {"city": "opole", "page": 2})
    assert len(second.context["practices"]) == 2


def test_page_past_the_end_shows_the_last_page_and_says_why(client, practices):
    page_obj = client.get(reverse("practices:list"), {"page": 99}).context["page_obj"]

    assert (page_obj.number, page_obj.note) == (1, "There is only 1 page: here it is.")


def test_a_draft_project_does_not_tie_a_practice_to_its_programme(client, practices):
    hidden = ProjectFactory(
        slug="hidden", programme=ProgrammeFactory(slug="secret"), status=PublicationStatus.DRAFT
    )
    practices["zoo"].projects.add(hidden)
    urbact_project = ProjectFactory(
        programme=practices["semafor"].projects.get(slug="op-act").programme
    )
    practices["zoo"].projects.add(urbact_project)
    urbact_project.status = PublicationStatus.DRAFT
    urbact_project.save()

    response = client.get(reverse("practices:list"), {"programme": "urbact-ii"})

    assert [practice.slug for practice in response.context["practices"]] == ["semafor"]
    facets = {facet["name"]: facet["options"] for facet in response.context["facets"]}
    assert [(o["value"], o["count"]) for o in facets["programme"]] == [
        ("interreg-cz-pl", 2),
        ("urbact-ii", 1),
    ]


def test_a_link_leads_past_the_filters_to_the_results(client, practices):
    html = client.get(reverse("practices:list"), {"country": "pl"}).content.decode()

    assert '<a href="#results">Skip the filters to the 2 results</a>' in html
    assert '<section class="results" id="results" tabindex="-1"' in html
