import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

import practices.models
from portal.models import PublicationStatus
from portal.sitewide.topics import SHORT_LIST, programmes_with_counts
from practices.models import GoodPractice
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
LANGUAGES = ["pl", "cs", "en"]


def get_page(client, name, language="en", **kwargs):
    with translation.override(language):
        return client.get(reverse(name, kwargs=kwargs or None))


def slugs(rows):
    return [row.slug for row in rows]


def text_in(language, row, field="title"):
    return getattr(row, f"{field}_{language}")


@pytest.fixture
def opole():
    return CityFactory(
        name="Opole",
        slug="opole",
        region_pl="województwo opolskie",
        region_cs="Opolské vojvodství",
        region_en="Opole Voivodeship",
        agglomeration_pl="Aglomeracja Opolska",
        agglomeration_cs="Opolská aglomerace",
        agglomeration_en="Opole Agglomeration",
    )


@pytest.fixture
def mobility():
    return ThemeFactory(
        name="Mobility",
        slug="mobility",
        description_pl="Transport publiczny.",
        description_cs="Veřejná doprava.",
        description_en="Public transport.",
    )


@pytest.fixture
def interreg():
    return ProgrammeFactory(
        name="Interreg V-A Czech Republic - Poland",
        slug="interreg-cz-pl",
        website="https://www.cz-pl.eu/",
    )


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("cities:list", "/en/cities/"),
        ("cities:detail", "/en/cities/opole/"),
        ("themes:list", "/en/themes/"),
        ("themes:detail", "/en/themes/opole/"),
        ("programmes:list", "/en/programmes/"),
        ("programmes:detail", "/en/programmes/opole/"),
    ],
)
def test_topic_urls_reverse_and_resolve_in_every_language(name, path):
    kwargs = {"slug": "opole"} if name.endswith(":detail") else None
    assert reverse(name, kwargs=kwargs) == path
    for language in LANGUAGES:
        with translation.override(language):
            address = reverse(name, kwargs=kwargs)
            assert address.startswith(f"/{language}/")
            assert resolve(address).view_name == name


def test_models_link_to_their_topic_pages(opole, mobility, interreg):
    assert opole.get_absolute_url() == "/en/cities/opole/"
    assert mobility.get_absolute_url() == "/en/themes/mobility/"
    assert interreg.get_absolute_url() == "/en/programmes/interreg-cz-pl/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_city_page_lists_only_what_is_published_there(client, opole, language):
    elsewhere = CityFactory()
    older = GoodPracticeFactory(city=opole, slug="older", year_start=2015)
    newer = GoodPracticeFactory(city=opole, slug="newer", year_start=2020)
    GoodPracticeFactory(city=opole, title="Draft practice", status=DRAFT)
    GoodPracticeFactory(city=elsewhere, title="Practice elsewhere")
    project = ProjectFactory(slug="project-here")
    project.cities.add(opole, elsewhere)
    ProjectFactory(title="Draft project", status=DRAFT).cities.add(opole)
    ProjectFactory(title="Project elsewhere").cities.add(elsewhere)
    partner = OrganisationFactory(city=opole, slug="partner-here")
    OrganisationFactory(city=opole, name="Draft partner", status=DRAFT)
    event = EventFactory(city=opole, slug="event-here")
    EventFactory(city=opole, title="Draft event", status=DRAFT)

    response = get_page(client, "cities:detail", language, slug="opole")
    html = response.content.decode()

    assert response.status_code == 200
    assert slugs(response.context["practices"]) == [newer.slug, older.slug]
    assert slugs(response.context["projects"]) == [project.slug]
    assert slugs(response.context["organisations"]) == [partner.slug]
    assert slugs(response.context["events"]) == [event.slug]
    counts = [response.context[f"{kind}_count"] for kind in ("practice", "project", "event")]
    assert (counts, response.context["organisation_count"]) == ([2, 1, 1], 1)
    shown = [opole, newer, project, event]
    for row, field in zip(shown, ["name", "title", "title", "title"], strict=True):
        assert text_in(language, row, field) in html
    assert text_in(language, partner, "name") in html
    for hidden in ("Draft", "elsewhere"):
        assert hidden not in html
    assert "Nothing about" not in html


