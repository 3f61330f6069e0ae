"""Nothing of an unpublished item shows in any public output, through any relation that links a
published item (or a city, a theme) to it: every page, feed, download, sitemap and API answer is
read, in pl, cs and en, for the hidden item's texts and slug.

The relations are found by walking the models' fields: a relation to a publishable model that
has no case here fails `test_every_relation_to_publishable_content_has_a_case`.
"""

import json
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from events.models import EventKind
from portal.models import PublicationStatus, Publishable
from portal.transfers.models import Transfer
from practices.models import GoodPractice, PracticeDocument
from projects.models import PartnerRole
from tests.support.crawl import (
    API_LISTS,
    FACETED_LISTS,
    HIDDEN,
    LANGUAGES,
    PUBLISHABLE_PAGES,
    SHARED_WORD,
    event,
    get,
    hidden_texts,
    news_item,
    organisation,
    page,
    practice,
    programme,
    project,
    public_outputs,
    text_of,
)
from tests.support.factories import (
    ApplicationFactory,
    CityFactory,
    ContactPersonFactory,
    CountryFactory,
    EventImageFactory,
    PartnershipFactory,
    PracticeDocumentFactory,
    PracticeImageFactory,
    PracticeLinkFactory,
    ThemeFactory,
    TransferFactory,
)

pytestmark = pytest.mark.django_db

CONTENT_APPS = ["portal", "contacts", "projects", "practices", "events", "transfers"]
# Every status but published: an item in any of them is hidden from the public.
NOT_PUBLISHED = [status for status in PublicationStatus if status != PublicationStatus.PUBLISHED]


def hidden_practice_with_attachments(status):
    """A hidden practice with a picture, a document and a link, each named after it."""
    hidden = practice(status)
    PracticeImageFactory(practice=hidden, **hidden_texts("picture", "alt_text", "caption"))
    PracticeDocumentFactory(practice=hidden, **hidden_texts("document", "title"))
    PracticeLinkFactory(
        practice=hidden, url=f"https://example.org/{HIDDEN}", **hidden_texts("link", "title")
    )
    return hidden


def hidden_event_with_photo(status):
    hidden = event(status)
    EventImageFactory(event=hidden, **hidden_texts("photo", "alt_text", "caption"))
    return hidden


def proposed_change(make):
    """A published item and a hidden proposed change to it (Revisable.revision_of): the public
    sees the item, never the change."""

    def case(status):
        hidden = hidden_practice_with_attachments(status) if make is practice else make(status)
        published = make()
        type(hidden).objects.filter(pk=hidden.pk).update(revision_of=published)
        return hidden

    return case


def in_city(status, hidden_kind):
    """A city with a published practice, and a hidden item of `hidden_kind` there too."""
    city = CityFactory(name=f"{SHARED_WORD} town")
    practice(city=city)
    if hidden_kind is project:
        project(status).cities.add(city)
    else:
        hidden_kind(status, city=city)


def on_theme(status, hidden_kind):
    """A theme of a published practice and project, and of a hidden item too."""
    theme = ThemeFactory(name=f"{SHARED_WORD} theme")
    practice().themes.add(theme)
    project().themes.add(theme)
    hidden_kind(status).themes.add(theme)


def naming_a_contact(make):
    """A hidden item of the kind `make` makes naming a contact person, whose name and role are
    shown on published items' pages."""

    def case(status):
        contact = ContactPersonFactory(organisation=organisation())
        make(status).contact_listings.create(contact=contact)

    return case


def contact_at_hidden_organisation(status):
    """A published practice naming a contact person who works at a hidden organisation."""
    contact = ContactPersonFactory(organisation=organisation(status))
    practice().contact_listings.create(contact=contact)


def hidden_transfer(status, **links):
    """A hidden transfer of a published practice, its note naming it, linked to `links`."""
    return TransferFactory(
        source=links.pop("source", None) or practice(),
        status=status,
        **hidden_texts("transfer", "note"),
        **links,
    )


def transfer_of(**hidden_links):
    """A published transfer of a published practice (unless `source` is given) linked to a
    hidden item."""
    links = {"source": practice(), **hidden_links}
    return TransferFactory(**links)


