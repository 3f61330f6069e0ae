"""Transfers on public pages: the source practice's, the adopted practice's, the cities'."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from events.models import EventKind
from portal.models import PublicationStatus
from portal.transfers.models import TransferStage
from tests.portal.transfers.pages import transfer_texts
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    TransferFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub_in_olomouc():
    """Gogolin's transfer hub, adapted in Olomouc through a study visit, implemented."""
    gogolin = CityFactory(name="Gogolin", slug="gogolin", country=CountryFactory(code="PL"))
    olomouc = CityFactory(name="Olomouc", slug="olomouc", country=CountryFactory(code="CZ"))
    hub = GoodPracticeFactory(title="Transfer hub", slug="transfer-hub", city=gogolin)
    terminal = GoodPracticeFactory(title="Terminal", slug="terminal", city=olomouc)
    visit = EventFactory(
        title="Visit",
        kind=EventKind.STUDY_VISIT,
        start_date=datetime.date(2019, 6, 5),
        end_date=datetime.date(2019, 6, 7),
    )
    hidden_visit = EventFactory(title="Hidden visit", status=PublicationStatus.DRAFT)
    transfer = TransferFactory(
        source=hub,
        city=olomouc,
        organisation=OrganisationFactory(name="City hall", slug="city-hall"),
        adopted_practice=terminal,
        stage=TransferStage.IMPLEMENTED,
        learning_since=datetime.date(2019, 6, 5),
        implemented_since=datetime.date(2021, 9, 1),
        note="Buses meet trains",
    )
    transfer.events.set([visit, hidden_visit])
    return transfer


EXPECTED_OUT = {
    "pl": "Przejęta w Olomouc [pl], Česko [pl] Kto ją przejął City hall [pl] Etap wdrożenie, "
    "od 1 września 2021 Przejęta jako Terminal [pl] Za pośrednictwem Visit [pl] "
    "(5 czerwca 2019) Buses meet trains [pl]",
    "cs": "Převzata v Olomouc [cs], Česko [cs] Kdo ji převzal City hall [cs] Fáze zavedení, "
    "od 1. září 2021 Převzata jako Terminal [cs] Prostřednictvím Visit [cs] "
    "(5. června 2019) Buses meet trains [cs]",
    "en": "Taken up in Olomouc [en], Česko [en] Who took it up City hall [en] Stage implemented, "
    "since Sept. 1, 2021 Adopted as Terminal [en] Through Visit [en] "
    "(June 5, 2019) Buses meet trains [en]",
}
EXPECTED_IN = {
    "pl": "Dobra praktyka Transfer hub [pl], Gogolin [pl], Polska [pl] Kto ją przejął City hall "
    "[pl] Etap wdrożenie, od 1 września 2021 Za pośrednictwem Visit [pl] (5 czerwca 2019) "
    "Buses meet trains [pl]",
    "cs": "Dobrá praxe Transfer hub [cs], Gogolin [cs], Polska [cs] Kdo ji převzal City hall "
    "[cs] Fáze zavedení, od 1. září 2021 Prostřednictvím Visit [cs] (5. června 2019) "
    "Buses meet trains [cs]",
    "en": "Good practice Transfer hub [en], Gogolin [en], Polska [en] Who took it up City hall "
    "[en] Stage implemented, since Sept. 1, 2021 Through Visit [en] (June 5, 2019) "
    "Buses meet trains [en]",
}


@pytest.mark.parametrize("language", ["pl", "cs", "en"])
def test_the_source_practice_says_where_it_was_taken_up(client, hub_in_olomouc, language):
    with translation.override(language):
        page = client.get(hub_in_olomouc.source.get_absolute_url()).content.decode()

    assert transfer_texts(page) == [EXPECTED_OUT[language]]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("pl", "Zaadaptowana z"), ("cs", "Přizpůsobena podle"), ("en", "Adapted from")],
)
def test_the_adopted_practice_says_what_it_was_adapted_from(
    client, hub_in_olomouc, language, heading
):
    with translation.override(language):
        page = client.get(hub_in_olomouc.adopted_practice.get_absolute_url()).content.decode()

    assert f"<h2>{heading}</h2>" in page
    assert transfer_texts(page) == [EXPECTED_IN[language]]


