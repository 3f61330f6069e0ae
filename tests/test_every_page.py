"""Every public page answers in every language, and costs a fixed number of queries.

One web of content, in which each practice has a project, a partner, an event, themes, pictures,
documents and links, is grown from `FEW` to `MANY` practices; each page must make the same number of
queries at both sizes, within a budget, once its thumbnails exist.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from portal.models import NewsItem
from tests.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    EventImageFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PageFactory,
    PartnershipFactory,
    PracticeDocumentFactory,
    PracticeImageFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

FEW, MANY = 1, 5
# A list pays a query for each facet's choices and one for all their counts together, then its
# count and its page (tests/test_query_counts.py gives each page's figure).
LIST_QUERY_BUDGET = 12
DETAIL_QUERY_BUDGET = 15


class ContentWeb:
    """Content around one city, programme and theme, grown a practice (and its circle) at a time."""

    def __init__(self):
        self.city = CityFactory(slug="opole", name="Opole", country=CountryFactory(code="PL"))
        self.programme = ProgrammeFactory(slug="interreg")
        self.theme = ThemeFactory(slug="mobility")
        self.page = PageFactory(slug="about")
        self.practices, self.projects, self.organisations, self.events = [], [], [], []

    def grow(self, count):
        for _ in range(count):
            organisation = OrganisationFactory(city=self.city)
            project = ProjectFactory(programme=self.programme)
            project.cities.add(self.city)
            project.themes.add(self.theme)
            PartnershipFactory(project=project, organisation=organisation)
            practice = GoodPracticeFactory(city=self.city, cover_image=None)
            practice.themes.add(self.theme)
            practice.projects.add(*self.projects[:1], project)
            practice.organisations.add(organisation)
            PracticeImageFactory(practice=self.first(self.practices, practice))
            PracticeDocumentFactory(practice=self.first(self.practices, practice))
            PracticeLinkFactory(practice=self.first(self.practices, practice))
            event = EventFactory(city=self.city, project=self.first(self.projects, project))
            event.practices.add(self.first(self.practices, practice))
            event.organisations.add(self.first(self.organisations, organisation))
            EventImageFactory(event=self.first(self.events, event))
            NewsItemFactory()
            self.practices.append(practice)
            self.projects.append(project)
            self.organisations.append(organisation)
            self.events.append(event)

    @staticmethod
    def first(rows, new):
        """The first row of a kind, whose page shows ever more of the others."""
        return rows[0] if rows else new


def pages(web):
    """(name, address, budget) of every public page, in the active language."""
    practice, project = web.practices[0], web.projects[0]
    organisation, event = web.organisations[0], web.events[0]
    lists, details = LIST_QUERY_BUDGET, DETAIL_QUERY_BUDGET
    return [
        ("home", reverse("home"), lists),
        ("search", reverse("search") + "?q=practice", lists),
        ("map", reverse("map"), lists),
        ("practices", reverse("practices:list"), lists),
        ("practices filtered", reverse("practices:list") + "?programme=interreg&city=opole", lists),
        ("practices searched", reverse("practices:list") + "?q=practice", lists),
        ("practice", practice.get_absolute_url(), details),
        ("projects", reverse("projects:list"), lists),
        ("projects filtered", reverse("projects:list") + "?theme=mobility&country=pl", lists),
        ("project", project.get_absolute_url(), details),
        ("partners", reverse("partners:list"), lists),
        ("partners filtered", reverse("partners:list") + "?city=opole", lists),
        ("partner", organisation.get_absolute_url(), details),
        ("events", reverse("events:list"), lists),
        ("events filtered", reverse("events:list") + "?city=opole&when=past", lists),
        ("event", event.get_absolute_url(), details),
        ("page", web.page.get_absolute_url(), details),
        ("news", reverse("news:list"), lists),
        ("news item", NewsItem.objects.earliest("pk").get_absolute_url(), details),
        ("cities", reverse("cities:list"), lists),
        ("city", web.city.get_absolute_url(), details),
        ("themes", reverse("themes:list"), lists),
        ("theme", web.theme.get_absolute_url(), details),
        ("programmes", reverse("programmes:list"), lists),
        ("programme", web.programme.get_absolute_url(), details),
        ("practices feed", reverse("feeds:practices-rss"), lists),
        ("events feed", reverse("feeds:events-atom"), lists),
        ("news feed", reverse("feeds:news-rss"), lists),
    ]


def queries_of(client, address):
    client.get(address)  # Thumbnails are made and remembered on the first view.
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(captured)


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_every_page_answers_in_every_language(client, language):
    web = ContentWeb()
    web.grow(2)

    with translation.override(language):
        addresses = [(name, address) for name, address, _budget in pages(web)]
    for name, address in addresses:
        response = client.get(address)
        html = response.content.decode()
        assert response.status_code == 200, name
        assert address.startswith(f"/{language}/"), name
        if "feed" not in name:
            assert f'<html lang="{language}">' in html, name


def test_queries_per_page_do_not_grow_with_the_content(client):
    web = ContentWeb()
    web.grow(FEW)
    few = {name: queries_of(client, address) for name, address, _budget in pages(web)}

    web.grow(MANY - FEW)
    many = {name: queries_of(client, address) for name, address, _budget in pages(web)}

    assert many == few
    over_budget = {
        name: (many[name], budget) for name, _address, budget in pages(web) if many[name] > budget
    }
    assert over_budget == {}
