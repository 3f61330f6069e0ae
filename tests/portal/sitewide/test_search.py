import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Func, TextField, Value
from django.db.models.functions import Lower
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

from events.models import Event
from portal.db.search_indexes import (
    SEARCH_CONFIG,
    SearchTerms,
    indexed_document,
    indexed_title,
    search_terms_clean,
)
from portal.models import PublicationStatus
from portal.sitewide.search import search_site
from practices.models import GoodPractice
from projects.models import Organisation, Project
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT


def found(query, language="en"):
    """The links of every result for `query`, best first, as the visitor in `language` sees them."""
    with translation.override(language):
        page = search_site(query=search_terms_clean(query).text, language=language, per_page=50)
        return [result.url for result in page]


def url(content, language="en"):
    with translation.override(language):
        return content.get_absolute_url()


def search_page(client, query, **params):
    return client.get(reverse("search"), {"q": query, **params})


@pytest.mark.parametrize(
    ("language", "path"), [("pl", "/pl/szukaj/"), ("cs", "/cs/hledat/"), ("en", "/en/search/")]
)
def test_search_url_lives_under_each_language(language, path):
    with translation.override(language):
        assert reverse("search") == path
        assert resolve(path).view_name == "search"


def test_every_page_has_a_labelled_search_box(client):
    html = client.get("/en/").content.decode()

    assert '<form class="search-form" method="get" action="/en/search/" role="search">' in html
    assert '<label for="site-search-q" class="visually-hidden">' in html
    assert '<input type="search" name="q" id="site-search-q" value=""' in html


def test_olomuniec_finds_a_practice_whose_polish_text_says_olomuniec():
    practice = GoodPracticeFactory(
        problem_pl="Urząd Miasta Ołomuniec szukał partnerów.",
        problem_cs="Magistrát hledal partnery.",
        problem_en="The city hall looked for partners.",
    )
    GoodPracticeFactory(problem_pl="Opole szukało partnerów.")

    assert found("olomuniec") == [url(practice)]


def test_staz_finds_an_event_titled_with_staz():
    internship = EventFactory(
        title_pl="Staż w Aglomeracji Opolskiej",
        title_cs="Stáž v Opolské aglomeraci",
        title_en="Internship in the Opole agglomeration",
    )
    EventFactory(title_pl="Wizyta studyjna", title_cs="Studijní cesta", title_en="Study visit")

    assert found("staz") == [url(internship)]


def test_prerov_finds_prerov():
    city_hall = OrganisationFactory(
        name_pl="Miasto statutarne Přerov",
        name_cs="Statutární město Přerov",
        name_en="Statutory City of Přerov",
    )
    OrganisationFactory(name="Statutory City of Olomouc")

    assert found("prerov") == [url(city_hall)]


@pytest.mark.parametrize("typo", ["gogolinn", "gogolni", "Gogolim"])
def test_a_one_letter_typo_in_a_title_still_finds_it(typo):
    hub = GoodPracticeFactory(title="The Gogolin transfer hub")
    GoodPracticeFactory(title="The Opole science park")

    assert found(typo) == [url(hub)]


def test_a_typo_is_forgiven_only_when_the_words_find_nothing():
    """Trigrams are the fallback: a word that matches keeps its exact matches alone."""
    exact = GoodPracticeFactory(summary="A bus line to Gogolin.")
    GoodPracticeFactory(title="The Gogolinn transfer hub")

    assert found("gogolin") == [url(exact)]


@pytest.mark.parametrize("name", ["Przerów", "Přerov", "prerov", "PRZEROW"])
def test_every_name_of_a_city_finds_what_is_in_it_practices_first(name):
    prerov = CityFactory(name_pl="Przerów", name_cs="Přerov", name_en="Prerov")
    practice = GoodPracticeFactory(city=prerov)
    project = ProjectFactory()
    project.cities.add(prerov)
    event = EventFactory(city=prerov)
    partner = OrganisationFactory(city=prerov)
    GoodPracticeFactory(city=CityFactory(name="Olomouc"))
    GoodPracticeFactory(city=prerov, status=DRAFT)

    assert found(name) == [url(practice), url(project), url(event), url(partner)]