def test_city_page_shows_its_facts_and_links_to_the_filtered_lists_and_the_map(client, opole):
    GoodPracticeFactory.create_batch(2, city=opole)
    ProjectFactory().cities.add(opole)
    OrganisationFactory.create_batch(3, city=opole)
    EventFactory(city=opole)

    html = client.get("/en/cities/opole/").content.decode()

    assert "<dd>Polska [en]</dd>" in html
    assert "<dd>Opole Voivodeship</dd>" in html
    assert "<dd>Opole Agglomeration</dd>" in html
    assert '<a href="/en/map/#city-opole">Opole [en] on the map</a>' in html
    assert '<a href="/en/good-practices/?city=opole">See all 2 good practices</a>' in html
    assert '<a href="/en/projects/?city=opole">See 1 project in the full list</a>' in html
    assert '<a href="/en/partners/?city=opole">See all 3 partners</a>' in html
    assert '<a href="/en/events/?city=opole">See 1 event in the full list</a>' in html


def test_city_page_lists_a_few_and_counts_them_all(client, opole):
    practices = [GoodPracticeFactory(city=opole, year_start=2000 + n) for n in range(8)]

    response = client.get("/en/cities/opole/")

    newest_first = sorted(practices, key=lambda practice: -practice.year_start)
    assert slugs(response.context["practices"]) == slugs(newest_first[:SHORT_LIST])
    assert response.context["practice_count"] == 8
    assert "See all 8 good practices" in response.content.decode()


