"""Hostile query strings never break a public page, and a wrong value gets a clear message.

Hypothesis sends random and hostile query strings to every page type of tests/support/pages.py
(and the sitemap and a missing page) in all three languages; the examples after it pin down what a
visitor sees for each kind of wrong value.
"""

import datetime

import pytest
from django.db import transaction
from django.urls import resolve, reverse
from django.utils import translation
from django_filters import ChoiceFilter, FilterSet
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from portal.content.filtering import SHOWN_VALUE_LENGTH
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    ProjectFactory,
)
from tests.support.pages import ContentWeb, pages
from tests.support.query_strings import (
    COMMON_PARAMETERS,
    LISTS,
    parameter_names,
    query_string,
    with_query,
)
from tests.support.xss_vectors import XSS_VECTORS

pytestmark = pytest.mark.django_db

LANGUAGES = ("pl", "cs", "en")

HOSTILE_VALUES = (
    "",
    " ",
    "\x00",
    "olo\x00mouc",
    "%00",
    "\x01\x07\x08\x0b\x1b\x7f\x85",
    "\ud800",  # a lone surrogate: percent-encoded as the bytes a careless client would send
    "\udfff\ud83d",
    "\u202eevil\u202c",
    "שלום עולם",
    "مرحبا",
    "e\u0301\u0301\u0301\u0301",
    "Z̷̛̖͎a̸͔l̵g̷o̶",
    "🏳️‍🌈👩‍👩‍👧‍👦",
    "\ufeff\u200b\u200d\ufffd\uffff",
    "\ue000\ue001",
    "0",
    "-1",
    "-0",
    "1.5",
    "1e308",
    "NaN",
    "Infinity",
    "-Infinity",
    "99999999999999999999",
    "-99999999999999999999",
    "9" * 5000,
    "٣",
    "３",
    "1_000",
    " 2 ",
    "0x10",
    "last",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "2019-02-30",
    "' OR 1=1 --",
    "'; DROP TABLE practices_goodpractice; --",
    "\\",
    "%",
    "!!! & | :* () <-> -",
    '"unclosed',
    "{{ request.META }}",
    "{% debug %}",
    "{# comment #}",
    "x" * 10_000,
    "olomouc " * 1_500,
)
hostile_values = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.sampled_from(XSS_VECTORS),
    st.integers().map(str),
    st.from_regex(r"-?[0-9]{1,25}", fullmatch=True),
    st.text(
        st.characters(categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cs", "Co"]),
        max_size=30,
    ),
)
# Query strings no form makes: empty pairs, names without values, broken percent escapes.
RAW_FRAGMENTS = ("&&", "=", "==x", "q", "page", "%", "%zz", "q=%E2%82", "page=%FF", ";q=1", "a[]=1")


def query_strings(names):
    """Random and hostile query strings, mostly over `names`, also with names no page reads."""
    name = st.one_of(
        *([st.sampled_from(names)] * 3 if names else []),
        st.text(max_size=12),
        st.sampled_from(HOSTILE_VALUES),
    )
    pairs = st.lists(st.tuples(name, hostile_values), max_size=8).map(query_string)
    raw = st.lists(st.sampled_from(RAW_FRAGMENTS), max_size=3).map("&".join)
    return st.tuples(pairs, raw).map(lambda parts: "&".join(part for part in parts if part))


@pytest.fixture
def web():
    """The content web of tests/support/pages.py, with two pages of practices."""
    web = ContentWeb()
    web.grow(2)
    GoodPracticeFactory.create_batch(12, city=web.city)
    return web


# Each example costs several requests: a failing one is reported as found, not shrunk, which
# would take minutes (the examples are the same on every run, so it can be run again).
FUZZ_PHASES = (Phase.explicit, Phase.generate)

# The pages of tests/support/pages.py that read query parameters, by their names there and
# by their URL names.
READERS = ("practices", "projects", "partners", "events", "news", "search")
READING_URLS = (*LISTS, "news:list", "search")


def addresses_in(language, web):
    """(name, address, status) of every public page, in `language`, and of a page not found."""
    with translation.override(language):
        every_page = [(name, address, 200) for name, address in pages(web)]
    return [*every_page, ("missing", f"/{language}/nowhere/", 404)]