# "app_label.Model.field" of every relation to a publishable model: a published item (or a city,
# a theme) linked through it to a hidden one, made by the function given the hidden one's status.
RELATION_CASES = {
    "portal.City.practices": lambda status: in_city(status, practice),
    "portal.City.projects": lambda status: in_city(status, project),
    "portal.City.organisations": lambda status: in_city(status, organisation),
    "portal.City.events": lambda status: in_city(status, event),
    "portal.Theme.practices": lambda status: on_theme(status, practice),
    "portal.Theme.projects": lambda status: on_theme(status, project),
    "portal.NewsItem.project": lambda status: news_item(project=project(status)),
    "projects.Programme.projects": lambda status: project(status, programme=programme()),
    "projects.Organisation.projects": lambda status: PartnershipFactory(
        organisation=organisation(), project=project(status)
    ),
    "projects.Organisation.practices": lambda status: practice(status).organisations.add(
        organisation()
    ),
    "projects.Organisation.events": lambda status: event(status).organisations.add(organisation()),
    "projects.Project.programme": lambda status: project(programme=programme(status)),
    "projects.Project.partners": lambda status: PartnershipFactory(
        project=project(), organisation=organisation(status)
    ),
    "projects.Project.practices": lambda status: practice(status).projects.add(project()),
    "projects.Project.events": lambda status: event(status, project=project()),
    "projects.Project.news": lambda status: news_item(status, project=project()),
    "projects.Partnership.project": lambda status: PartnershipFactory(
        project=project(status), organisation=organisation(), role=PartnerRole.LEAD
    ),
    "projects.Partnership.organisation": lambda status: PartnershipFactory(
        project=project(), organisation=organisation(status), role=PartnerRole.LEAD
    ),
    "practices.GoodPractice.organisations": lambda status: practice().organisations.add(
        organisation(status)
    ),
    "practices.GoodPractice.projects": lambda status: practice().projects.add(project(status)),
    "practices.GoodPractice.events": lambda status: event(status).practices.add(practice()),
    "practices.PracticeImage.practice": hidden_practice_with_attachments,
    "practices.PracticeDocument.practice": hidden_practice_with_attachments,
    "practices.PracticeLink.practice": hidden_practice_with_attachments,
    "events.Event.project": lambda status: event(project=project(status)),
    "events.Event.organisations": lambda status: event().organisations.add(organisation(status)),
    "events.Event.practices": lambda status: event().practices.add(practice(status)),
    "events.EventImage.event": hidden_event_with_photo,
    "practices.GoodPractice.revision_of": proposed_change(practice),
    "practices.GoodPractice.revisions": proposed_change(practice),
    "events.Event.revision_of": proposed_change(event),
    "events.Event.revisions": proposed_change(event),
    "contacts.ContactPerson.organisation": contact_at_hidden_organisation,
    "contacts.ContactPerson.contact_for_practices": naming_a_contact(practice),
    "contacts.ContactPerson.contact_for_projects": naming_a_contact(project),
    "contacts.ContactPerson.contact_for_organisations": naming_a_contact(organisation),
    "contacts.ContactPerson.contact_for_events": naming_a_contact(event),
    "practices.PracticeContact.practice": naming_a_contact(practice),
    "projects.ProjectContact.project": naming_a_contact(project),
    "projects.OrganisationContact.organisation": naming_a_contact(organisation),
    "events.EventContact.event": naming_a_contact(event),
    "events.Application.event": lambda status: ApplicationFactory(event=event(status)),
    "transfers.Transfer.source": lambda status: TransferFactory(
        source=practice(status), **hidden_texts("transfer", "note")
    ),
    "transfers.Transfer.adopted_practice": lambda status: transfer_of(
        adopted_practice=practice(status)
    ),
    "transfers.Transfer.organisation": lambda status: transfer_of(
        organisation=organisation(status)
    ),
    "transfers.Transfer.events": lambda status: transfer_of().events.add(event(status)),
    "practices.GoodPractice.transfers_out": hidden_transfer,
    "practices.GoodPractice.transfers_in": lambda status: hidden_transfer(
        status, adopted_practice=practice()
    ),
    "portal.City.transfers_in": lambda status: hidden_transfer(
        status, city=CityFactory(name=f"{SHARED_WORD} town")
    ),
    "projects.Organisation.transfers_in": lambda status: hidden_transfer(
        status, organisation=organisation()
    ),
    "events.Event.transfers": lambda status: hidden_transfer(status).events.add(event()),
}


