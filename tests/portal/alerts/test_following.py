"""What an alert follows: the list's own filters, validated, sorted, described in words."""

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import translation

from portal.alerts.following import alert_description, query_normalise
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    ProgrammeFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_a_lists_filters_are_kept_sorted_without_page_sort_or_strangers():
    theme = ThemeFactory(slug="mobility")
    GoodPracticeFactory(city__country=CountryFactory(code="CZ")).themes.add(theme)
    data = QueryDict("theme=mobility&page=3&sort=title&utm_source=x&country=cz&q=")

    assert query_normalise("practices", data) == "country=cz&theme=mobility"


def test_an_unknown_filter_value_is_refused_with_the_filters_name():
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        query_normalise("events", QueryDict("kind=picnic"))

    assert refused.value.messages == [
        "Kind: Select a valid choice. picnic is not one of the available choices."
    ]


def test_an_unknown_list_or_topic_is_refused():
    with translation.override("en"):
        with pytest.raises(ValidationError) as unknown_list:
            query_normalise("news", QueryDict(""))
        with pytest.raises(ValidationError) as unknown_city:
            query_normalise("city", QueryDict("city=atlantis"))

    assert unknown_list.value.messages == ["There is no such list to follow."]
    assert unknown_city.value.messages == ["There is no such page to follow."]


def test_a_topic_keeps_only_its_own_filter():
    CityFactory(slug="opole")
    assert query_normalise("city", QueryDict("city=opole&theme=x")) == "city=opole"


def test_a_programme_in_draft_cannot_be_followed():
    ProgrammeFactory(slug="hidden", status="draft")
    with pytest.raises(ValidationError):
        query_normalise("programme", QueryDict("programme=hidden"))


def test_the_description_names_the_list_and_each_filter_in_the_visitors_language():
    theme = ThemeFactory(slug="mobility", name_en="Mobility", name_pl="Mobilność")
    GoodPracticeFactory(city__country=CountryFactory(code="CZ")).themes.add(theme)

    with translation.override("en"):
        english = alert_description(follows="practices", query="country=cz&theme=mobility")
    with translation.override("pl"):
        polish = alert_description(follows="practices", query="country=cz&theme=mobility")

    assert english == "Good practices — Country: Česko [en]; Theme: Mobility"
    assert polish == "Dobre praktyki — Kraj: Česko [pl]; Temat: Mobilność"


def test_a_topic_is_described_by_its_name():
    CityFactory(slug="opole", name_en="Opole")
    with translation.override("en"):
        assert alert_description(follows="city", query="city=opole") == "City: Opole"


def test_filters_too_long_to_store_are_refused_with_a_message():
    with translation.override("cs"), pytest.raises(ValidationError) as refused:
        query_normalise("practices", QueryDict("", mutable=True) | {"q": "žluťoučký " * 19})

    assert refused.value.messages == ["Tyto filtry jsou na sledování příliš dlouhé."]
