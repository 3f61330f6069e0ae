"""Content around one city, programme and theme, and the address of every kind of public page
it gives; for tests that visit every page (every language, page cache, headers, hostile queries)."""

from django.urls import reverse

from portal.models import NewsItem
from tests.support.factories import (
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
    """(name, address) of every kind of public page, in the active language."""
    practice, project = web.practices[0], web.projects[0]
    organisation, event = web.organisations[0], web.events[0]
    return [
        ("home", reverse("home")),
        ("search", reverse("search") + "?q=practice"),
        ("map", reverse("map")),
        ("practices", reverse("practices:list")),
        ("practices filtered", reverse("practices:list") + "?programme=interreg&city=opole"),
        ("practices searched", reverse("practices:list") + "?q=practice"),
        ("practice", practice.get_absolute_url()),
        ("projects", reverse("projects:list")),
        ("projects filtered", reverse("projects:list") + "?theme=mobility&country=pl"),
        ("project", project.get_absolute_url()),
        ("partners", reverse("partners:list")),
        ("partners filtered", reverse("partners:list") + "?city=opole"),
        ("partner", organisation.get_absolute_url()),
        ("events", reverse("events:list")),
        ("events filtered", reverse("events:list") + "?city=opole&when=past"),
        ("event", event.get_absolute_url()),
        ("page", web.page.get_absolute_url()),
        ("news", reverse("news:list")),
        ("news item", NewsItem.objects.earliest("pk").get_absolute_url()),
        ("cities", reverse("cities:list")),
        ("city", web.city.get_absolute_url()),
        ("themes", reverse("themes:list")),
        ("theme", web.theme.get_absolute_url()),
        ("programmes", reverse("programmes:list")),
        ("programme", web.programme.get_absolute_url()),
        ("privacy notice", reverse("privacy")),
        ("accessibility statement", reverse("accessibility")),
        ("practices feed", reverse("feeds:practices-rss")),
        ("events feed", reverse("feeds:events-atom")),
        ("news feed", reverse("feeds:news-rss")),
    ]