def relations_to_publishable_content():
    """Every relation of the content apps' models to a publishable model, as "app.Model.field".

    The admin's version history (django-simple-history's models), which only staff read, aside.
    """
    found = set()
    for app in CONTENT_APPS:
        for model in apps.get_app_config(app).get_models():
            if hasattr(model, "instance_type"):
                continue
            for field in model._meta.get_fields():
                if field.is_relation and issubclass(field.related_model, Publishable):
                    found.add(f"{model._meta.label}.{field.name}")
    return found


def test_every_relation_to_publishable_content_has_a_case():
    assert relations_to_publishable_content() == set(RELATION_CASES)


@pytest.mark.parametrize(
    "make", [practice, project, event, news_item, page], ids=lambda m: m.__name__
)
def test_a_hidden_item_is_marked_in_each_language_and_its_slug(make):
    hidden = make(NOT_PUBLISHED[0])

    titles = [getattr(hidden, f"title_{code}") for code in LANGUAGES]
    summaries = [getattr(hidden, f"summary_{code}") for code in LANGUAGES]
    assert [(HIDDEN in title, title[-2:]) for title in titles] == [(True, c) for c in LANGUAGES]
    assert [(HIDDEN in text, text[-2:]) for text in summaries] == [(True, c) for c in LANGUAGES]
    assert hidden.slug.startswith(HIDDEN)


def hidden_items():
    """Every item of a status other than published."""
    return [
        item
        for model in PUBLISHABLE_PAGES
        for item in model.objects.exclude(status=PublicationStatus.PUBLISHED)
    ]


def assert_nothing_hidden_shows(client):
    outputs = public_outputs(client)
    leaks = sorted(address for address, text in outputs.items() if HIDDEN in text.lower())
    assert leaks == []


def answer_as_to_nothing(client, address, slug):
    """The answer to `address`, and to the same address naming a slug that nothing has: each
    as (status, text naming the slug asked for as "SLUG")."""
    nothing = "nothing-has-this-slug"
    answers = []
    for asked, named in ((address, slug), (address.replace(slug, nothing), nothing)):
        response = client.get(asked)
        answers.append((response.status_code, text_of(response).replace(named, "SLUG")))
    return answers


def assert_hidden_items_unreachable(client):
    """Each hidden item's page (in every language), API detail and documents are not found,
    with the very answer given for an item that does not exist."""
    hidden = hidden_items()
    hidden_transfers = Transfer.objects.exclude(status=PublicationStatus.PUBLISHED)
    assert hidden or hidden_transfers, "the case made no hidden item"
    for transfer in hidden_transfers:
        address = reverse("api:transfer-detail", kwargs={"pk": transfer.pk})
        assert client.get(address).status_code == 404, address
    addresses = []
    for item in hidden:
        for language in LANGUAGES:
            with translation.override(language):
                addresses.append((item.get_absolute_url(), item.slug))
        api_name = "practice" if isinstance(item, GoodPractice) else item._meta.model_name
        if api_name in API_LISTS:
            address = reverse(f"api:{api_name}-detail", kwargs={"slug": item.slug})
            addresses.append((address, item.slug))
    documents = PracticeDocument.objects.exclude(practice__status=PublicationStatus.PUBLISHED)
    addresses += [(document.get_absolute_url(), document.practice.slug) for document in documents]
    for address, slug in addresses:
        hidden_answer, nothing_answer = answer_as_to_nothing(client, address, slug)
        assert hidden_answer[0] == 404, address
        assert hidden_answer == nothing_answer, address


@pytest.mark.slow  # reads every public output, in three languages
@pytest.mark.parametrize("status", NOT_PUBLISHED)
@pytest.mark.parametrize("relation", sorted(RELATION_CASES))
def test_no_public_output_shows_a_hidden_item_linked_through(client, relation, status):
    RELATION_CASES[relation](status)

    assert_nothing_hidden_shows(client)
    assert_hidden_items_unreachable(client)