def get(client, address, query):
    # In a savepoint, so that a database error fails this example alone, not every one after it.
    with transaction.atomic():
        return client.get(with_query(address, query))


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=15, phases=FUZZ_PHASES)
@given(data=st.data())
def test_no_query_string_breaks_a_list_or_search(client, web, language, data):
    """Each example's query string goes to every page that reads one, and to a page not found."""
    readers = [page for page in addresses_in(language, web) if page[0] in (*READERS, "missing")]
    names = sorted({name for url in READING_URLS for name in parameter_names(reverse(url))})
    query = data.draw(query_strings(names), label="query")

    for page, address, status in readers:
        response = get(client, address, query)

        assert response.status_code == status, page
        assert f'<html lang="{language}">' in response.content.decode(), page
        page_obj = response.context.get("page_obj")
        if page_obj is not None:
            assert 1 <= page_obj.number <= page_obj.paginator.num_pages, page
        if isinstance(response.context.get("filter"), FilterSet):
            assert_every_wrong_choice_is_reported(response)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=20, phases=FUZZ_PHASES)
@given(data=st.data())
def test_no_query_string_breaks_any_other_public_page(client, web, language, data):
    """Details, topics, home, map, feeds, filtered lists and the sitemap: one page an example."""
    others = [page for page in addresses_in(language, web) if page[0] not in (*READERS, "missing")]
    page, address, status = data.draw(
        st.sampled_from([*others, ("sitemap", "/sitemap.xml", 200)]), label="page"
    )
    query = data.draw(query_strings(list(COMMON_PARAMETERS)), label="query")
    if page == "sitemap":
        query = query.replace("p=", "x=")  # Its own page number: see test_the_sitemap_has_one_page.

    response = get(client, address, query)

    assert response.status_code == status
    if page != "sitemap" and "feed" not in page:
        assert f'<html lang="{language}">' in response.content.decode()


def assert_every_wrong_choice_is_reported(response):
    """A value a choice filter does not offer gets a message; one it offers does not."""
    form = response.context["filter"].form
    sent = response.wsgi_request.GET
    wrong = {
        name
        for name, field in form.fields.items()
        if hasattr(field, "choices")
        and sent.get(name, "") != ""
        and sent.get(name) not in {str(value) for value, _label in field.choices}
    }
    assert {name for name in form.errors if hasattr(form.fields[name], "choices")} == wrong
    assert len(response.context["filter_errors"]) == len(form.errors)


@pytest.fixture
def practices():
    """Fourteen published practices in Opole, newest first: two pages of the practice list."""
    opole = CityFactory(slug="opole", name="Opole")
    rows = [GoodPracticeFactory(city=opole, title=f"Zoo {number}") for number in range(14)]
    return rows[::-1]


def listed(response, name="practices"):
    assert response.status_code == 200
    return [row.pk for row in response.context[name]]


# Every choice filter of every list, by its label.
CHOICE_FILTERS = {
    "practices:list": {
        "programme": "Programme",
        "project": "Project",
        "country": "Country",
        "city": "City",
        "theme": "Theme",
        "organisation": "Organisation",
        "taken_up": "Taken up elsewhere",
        "year": "Year",
        "sort": "Sort by",
    },
    "projects:list": {
        "programme": "Programme",
        "country": "Country",
        "city": "City",
        "theme": "Theme",
        "organisation": "Partner",
        "period": "Period",
        "sort": "Sort by",
    },
    "partners:list": {"country": "Country", "city": "City", "kind": "Kind", "sort": "Sort by"},
    "events:list": {
        "kind": "Kind",
        "country": "Country",
        "city": "City",
        "project": "Project",
        "when": "When",
        "sort": "Sort by",
    },
}


@pytest.mark.parametrize("url_name", LISTS)
def test_a_choice_a_list_does_not_offer_is_named_and_ignored(client, url_name):
    GoodPracticeFactory.create_batch(2)
    ProjectFactory.create_batch(2)
    EventFactory.create_batch(2)
    address = reverse(url_name)
    unfiltered = list(client.get(address).context["object_list"])

    for name, label in CHOICE_FILTERS[url_name].items():
        response = client.get(address, {name: "atlantis"})

        message = (
            f"{label}: Select a valid choice. atlantis is not one of the available choices. "
            "The filter was ignored."
        )
        assert response.context["filter_errors"] == [message], name
        assert list(response.context["object_list"]) == unfiltered, name
        assert f'<p class="filter-error" role="alert">{message}</p>' in response.content.decode()