def test_a_city_name_in_the_text_ranks_above_being_in_the_city():
    opole = CityFactory(name_pl="Opole", name_cs="Opolí", name_en="Opole")
    there = EventFactory(city=opole)
    mentioned = OrganisationFactory(name="Friends of Opolí")

    assert found("opoli") == [url(mentioned), url(there)]


def test_a_typo_finds_titles_of_every_kind():
    practice = GoodPracticeFactory(title="Cooperation of the Olomouc zoo")
    project = ProjectFactory(title="Olomouc and Opole agglomerations")
    partner = OrganisationFactory(name="Statutory City of Olomouc")
    event = EventFactory(title="Study visit to Olomouc")

    assert sorted(found("olomuc")) == sorted(
        [url(practice), url(project), url(partner), url(event)]
    )


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_czech_and_english_texts_are_searched_whatever_the_language(language):
    czech_only = GoodPracticeFactory(solution_cs="Společný jízdní řád přeshraničních autobusů.")
    english_only = ProjectFactory(description_en="Wayfinding signs along the border trail.")

    assert found("preshranicnich", language) == [url(czech_only, language)]
    assert found("wayfinding", language) == [url(english_only, language)]


def test_drafts_never_appear():
    published = GoodPracticeFactory(title="Olomouc zoo")
    GoodPracticeFactory(title="Olomouc draft", status=DRAFT)
    ProjectFactory(title="Olomouc project", status=DRAFT)
    OrganisationFactory(name="Olomouc partner", status=DRAFT)
    EventFactory(title="Olomouc visit", status=DRAFT)

    assert found("olomouc") == [url(published)]
    assert found("olomuc") == [url(published)]


def test_a_title_match_ranks_above_a_body_match():
    body_match = GoodPracticeFactory(results_en="More people took up cycling to work.")
    title_match = GoodPracticeFactory(title="Cycling to school")
    summary_match = EventFactory(summary="A ride showing cycling routes.")

    assert found("cycling") == [url(title_match), url(summary_match), url(body_match)]


def test_results_mix_kinds_ordered_by_rank():
    event = EventFactory(title="Zoo volunteers")
    practice = GoodPracticeFactory(summary="The zoo shares keepers.")

    page = search_site(query="zoo", language="en")

    assert [(result.kind, result.kind_label, result.url) for result in page] == [
        ("event", "Event", url(event)),
        ("practice", "Good practice", url(practice)),
    ]


def test_the_title_falls_back_to_another_language_when_the_active_one_is_empty():
    practice = GoodPracticeFactory(
        title_pl="Centrum przesiadkowe w Gogolinie", title_cs="", title_en=""
    )

    [result] = search_site(query="gogolinie", language="en")

    assert (result.title, result.url) == ("Centrum przesiadkowe w Gogolinie", url(practice))


def test_the_snippet_marks_the_matched_word_in_the_active_language():
    GoodPracticeFactory(
        summary_pl="Rowery miejskie w Opolu.",
        summary_en="City bikes in Opole.",
        problem_en="",
        solution_en="",
        results_en="",
    )

    [result] = search_site(query="bikes", language="en")

    assert (result.snippet, result.snippet_language) == ("City <mark>bikes</mark> in Opole", "en")


def test_searches_after_the_first_bind_their_own_words_and_keys():
    """The page's and the snippets' SQL is compiled once a process: each search binds its own."""
    bikes = GoodPracticeFactory(
        title_en="City bikes",
        summary_en="Bikes in Opole.",
        problem_en="",
        solution_en="",
        results_en="",
    )
    trams = GoodPracticeFactory(
        title_en="Night trams",
        summary_en="Trams in Ostrava.",
        problem_en="",
        solution_en="",
        results_en="",
    )

    searched = [
        [(result.url, result.snippet) for result in search_site(query=query, language="en")]
        for query in ("bikes", "trams", "bikes")
    ]

    assert searched == [
        [(url(bikes), "<mark>Bikes</mark> in Opole")],
        [(url(trams), "<mark>Trams</mark> in Ostrava")],
        [(url(bikes), "<mark>Bikes</mark> in Opole")],
    ]