@pytest.mark.slow  # reads every public output, in three languages
@pytest.mark.parametrize("status", NOT_PUBLISHED)
@pytest.mark.parametrize(
    "make",
    [practice, project, organisation, programme, event, news_item, page],
    ids=lambda make: make.__name__,
)
def test_no_public_output_shows_a_hidden_item_on_its_own(client, make, status):
    # Beside published content of every kind, so that every list, feed and download has rows.
    for each in (practice, project, organisation, programme, event, news_item, page):
        each()
    make(status)

    assert_nothing_hidden_shows(client)
    assert_hidden_items_unreachable(client)


# Counts: facets, topic pages, the map, the home page and the downloads count published items only.


@pytest.fixture
def mixed_content():
    """Published items linked to hidden ones: what each count must leave out is said beside it."""
    opole = CityFactory(slug="opole", country=CountryFactory(code="PL"))
    olomouc = CityFactory(slug="olomouc", country=CountryFactory(code="CZ"))
    transport, culture = ThemeFactory(slug="transport"), ThemeFactory(slug="culture")
    interreg, hidden_programme = programme(slug="interreg"), programme(NOT_PUBLISHED[0])
    bike = project(slug="bike", programme=interreg)
    hidden_project = project(NOT_PUBLISHED[0], programme=interreg)
    choir = project(slug="choir", programme=hidden_programme)
    bike.cities.add(opole)
    bike.themes.add(transport)
    hidden_project.cities.add(olomouc)
    hidden_project.themes.add(transport, culture)
    choir.cities.add(opole)
    choir.themes.add(culture)
    office = organisation(slug="office", city=opole)
    hidden_organisation = organisation(NOT_PUBLISHED[0], city=olomouc)
    PartnershipFactory(project=bike, organisation=office, role=PartnerRole.LEAD)
    PartnershipFactory(project=bike, organisation=hidden_organisation)
    PartnershipFactory(project=hidden_project, organisation=office)
    PartnershipFactory(project=choir, organisation=office)
    lanes = practice(slug="lanes", city=opole)
    lanes.themes.add(transport)
    lanes.projects.add(bike, hidden_project, choir)
    lanes.organisations.add(office, hidden_organisation)
    # Of the programme only through a hidden project: counted in no programme.
    practice(slug="pool", city=olomouc).projects.add(hidden_project)
    hidden_practice = practice(NOT_PUBLISHED[0], city=olomouc)
    hidden_practice.themes.add(transport, culture)
    hidden_practice.projects.add(bike)
    hidden_practice.organisations.add(office)
    visit = event(slug="visit", city=opole, project=bike)
    visit.organisations.add(office, hidden_organisation)
    visit.practices.add(lanes, hidden_practice)
    event(slug="seminar", kind=EventKind.SEMINAR, city=olomouc, project=hidden_project)
    hidden_event = event(NOT_PUBLISHED[0], kind=EventKind.CONFERENCE, city=olomouc, project=choir)
    hidden_event.organisations.add(office)


def facet_counts(response):
    return {
        facet["name"]: {option["value"]: option["count"] for option in facet["options"]}
        for facet in response.context["facets"]
    }


@pytest.mark.usefixtures("mixed_content")
@pytest.mark.parametrize(
    ("list_name", "expected"),
    [
        (
            "practices:list",
            {
                "programme": {"interreg": 1},
                "project": {"bike": 1, "choir": 1},
                "country": {"pl": 1, "cz": 1},
                "city": {"opole": 1, "olomouc": 1},
                "theme": {"transport": 1},
                "organisation": {"office": 1},
                # The mixed content records no transfer.
                "taken_up": {},
            },
        ),
        (
            "projects:list",
            {
                "programme": {"interreg": 1},
                "country": {"pl": 2},
                "city": {"opole": 2},
                "theme": {"transport": 1, "culture": 1},
                "organisation": {"office": 2},
            },
        ),
        (
            "partners:list",
            {"country": {"pl": 1}, "city": {"opole": 1}, "kind": {"municipality": 1}},
        ),
        (
            "events:list",
            {
                "kind": {"study_visit": 1, "seminar": 1},
                "country": {"pl": 1, "cz": 1},
                "city": {"opole": 1, "olomouc": 1},
                "project": {"bike": 1},
            },
        ),
    ],
)
def test_facets_offer_and_count_published_items_only(client, list_name, expected):
    for language in LANGUAGES:
        with translation.override(language):
            response = client.get(reverse(list_name))

        assert facet_counts(response) == expected