def test_every_choice_filter_of_every_list_is_checked_above():
    declared = {}
    for url_name in LISTS:
        filterset = resolve(reverse(url_name)).func.view_class.filterset_class
        declared[url_name] = {
            name
            for name, declared_filter in filterset.base_filters.items()
            if isinstance(declared_filter, ChoiceFilter)
        }

    assert declared == {url_name: set(names) for url_name, names in CHOICE_FILTERS.items()}


def test_a_long_or_unprintable_wrong_choice_is_quoted_short_and_printable(client, practices):
    value = "\u202e\x00" + "x" * 10_000

    response = client.get(reverse("practices:list"), {"city": value})

    shown = "x" * (SHOWN_VALUE_LENGTH - 1) + "…"
    message = (
        f"City: Select a valid choice. {shown} is not one of the available choices. "
        "The filter was ignored."
    )
    assert response.context["filter_errors"] == [message]
    assert f'<p class="filter-error" role="alert">{message}</p>' in response.content.decode()


def test_parameters_no_list_reads_change_nothing(client, practices):
    response = client.get(
        reverse("practices:list") + "?utm_source=news%00letter&a[]=1&%00=x&&=&city[]=opole"
    )

    assert listed(response) == [practice.pk for practice in practices[:12]]
    assert response.context["filter_errors"] == []
    assert response.context["page_obj"].note is None


def test_a_repeated_parameter_counts_with_its_last_value(client, practices):
    GoodPracticeFactory(city__slug="brno")

    response = client.get(reverse("practices:list") + "?city=atlantis&city=opole")

    assert response.context["paginator"].count == 14
    assert response.context["filter_errors"] == []


@pytest.mark.parametrize(
    ("values", "error"),
    [
        (["-5", "0"], "Ensure this value is greater than or equal to 1."),
        (["10000", "99999999999999999999"], "Ensure this value is less than or equal to 9999."),
        (["1.5", "1e3", "NaN", "Infinity", "2019\x00", "٣x", "9" * 5000], "Enter a whole number."),
    ],
)
def test_a_year_dates_cannot_hold_is_reported(client, values, error):
    ProjectFactory()

    for value in values:
        response = client.get(reverse("projects:list"), {"year": value})

        assert response.context["filter_errors"] == [
            f"Running in year: {error} The filter was ignored."
        ], value
        assert response.context["paginator"].count == 1


def test_the_first_and_last_years_dates_hold_filter_projects(client):
    ProjectFactory()

    for year in (datetime.MINYEAR, datetime.MAXYEAR):
        response = client.get(reverse("projects:list"), {"year": year})
        assert response.context["filter_errors"] == []
        assert response.context["paginator"].count == 0


def test_a_date_that_is_no_date_is_reported(client):
    EventFactory()

    for value in ["\x00", "10000-01-01", "0000-00-00", "-1", "9" * 5000]:
        response = client.get(reverse("events:list"), {"date_from": value, "date_to": value})

        assert response.context["filter_errors"] == [
            "From: Enter a valid date. The filter was ignored.",
            "To: Enter a valid date. The filter was ignored.",
        ], value
        assert response.context["paginator"].count == 1


def test_a_wrong_sort_is_reported_and_the_newest_come_first(client, practices):
    response = client.get(reverse("practices:list"), {"sort": "<script>alert(1)</script>"})

    assert response.context["filter_errors"] == [
        "Sort by: Select a valid choice. <script>alert(1)</script> is not one of the available "
        "choices. The filter was ignored."
    ]
    assert listed(response) == [practice.pk for practice in practices[:12]]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is not one" in response.content.decode()


def test_a_list_searches_for_its_text_without_control_characters(client):
    for factory in (GoodPracticeFactory, ProjectFactory, EventFactory):
        factory(title="Zoo")
        factory(title="Other")

    for url_name, count in zip(LISTS, (1, 1, 0, 1), strict=True):
        response = client.get(reverse(url_name), {"q": "\x00zoo\x07"})

        html = response.content.decode()
        assert response.context["filter_errors"] == [], url_name
        assert response.context["paginator"].count == count, url_name
        assert [(a["label"], a["value"]) for a in response.context["active_filters"]] == [
            ("Text", "zoo")
        ]
        assert 'name="q" id="id_q" value="zoo" maxlength="200"' in html
        assert "Characters that cannot be searched for were left out." in html