def test_the_snippet_comes_from_the_language_that_matched():
    GoodPracticeFactory(
        summary_pl="Staż w urzędzie.",
        problem_pl="",
        solution_pl="",
        results_pl="",
        summary_en="An internship at the city hall.",
    )

    [result] = search_site(query="staz", language="en")

    assert (result.snippet, result.snippet_language) == ("<mark>Staż</mark> w urzędzie", "pl")


def test_the_snippet_escapes_html_in_the_content():
    GoodPracticeFactory(
        title_en="Bikes & <i>trams</i>",
        summary_en="Fewer cars < more bikes & trams",
        problem_en="",
        solution_en="",
        results_en="",
    )

    [result] = search_site(query="bikes", language="en")

    assert result.snippet == "Fewer cars &lt; more <mark>bikes</mark> &amp; trams"


def test_the_results_page_escapes_titles_snippets_and_the_query(client):
    GoodPracticeFactory(title="Bikes & <i>trams</i>", summary="<script>alert(1)</script> bikes")

    html = search_page(client, "bikes").content.decode()
    nothing = search_page(client, '<script>alert("q")</script>').content.decode()

    assert "Bikes &amp; &lt;i&gt;trams&lt;/i&gt; [en]</a>" in html
    assert "<script>" not in html
    assert "<script>" not in nothing
    assert "Nothing matches “&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;”." in nothing


def test_results_page_shows_count_kind_link_and_snippet(client):
    practice = GoodPracticeFactory(title="Olomouc zoo", summary="The Olomouc zoo")

    response = search_page(client, "olomouc")
    html = response.content.decode()

    assert response.status_code == 200
    assert "1 result for “olomouc”" in html
    assert f'<h2><a href="{practice.get_absolute_url()}">Olomouc zoo [en]</a></h2>' in html
    assert '<p class="meta">Good practice</p>' in html
    assert '<p class="snippet" lang="en"><mark>Olomouc</mark> zoo [en] The problem.' in html


def test_results_are_paginated_by_ten_keeping_the_query(client):
    practices = GoodPracticeFactory.create_batch(12, title="Olomouc zoo")

    first = search_page(client, "olomouc").content.decode()
    second = search_page(client, "olomouc", page=2).content.decode()

    assert "12 results for “olomouc”" in first
    assert first.count('<li class="search-result">') == 10
    assert second.count('<li class="search-result">') == 2
    assert 'href="/en/search/?q=olomouc&amp;page=2"' in first
    assert '<ol class="search-results" start="11">' in second
    shown = {url(practice) for practice in practices if url(practice) in first + second}
    assert len(shown) == 12


def test_an_empty_query_asks_for_words(client):
    html = search_page(client, "   ").content.decode()

    assert "Type a word or two to search" in html
    assert "result" not in html.split("<main", 1)[1].split("</main>")[0].replace("search-", "")


def test_no_results_say_so(client):
    GoodPracticeFactory(title="Olomouc zoo")

    html = search_page(client, "zzyzx").content.decode()

    assert "Nothing matches “zzyzx”. Check the spelling, or try other or fewer words." in html


@pytest.mark.parametrize(
    "query",
    [
        "\x00",
        "olo\x00mouc\x00",
        "x" * 10_000,
        "' OR 1=1 --",
        '"unclosed',
        "!!! & | :* () <-> -",
        "or",
        "-olomouc",
        "a",
        "\ue000\ue001",
    ],
)
def test_hostile_queries_get_a_page_not_an_error(client, query):
    GoodPracticeFactory(title="Olomouc zoo")

    assert search_page(client, query).status_code == 200


def test_nul_bytes_are_dropped_with_a_message(client):
    practice = GoodPracticeFactory(title="Olomouc zoo")

    html = search_page(client, "olomouc\x00").content.decode()

    assert "Characters that cannot be searched for were left out." in html
    assert 'value="olomouc"' in html
    assert f'<a href="{practice.get_absolute_url()}">' in html


def test_a_very_long_query_is_shortened_with_a_message(client):
    html = search_page(client, "olomouc " + "x" * 10_000).content.decode()

    assert "Your search was too long: only its first 200 characters were searched for." in html
    assert f'value="olomouc {"x" * 192}"' in html