@pytest.mark.usefixtures("mixed_content")
def test_facets_count_published_items_only_under_a_filter(client):
    response = client.get(reverse("practices:list"), {"theme": "transport"})
    by_project = client.get(reverse("events:list"), {"project": "bike"})

    assert facet_counts(response)["project"] == {"bike": 1, "choir": 1}
    assert facet_counts(response)["organisation"] == {"office": 1}
    assert facet_counts(by_project)["city"] == {"opole": 1}


@pytest.mark.usefixtures("mixed_content")
def test_a_practice_of_a_programme_only_through_a_hidden_project_is_not_listed_under_it(client):
    page = client.get(reverse("practices:list"), {"programme": "interreg"}).context
    api = client.get(reverse("api:practice-list"), {"programme": "interreg"}).json()
    download = client.get(
        reverse("opendata:download", kwargs={"name": "practices", "file_format": "json"}),
        {"programme": "interreg"},
    )

    assert [practice.slug for practice in page["practices"]] == ["lanes"]
    assert page["paginator"].count == 1
    assert [row["slug"] for row in api["results"]] == ["lanes"]
    assert [row["slug"] for row in json.loads(text_of(download))["results"]] == ["lanes"]


@pytest.mark.usefixtures("mixed_content")
def test_the_api_counts_published_items_only(client):
    counts = {
        basename: client.get(reverse(f"api:{basename}-list")).json()["count"]
        for basename in API_LISTS
    }

    assert counts == {
        "practice": 2,
        "project": 2,
        "organisation": 1,
        "event": 2,
        "programme": 1,
        "city": 2,
        "theme": 2,
        "transfer": 0,
    }


def counted(rows, *kinds):
    return {row.slug: tuple(getattr(row, f"{kind}_count") for kind in kinds) for row in rows}


@pytest.mark.usefixtures("mixed_content")
def test_topic_pages_count_published_items_only(client):
    cities = client.get(reverse("cities:list")).context["cities"]
    themes = client.get(reverse("themes:list")).context["themes"]
    programmes = client.get(reverse("programmes:list")).context["programmes"]
    home = client.get(reverse("home")).context

    assert counted(cities, "practice", "project", "event") == {
        "opole": (1, 2, 1),
        "olomouc": (1, 0, 1),
    }
    assert counted(themes, "practice", "project") == {"transport": (1, 1), "culture": (0, 1)}
    assert counted(programmes, "project", "practice") == {"interreg": (1, 1)}
    assert counted(home["programmes"], "project", "practice") == {"interreg": (1, 1)}
    assert home["map_city_count"] == 2


@pytest.mark.usefixtures("mixed_content")
@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            lambda: reverse("cities:detail", kwargs={"slug": "opole"}),
            {"practice_count": 1, "project_count": 2, "organisation_count": 1, "event_count": 1},
        ),
        (
            lambda: reverse("cities:detail", kwargs={"slug": "olomouc"}),
            {"practice_count": 1, "project_count": 0, "organisation_count": 0, "event_count": 1},
        ),
        (
            lambda: reverse("themes:detail", kwargs={"slug": "transport"}),
            {"practice_count": 1, "project_count": 1},
        ),
        (
            lambda: reverse("themes:detail", kwargs={"slug": "culture"}),
            {"practice_count": 0, "project_count": 1},
        ),
        (
            lambda: reverse("programmes:detail", kwargs={"slug": "interreg"}),
            {"practice_count": 1, "project_count": 1},
        ),
    ],
)
def test_a_topic_page_counts_published_items_only(client, address, expected):
    context = client.get(address()).context

    assert {name: context[name] for name in expected} == expected