def test_a_long_list_search_is_shortened_with_a_message(client, practices):
    response = client.get(reverse("practices:list"), {"q": "olomouc " * 1_500})

    html = response.content.decode()
    assert f'value="{" ".join(["olomouc"] * 25)}"' in html
    assert "Your search was too long: only its first 200 characters were searched for." in html
    assert response.context["paginator"].count == 0


def test_template_syntax_in_a_list_search_stays_text(client, practices):
    response = client.get(reverse("practices:list"), {"q": "{{ 7|add:1 }} {% debug %}"})

    html = response.content.decode()
    assert 'value="{{ 7|add:1 }} {% debug %}"' in html
    assert [a["value"] for a in response.context["active_filters"]] == ["{{ 7|add:1 }} {% debug %}"]


PAST_THE_END = "There are only 2 pages: here is the last one."
BEFORE_THE_FIRST = "Pages are numbered from 1: here is the first page."
NOT_A_NUMBER = "The page number in the address is not a number: here is the first page."
PAGE_NUMBERS = [
    # (?page=, the page shown, the note saying why it is another)
    ("2", 2, None),
    (" 2 ", 2, None),
    ("", 1, None),
    ("3", 2, PAST_THE_END),
    ("99999999999999999999", 2, PAST_THE_END),
    ("0", 1, BEFORE_THE_FIRST),
    ("-1", 1, BEFORE_THE_FIRST),
    ("-99999999999999999999", 1, BEFORE_THE_FIRST),
    ("abc", 1, NOT_A_NUMBER),
    ("1.5", 1, NOT_A_NUMBER),
    ("last", 1, NOT_A_NUMBER),
    ("\x00", 1, NOT_A_NUMBER),
    ("9" * 5000, 1, NOT_A_NUMBER),  # Longer than int() reads.
]


def test_a_page_number_that_is_no_page_shows_the_nearest_page_and_says_why(client, practices):
    for page, shown, note in PAGE_NUMBERS:
        response = client.get(reverse("practices:list"), {"page": page})

        html = response.content.decode()
        assert response.status_code == 200, page
        assert (response.context["page_obj"].number, response.context["page_obj"].note) == (
            shown,
            note,
        ), page
        assert (f'<p class="notice">{note}</p>' in html) == (note is not None), page
        canonical = "http://testserver/en/good-practices/" + ("?page=2" if shown == 2 else "")
        assert f'<link rel="canonical" href="{canonical}">' in html, page


def test_a_list_of_one_page_says_it_has_only_one(client, practices):
    response = client.get(reverse("practices:list"), {"q": "zzyzx", "page": "2"})

    assert response.context["paginator"].count == 0
    assert response.context["page_obj"].number == 1
    assert response.context["page_obj"].note == "There is only 1 page: here it is."


def test_news_past_the_last_page_shows_the_last_page(client):
    NewsItemFactory.create_batch(11)

    response = client.get(reverse("news:list"), {"page": "7"})

    assert response.status_code == 200
    assert response.context["page_obj"].number == 2
    assert f'<p class="notice">{PAST_THE_END}</p>' in response.content.decode()


def test_search_shows_the_nearest_page_of_results(client, practices):
    for page, shown, note in [
        ("9", 2, PAST_THE_END),
        ("0", 1, BEFORE_THE_FIRST),
        ("x", 1, NOT_A_NUMBER),
    ]:
        response = client.get(reverse("search"), {"q": "zoo", "page": page})

        assert response.context["page_obj"].number == shown, page
        assert f'<p class="notice">{note}</p>' in response.content.decode(), page


def test_a_sitemap_section_answers_only_its_pages(client, practices):
    section = reverse("sitemap-section", kwargs={"section": "practices"})
    statuses = {page: client.get(section, {"p": page}).status_code for page in "120x"}

    assert statuses == {"1": 200, "2": 404, "0": 404, "x": 404}
    assert client.get("/sitemap-nothing.xml").status_code == 404