def test_city_with_only_drafts_says_nothing_is_published_and_is_not_on_the_map(client, opole):
    GoodPracticeFactory(city=opole, title="Draft practice", status=DRAFT)
    EventFactory(city=opole, title="Draft event", status=DRAFT)

    response = client.get("/en/cities/opole/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Nothing about Opole [en] has been published yet." in html
    assert "Draft" not in html
    assert "/en/map/#city-opole" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_page_lists_only_published_practices_and_projects_on_it(client, mobility, language):
    other_theme = ThemeFactory()
    practice = GoodPracticeFactory(slug="on-theme")
    practice.themes.add(mobility, other_theme)
    GoodPracticeFactory(title="Draft practice", status=DRAFT).themes.add(mobility)
    GoodPracticeFactory(title="Practice off theme").themes.add(other_theme)
    project = ProjectFactory(slug="project-on-theme")
    project.themes.add(mobility)
    ProjectFactory(title="Draft project", status=DRAFT).themes.add(mobility)
    ProjectFactory(title="Project off theme")

    response = get_page(client, "themes:detail", language, slug="mobility")
    html = response.content.decode()

    assert response.status_code == 200
    assert slugs(response.context["practices"]) == [practice.slug]
    assert slugs(response.context["projects"]) == [project.slug]
    assert (response.context["practice_count"], response.context["project_count"]) == (1, 1)
    description = {
        "pl": "Transport publiczny.",
        "cs": "Veřejná doprava.",
        "en": "Public transport.",
    }
    assert f"Mobility [{language}]" in html
    assert description[language] in html
    assert text_in(language, practice) in html
    assert text_in(language, project) in html
    assert "Draft" not in html
    assert "off theme" not in html


def test_theme_page_links_to_the_lists_filtered_by_theme(client, mobility):
    GoodPracticeFactory().themes.add(mobility)
    for project in ProjectFactory.create_batch(2):
        project.themes.add(mobility)

    html = client.get("/en/themes/mobility/").content.decode()

    assert '<a href="/en/good-practices/?theme=mobility">See 1 good practice' in html
    assert '<a href="/en/projects/?theme=mobility">See all 2 projects</a>' in html


def test_theme_with_only_drafts_says_nothing_is_published(client, mobility):
    GoodPracticeFactory(title="Draft practice", status=DRAFT).themes.add(mobility)

    response = client.get("/en/themes/mobility/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Nothing on this theme has been published yet." in html
    assert "Draft" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_programme_page_lists_its_published_projects_and_their_practices(
    client, interreg, language
):
    first = ProjectFactory(programme=interreg, slug="first", start_date="2017-07-01")
    second = ProjectFactory(programme=interreg, slug="second", start_date="2018-02-01")
    draft_project = ProjectFactory(programme=interreg, title="Draft project", status=DRAFT)
    other_project = ProjectFactory(title="Project of another programme")
    of_both = GoodPracticeFactory(slug="of-both", year_start=2018)
    of_both.projects.add(first, second)
    of_first = GoodPracticeFactory(slug="of-first", year_start=2017)
    of_first.projects.add(first)
    GoodPracticeFactory(title="Draft practice", status=DRAFT).projects.add(first)
    GoodPracticeFactory(title="Practice of a draft project").projects.add(draft_project)
    GoodPracticeFactory(title="Practice of another programme").projects.add(other_project)

    response = get_page(client, "programmes:detail", language, slug="interreg-cz-pl")
    html = response.content.decode()

    assert response.status_code == 200
    assert slugs(response.context["projects"]) == [second.slug, first.slug]
    assert slugs(response.context["practices"]) == [of_both.slug, of_first.slug]
    assert (response.context["project_count"], response.context["practice_count"]) == (2, 2)
    assert f"Interreg V-A Czech Republic - Poland [{language}]" in html
    for hidden in ("Draft", "draft project", "another programme"):
        assert hidden not in html


def test_programme_page_shows_its_facts_and_links_to_the_filtered_lists(client, interreg):
    project = ProjectFactory(programme=interreg)
    GoodPracticeFactory().projects.add(project)

    html = client.get("/en/programmes/interreg-cz-pl/").content.decode()

    assert "<dd>2014–2020</dd>" in html
    assert "<dd>European Regional Development Fund (ERDF)</dd>" in html
    assert 'href="https://www.cz-pl.eu/"' in html
    assert '<a href="/en/projects/?programme=interreg-cz-pl">See 1 project' in html
    assert '<a href="/en/good-practices/?programme=interreg-cz-pl">See 1 good practice' in html


def test_programme_without_published_projects_says_so(client, interreg):
    ProjectFactory(programme=interreg, title="Draft project", status=DRAFT)

    html = client.get("/en/programmes/interreg-cz-pl/").content.decode()

    assert "No project of this programme has been published yet." in html
    assert "Draft project" not in html


def test_draft_programme_is_not_found(client):
    ProgrammeFactory(slug="draft-programme", status=DRAFT)

    assert client.get("/en/programmes/draft-programme/").status_code == 404


@pytest.mark.parametrize("name", ["cities:detail", "themes:detail", "programmes:detail"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_slug_is_not_found(client, name, language):
    assert get_page(client, name, language, slug="nowhere").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_city_index_groups_cities_with_published_content_by_country(client, opole, language):
    olomouc = CityFactory(name="Olomouc", slug="olomouc", country=CountryFactory(code="CZ"))
    prerov = CityFactory(name="Prerov", slug="prerov", country=olomouc.country)
    GoodPracticeFactory.create_batch(2, city=opole)
    GoodPracticeFactory(city=opole, status=DRAFT)
    ProjectFactory().cities.add(opole, olomouc)
    ProjectFactory(status=DRAFT).cities.add(prerov)
    EventFactory(city=prerov)
    EventFactory(city=olomouc, status=DRAFT)
    only_drafts = CityFactory(name="Draft town")
    GoodPracticeFactory(city=only_drafts, status=DRAFT)
    OrganisationFactory(city=CityFactory(name="Partner town"))

    response = get_page(client, "cities:list", language)
    html = response.content.decode()

    counts = {
        city.slug: (city.practice_count, city.project_count, city.event_count)
        for city in response.context["cities"]
    }
    assert response.status_code == 200
    # Česko before Polska; cities by name within their country.
    assert slugs(response.context["cities"]) == ["olomouc", "prerov", "opole"]
    assert counts == {"olomouc": (0, 1, 0), "prerov": (0, 0, 1), "opole": (2, 1, 0)}
    assert html.index(f"Česko [{language}]") < html.index(f"Polska [{language}]")
    assert "Draft town" not in html
    assert "Partner town" not in html


def test_city_index_shows_counts_and_links(client, opole):
    GoodPracticeFactory.create_batch(2, city=opole)
    ProjectFactory().cities.add(opole)

    html = client.get("/en/cities/").content.decode()

    assert '<a href="/en/cities/opole/">Opole [en]</a>' in html
    assert "2 good practices · 1 project · 0 events" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_index_lists_every_theme_with_its_published_counts(client, mobility, language):
    culture = ThemeFactory(name="Culture", slug="culture")
    empty = ThemeFactory(name="Rivers", slug="rivers")
    for practice in GoodPracticeFactory.create_batch(3):
        practice.themes.add(mobility)
    GoodPracticeFactory(status=DRAFT).themes.add(mobility)
    both = GoodPracticeFactory()
    both.themes.add(mobility, culture)
    ProjectFactory().themes.add(culture)
    ProjectFactory(status=DRAFT).themes.add(culture, mobility)

    response = get_page(client, "themes:list", language)
    html = response.content.decode()

    counts = {
        theme.slug: (theme.practice_count, theme.project_count)
        for theme in response.context["themes"]
    }
    assert response.status_code == 200
    assert slugs(response.context["themes"]) == ["culture", "mobility", "rivers"]
    assert counts == {"culture": (1, 1), "mobility": (4, 0), empty.slug: (0, 0)}
    assert f'<a href="/{language}/' in html
    assert f"Mobility [{language}]" in html


def test_theme_index_shows_counts(client, mobility):
    for practice in GoodPracticeFactory.create_batch(2):
        practice.themes.add(mobility)

    html = client.get("/en/themes/").content.decode()

    assert '<a href="/en/themes/mobility/">Mobility [en]</a>' in html
    assert "2 good practices · 0 projects" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_programme_index_lists_published_programmes_with_counts(client, interreg, language):
    newer = ProgrammeFactory(slug="newer", period_start=2021, period_end=2027)
    ProgrammeFactory(name="Draft programme", status=DRAFT)
    project = ProjectFactory(programme=interreg)
    ProjectFactory(programme=interreg, status=DRAFT)
    GoodPracticeFactory.create_batch(2)[0].projects.add(project)

    response = get_page(client, "programmes:list", language)
    html = response.content.decode()

    counts = {
        programme.slug: (programme.project_count, programme.practice_count)
        for programme in response.context["programmes"]
    }
    assert response.status_code == 200
    assert slugs(response.context["programmes"]) == [newer.slug, interreg.slug]
    assert counts == {newer.slug: (0, 0), interreg.slug: (1, 1)}
    assert html.index("2021–2027") < html.index("2014–2020")
    assert "Draft programme" not in html


def test_programme_counts_are_one_query_and_count_each_practice_once(interreg):
    first, second = ProjectFactory.create_batch(2, programme=interreg)
    practice = GoodPracticeFactory()
    practice.projects.add(first, second)
    GoodPracticeFactory().projects.add(first)

    with CaptureQueriesContext(connection) as queries:
        counts = [(p.slug, p.project_count, p.practice_count) for p in programmes_with_counts()]

    assert counts == [(interreg.slug, 2, 2)]
    assert len(queries) == 1


def test_home_lists_programmes_with_published_projects_and_their_counts(client, interreg):
    project = ProjectFactory(programme=interreg)
    ProjectFactory(programme=interreg)
    GoodPracticeFactory().projects.add(project)
    GoodPracticeFactory(status=DRAFT).projects.add(project)
    ProjectFactory(programme__name="Only drafts", status=DRAFT)
    ProjectFactory(programme__name="Draft programme", programme__status=DRAFT)

    response = client.get("/en/")
    html = response.content.decode()

    counts = [
        (programme.slug, programme.project_count, programme.practice_count)
        for programme in response.context["programmes"]
    ]
    assert counts == [(interreg.slug, 2, 1)]
    assert f'<a href="{interreg.get_absolute_url()}">' in html
    assert "2014–2020 · 1 good practice · 2 projects" in html
    assert "Only drafts" not in html
    assert "Draft programme" not in html


class TestSimilarPractices:
    @pytest.fixture
    def themes(self):
        return ThemeFactory.create_batch(4)

    @pytest.fixture
    def practice(self, opole, themes):
        practice = GoodPracticeFactory(city=opole, slug="the-practice")
        practice.themes.add(*themes[:3])
        return practice

    @pytest.fixture
    def candidates(self, opole, themes):
        a, b, c, d = themes

        def candidate(slug, shared, city=None, **kwargs):
            row = GoodPracticeFactory(slug=slug, city=city or CityFactory(), **kwargs)
            row.themes.add(*shared)
            return row

        return [
            candidate("all-three", [a, b, c], year_start=2010),
            candidate("two-same-city", [a, b], city=opole, year_start=2011),
            candidate("two-newer", [a, b, d], year_start=2022),
            candidate("two-older", [b, c], year_start=2012),
            candidate("one-same-city", [c], city=opole),
            candidate("one", [a]),
            candidate("none-same-city", [], city=opole),
            candidate("draft", [a, b, c], status=DRAFT),
            candidate("other-theme", [d]),
            candidate("no-theme", []),
        ]

    def test_most_shared_themes_first_then_same_city_then_newest(self, practice, candidates):
        similar = GoodPractice.objects.published().similar_to(practice, count=10)

        assert slugs(similar) == [
            "all-three",
            "two-same-city",
            "two-newer",
            "two-older",
            "one-same-city",
            "one",
            "none-same-city",
        ]

    def test_only_the_newest_practices_of_each_theme_and_of_the_city_are_ranked(
        self, practice, candidates, monkeypatch
    ):
        monkeypatch.setattr(practices.models, "SIMILAR_CANDIDATES", 2)

        similar = GoodPractice.objects.published().similar_to(practice, count=10)

        # The two newest with theme a: two-newer (2022) and one (2019); with b: two-newer and
        # two-older (2012); with c: one-same-city (2019) and two-older; in Opole: none-same-city
        # and one-same-city (2019). all-three (2010) and two-same-city (2011) are passed over.
        assert slugs(similar) == [
            "two-newer",
            "two-older",
            "one-same-city",
            "one",
            "none-same-city",
        ]

    def test_similar_practices_are_one_query_given_the_practices_themes(self, practice, candidates):
        practice = GoodPractice.objects.prefetch_related("themes").get(pk=practice.pk)

        with CaptureQueriesContext(connection) as queries:
            similar = list(GoodPractice.objects.published().similar_to(practice, count=4))

        assert (len(similar), len(queries)) == (4, 1)

    def test_practice_page_shows_four_similar_practices(self, client, practice, candidates):
        response = client.get(practice.get_absolute_url())
        html = response.content.decode()

        expected = ["all-three", "two-same-city", "two-newer", "two-older"]
        assert slugs(response.context["similar_practices"]) == expected
        links = [html.index(f'href="/en/good-practices/{slug}/"') for slug in expected]
        assert html.index("Similar good practices") < links[0]
        assert links == sorted(links)
        assert "/en/good-practices/one-same-city/" not in html

    def test_practice_without_similar_ones_has_no_such_section(self, client):
        practice = GoodPracticeFactory()

        html = client.get(practice.get_absolute_url()).content.decode()

        assert "Similar good practices" not in html


def test_detail_pages_link_to_cities_themes_and_programmes(client, opole, mobility, interreg):
    project = ProjectFactory(programme=interreg)
    project.cities.add(opole)
    project.themes.add(mobility)
    practice = GoodPracticeFactory(city=opole)
    practice.themes.add(mobility)
    event = EventFactory(city=opole)
    partner = OrganisationFactory(city=opole)

    for page in (practice, project, event, partner):
        html = client.get(page.get_absolute_url()).content.decode()
        assert '<a href="/en/cities/opole/">Opole [en]</a>' in html
    for page in (practice, project):
        html = client.get(page.get_absolute_url()).content.decode()
        assert '<a href="/en/themes/mobility/">Mobility [en]</a>' in html
    html = client.get(project.get_absolute_url()).content.decode()
    assert f'<a href="/en/programmes/interreg-cz-pl/">{interreg.name}</a>' in html


def test_project_page_neither_links_nor_names_a_draft_programme(client):
    project = ProjectFactory(programme__status=DRAFT)

    html = client.get(project.get_absolute_url()).content.decode()

    assert project.programme.name not in html
    assert project.programme.get_absolute_url() not in html