@pytest.mark.usefixtures("mixed_content")
def test_the_map_and_the_downloads_count_published_items_only(client):
    markers = client.get(reverse("map")).context["map_data"]["cities"]
    download = {
        name: json.loads(
            text_of(
                client.get(
                    reverse("opendata:download", kwargs={"name": name, "file_format": "json"})
                )
            )
        )["results"]
        for name in ("cities", "themes", "programmes")
    }

    assert sorted((m["practices"], m["projects"], m["events"]) for m in markers) == [
        (1, 0, 1),
        (1, 2, 1),
    ]
    assert {
        row["slug"]: (row["practice_count"], row["project_count"], row["event_count"])
        for row in download["cities"]
    } == {"opole": (1, 2, 1), "olomouc": (1, 0, 1)}
    assert {
        row["slug"]: (row["practice_count"], row["project_count"]) for row in download["themes"]
    } == {"transport": (1, 1), "culture": (0, 1)}
    assert {
        row["slug"]: (row["practice_count"], row["project_count"]) for row in download["programmes"]
    } == {"interreg": (1, 1)}


# A filter value that only hidden items have is refused as one that nothing has: whether a list
# accepts a value must not tell that a hidden item has it.


def answer_without(response, value):
    """What a list answered: its status, and its text with `value` blanked out."""
    return response.status_code, text_of(response).replace(value, "VALUE")


@pytest.mark.parametrize(
    ("basename", "name", "value_only_hidden_items_have"),
    [
        (
            "practice",
            "organisation",
            lambda: (
                practice(NOT_PUBLISHED[0]).organisations.add(organisation(slug="held")) or "held"
            ),
        ),
        (
            "project",
            "organisation",
            lambda: (
                PartnershipFactory(
                    project=project(NOT_PUBLISHED[0]), organisation=organisation(slug="held")
                )
                and "held"
            ),
        ),
        (
            "project",
            "theme",
            lambda: project(NOT_PUBLISHED[0]).themes.add(ThemeFactory(slug="held")) or "held",
        ),
        (
            "event",
            "project",
            lambda: event(NOT_PUBLISHED[0], project=project(slug="held")) and "held",
        ),
        ("practice", "city", lambda: practice(NOT_PUBLISHED[0]).city.slug),
        (
            "practice",
            "theme",
            lambda: practice(NOT_PUBLISHED[0]).themes.add(ThemeFactory(slug="held")) or "held",
        ),
    ],
)
def test_a_filter_value_only_hidden_items_have_is_refused_as_one_nothing_has(
    client, basename, name, value_only_hidden_items_have
):
    value = value_only_hidden_items_have()
    makers = {
        "organisation": organisation,
        "project": project,
        "theme": ThemeFactory,
        "city": CityFactory,
    }
    nothing_has = makers[name](slug="unused").slug
    address = reverse(f"api:{basename}-list")

    held = client.get(address, {name: value})
    unheld = client.get(address, {name: nothing_has})

    assert answer_without(held, value) == answer_without(unheld, nothing_has)


# Lists filtered by each value they offer, and the API's schema, beside the same mixed content.


@pytest.mark.slow
@pytest.mark.usefixtures("mixed_content")
def test_lists_filtered_by_each_value_they_offer_show_no_hidden_item(client):
    shown = {}
    for list_name, (download, api_name) in FACETED_LISTS.items():
        for language in LANGUAGES:
            with translation.override(language):
                addresses = [
                    reverse(list_name),
                    reverse("opendata:download", kwargs={"name": download, "file_format": "csv"}),
                    reverse(f"api:{api_name}-list"),
                ]
            for facet in client.get(addresses[0]).context["facets"]:
                for option in facet["options"]:
                    query = urlencode({facet["name"]: option["value"]})
                    for address in addresses:
                        shown[f"{address}?{query}"] = get(client, f"{address}?{query}")

    assert len(shown) > 100
    assert sorted(address for address, text in shown.items() if HIDDEN in text.lower()) == []


@pytest.mark.usefixtures("mixed_content")
def test_the_api_schema_names_no_hidden_item(client):
    schema = get(client, reverse("api:schema"))

    assert "/api/v1/practices/" in schema
    assert HIDDEN not in schema.lower()