def test_search_terms_clean_caps_length_and_drops_control_characters():
    assert search_terms_clean("  Přerov\x00 \t staż\n") == SearchTerms(
        "Přerov staż", shortened=False, characters_removed=True
    )
    assert search_terms_clean("a" * 201) == SearchTerms("a" * 200, shortened=True)
    assert search_terms_clean("a" * 200) == SearchTerms("a" * 200)


def test_a_page_costs_three_queries_however_many_results(django_assert_num_queries):
    EventFactory(title="Olomouc visit")

    with django_assert_num_queries(3):
        one = list(search_site(query="olomouc", language="en"))
    with django_assert_num_queries(3):
        by_typo = list(search_site(query="olomuc", language="en"))

    GoodPracticeFactory.create_batch(5, title="Olomouc zoo")
    ProjectFactory.create_batch(5, title="Olomouc project")
    OrganisationFactory.create_batch(4, name="Olomouc partner")
    with django_assert_num_queries(3):
        fifteen = list(search_site(query="olomouc", language="en"))

    assert (len(one), len(by_typo), len(fifteen)) == (1, 1, 10)


def test_an_empty_query_does_not_search(client):
    response = search_page(client, "")

    assert (response.status_code, response.context["page_obj"]) == (200, None)


def explain(queryset):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    try:
        return queryset.explain()
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = on")


def test_the_full_text_match_can_use_the_practices_gin_index():
    GoodPracticeFactory.create_batch(3)
    query = SearchQuery("olomouc", search_type="websearch", config=SEARCH_CONFIG)
    matches = GoodPractice.objects.alias(document=indexed_document(GoodPractice)).filter(
        document=query
    )

    assert "Bitmap Index Scan on practices_goodpractice_search" in explain(matches)


@pytest.mark.parametrize("model", [GoodPractice, Project, Organisation, Event])
def test_the_search_expressions_match_each_models_indexes(model):
    """Site search filters on the expressions it reads from the indexes: PostgreSQL can use them."""
    query = SearchQuery("olomouc", search_type="websearch", config=SEARCH_CONFIG)
    typed = Func(Lower(Value("olomuc")), function="portal_unaccent", output_field=TextField())
    table = model._meta.db_table

    document_plan = explain(
        model.objects.alias(document=indexed_document(model)).filter(document=query).order_by()
    )
    title_plan = explain(
        model.objects.alias(title_text=indexed_title(model))
        .filter(title_text__trigram_word_similar=typed)
        .order_by()
    )

    assert f"Bitmap Index Scan on {table}_search" in document_plan
    assert f"Bitmap Index Scan on {table}_trgm" in title_plan


def test_the_number_of_results_is_counted_once_for_every_page_and_language_until_content_changes(
    client, counts_kept, django_capture_on_commit_callbacks
):
    GoodPracticeFactory.create_batch(11, title_en="Tram depot")

    def visit(language, **params):
        with translation.override(language):
            path = reverse("search")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, {"q": "tram", **params})
        counted = [q for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
        return response.context["page_obj"].paginator.count, len(counted)

    first = visit("en")
    again = [visit("en", page=2), visit("cs")]
    with django_capture_on_commit_callbacks(execute=True):
        GoodPracticeFactory(title_en="Tram stop")
    after_change = visit("pl")

    assert (first, again, after_change) == ((11, 1), [(11, 0), (11, 0)], (12, 1))


def test_pages_within_the_title_tier_rank_no_whole_document():
    """A common word's first pages are its matches in titles, newest first, read without ranking."""
    in_titles = [GoodPracticeFactory(title=f"Tram line {n}") for n in range(11)]
    in_body = GoodPracticeFactory(results_en="A tram stop.")
    whole_rank = 'ts_rank("practices_goodpractice"."search_vector"'

    def page(number):
        with CaptureQueriesContext(connection) as queries, translation.override("en"):
            results = search_site(query="tram", language="en", page_number=number)
        ranking = [q["sql"] for q in queries.captured_queries if whole_rank in q["sql"]]
        return [result.url for result in results], len(ranking)

    newest_first = sorted(in_titles, key=lambda practice: (practice.published_at, practice.pk))[
        ::-1
    ]

    assert (page(1), page(2)) == (
        ([url(practice) for practice in newest_first[:10]], 0),
        ([url(newest_first[10]), url(in_body)], 1),
    )