def test_city_pages_list_transfers_out_and_in(client, hub_in_olomouc):
    with translation.override("en"):
        gogolin = client.get(reverse("cities:detail", args=["gogolin"])).content.decode()
        olomouc = client.get(reverse("cities:detail", args=["olomouc"])).content.decode()

    assert "<h2>Practices of Gogolin [en] taken up elsewhere</h2>" in gogolin
    assert "Practices taken up in" not in gogolin
    assert "<h2>Practices taken up in Olomouc [en]</h2>" in olomouc
    assert "taken up elsewhere</h2>" not in olomouc
    assert transfer_texts(gogolin) == [
        "Good practice Transfer hub [en], Gogolin [en], Polska [en] " + EXPECTED_OUT["en"]
    ]
    assert transfer_texts(olomouc) == [
        "Good practice Transfer hub [en], Gogolin [en], Polska [en] Who took it up City hall [en] "
        "Stage implemented, since Sept. 1, 2021 Adopted as Terminal [en] Through Visit [en] "
        "(June 5, 2019) Buses meet trains [en]"
    ]


def test_an_unpublished_adopted_practice_or_organisation_is_not_named(client, hub_in_olomouc):
    hub_in_olomouc.adopted_practice.status = PublicationStatus.DRAFT
    hub_in_olomouc.adopted_practice.save()
    hub_in_olomouc.organisation.status = PublicationStatus.DRAFT
    hub_in_olomouc.organisation.save()

    with translation.override("en"):
        page = client.get(hub_in_olomouc.source.get_absolute_url()).content.decode()

    assert transfer_texts(page) == [
        "Taken up in Olomouc [en], Česko [en] Stage implemented, since Sept. 1, 2021 "
        "Through Visit [en] (June 5, 2019) Buses meet trains [en]"
    ]


@pytest.mark.parametrize(
    "hide",
    [
        lambda transfer: setattr(transfer, "status", PublicationStatus.DRAFT),
        lambda transfer: setattr(transfer.source, "status", PublicationStatus.DRAFT),
    ],
    ids=["draft transfer", "draft source"],
)
def test_a_hidden_transfer_shows_on_no_page(client, hub_in_olomouc, hide):
    hide(hub_in_olomouc)
    hub_in_olomouc.save()
    hub_in_olomouc.source.save()

    with translation.override("en"):
        pages = [
            hub_in_olomouc.adopted_practice.get_absolute_url(),
            reverse("cities:detail", args=["gogolin"]),
            reverse("cities:detail", args=["olomouc"]),
            reverse("practices:list") + "?taken_up=yes",
        ]
        if hub_in_olomouc.source.is_published:
            pages.append(hub_in_olomouc.source.get_absolute_url())
        texts = [client.get(address).content.decode() for address in pages]

    assert [transfer_texts(text) for text in texts] == [[] for _page in pages]
    headings = ("<h2>Adapted from</h2>", "<h2>Taken up in</h2>", "taken up elsewhere</h2>")
    assert [any(heading in text for heading in headings) for text in texts] == [
        False for _page in pages
    ]
    assert "Practices taken up in" not in texts[2]


def test_the_practice_list_filters_practices_taken_up_elsewhere(client, hub_in_olomouc):
    GoodPracticeFactory(slug="never-travelled")
    TransferFactory(source=GoodPracticeFactory(slug="only-a-draft"), status=PublicationStatus.DRAFT)
    twice = GoodPracticeFactory(slug="taken-up-twice")
    TransferFactory.create_batch(2, source=twice)

    with translation.override("en"):
        response = client.get(reverse("practices:list"), {"taken_up": "yes"})
        everything = client.get(reverse("practices:list"))

    assert sorted(practice.slug for practice in response.context["practices"]) == [
        "taken-up-twice",
        "transfer-hub",
    ]
    facet = next(f for f in everything.context["facets"] if f["name"] == "taken_up")
    assert (str(facet["label"]), facet["options"]) == (
        "Taken up elsewhere",
        [{"value": "yes", "label": "yes", "count": 2, "selected": False}],
    )


def test_a_bad_value_of_the_filter_gets_a_message(client):
    with translation.override("pl"):
        response = client.get(reverse("practices:list"), {"taken_up": "maybe"})

    assert response.status_code == 200
    assert response.context["filter_errors"] == [
        "Przejęta gdzie indziej: Wybierz poprawną wartość. maybe nie jest żadną z dostępnych "
        "opcji. Filtr został pominięty."
    ]


def test_a_published_transfer_shows_at_once_on_a_cached_practice_page(
    client, clock, django_capture_on_commit_callbacks
):
    hub = GoodPracticeFactory(title="Hub")
    transfer = TransferFactory(
        source=hub, city=CityFactory(name="Olomouc"), status=PublicationStatus.DRAFT
    )
    with translation.override("en"):
        address = hub.get_absolute_url()
    before = transfer_texts(client.get(address).content.decode())

    with django_capture_on_commit_callbacks(execute=True):
        transfer.status = PublicationStatus.PUBLISHED
        transfer.save()
    after = transfer_texts(client.get(address).content.decode())

    assert (before, after) == (
        [],
        [
            "Taken up in Olomouc [en], Polska [en] Stage learning, since Oct. 3, 2018 "
            "How it travelled. [en]"
        ],
    )
