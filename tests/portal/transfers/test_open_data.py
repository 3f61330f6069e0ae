"""Transfers in the API (/api/v1/transfers/, each practice's) and in the downloads."""

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.models import EventKind
from portal.models import PublicationStatus
from portal.transfers.models import TransferStage
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    TransferFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT


def named(text):
    return {code: f"{text} [{code}]" for code in ("pl", "cs", "en")}


@pytest.fixture
def transfers():
    """A published transfer with a draft organisation and a draft event beside a published
    one; a draft transfer; a transfer of a draft practice."""
    gogolin = CityFactory(name="Gogolin", slug="gogolin", country=CountryFactory(code="PL"))
    olomouc = CityFactory(name="Olomouc", slug="olomouc", country=CountryFactory(code="CZ"))
    hub = GoodPracticeFactory(title="Hub", slug="hub", city=gogolin)
    terminal = GoodPracticeFactory(title="Terminal", slug="terminal", city=olomouc)
    visit = EventFactory(
        title="Visit",
        slug="visit",
        kind=EventKind.STUDY_VISIT,
        start_date=datetime.date(2019, 6, 5),
        end_date=datetime.date(2019, 6, 7),
    )
    shown = TransferFactory(
        source=hub,
        city=olomouc,
        organisation=OrganisationFactory(name="Hidden office", status=DRAFT),
        adopted_practice=terminal,
        stage=TransferStage.ADAPTING,
        learning_since=datetime.date(2019, 6, 5),
        adapting_since=datetime.date(2020, 3, 1),
        note="Buses meet trains",
    )
    shown.events.set([visit, EventFactory(title="Hidden visit", status=DRAFT)])
    TransferFactory(source=hub, city=CityFactory(slug="prerov"), status=DRAFT)
    TransferFactory(source=GoodPracticeFactory(slug="secret", status=DRAFT), city=olomouc)
    return shown


def expected_transfer(transfer):
    return {
        "id": transfer.pk,
        "url": f"http://testserver/api/v1/transfers/{transfer.pk}/",
        "source": {"slug": "hub", "title": named("Hub")},
        "city": {
            "slug": "olomouc",
            "name": named("Olomouc"),
            "country": {"code": "cz", "name": named("Česko")},
        },
        "organisation": None,
        "adopted_practice": {"slug": "terminal", "title": named("Terminal")},
        "stage": {
            "code": "adapting",
            "label": {"pl": "dostosowywanie", "cs": "přizpůsobování", "en": "adapting"},
        },
        "learning_since": "2019-06-05",
        "adapting_since": "2020-03-01",
        "implemented_since": None,
        "events": [
            {
                "slug": "visit",
                "kind": {
                    "code": "study_visit",
                    "label": {"pl": "Wizyta studyjna", "cs": "Studijní cesta", "en": "Study visit"},
                },
                "title": named("Visit"),
                "start_date": "2019-06-05",
                "end_date": "2019-06-07",
            }
        ],
        "note": named("Buses meet trains"),
        "published_at": timezone.localtime(transfer.published_at).isoformat(),
        "updated_at": timezone.localtime(transfer.updated_at).isoformat(),
    }


def test_the_transfer_list_has_published_transfers_of_published_practices(client, transfers):
    document = client.get("/api/v1/transfers/").json()

    assert document["count"] == 1
    assert document["results"] == [expected_transfer(transfers)]


def test_a_transfer_is_found_by_its_number_and_a_draft_is_not(client, transfers):
    hidden = transfers.source.transfers_out.get(status=DRAFT)

    assert client.get(f"/api/v1/transfers/{transfers.pk}/").json() == expected_transfer(transfers)
    assert client.get(f"/api/v1/transfers/{hidden.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("source=hub", 1),
        ("source=terminal", 0),
        ("city=olomouc", 1),
        ("city=gogolin", 0),
        ("stage=adapting", 1),
        ("stage=learning", 0),
    ],
)
def test_transfers_filter_by_practice_city_and_stage(client, transfers, query, count):
    assert client.get(f"/api/v1/transfers/?{query}").json()["count"] == count


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        (
            "stage=done",
            {"stage": ["Wybierz poprawną wartość. done nie jest żadną z dostępnych opcji."]},
        ),
        (
            "source=secret",
            {"source": ["Wybierz poprawną wartość. Podana nie jest jednym z dostępnych wyborów."]},
        ),
        (
            "city=nowhere",
            {"city": ["Wybierz poprawną wartość. Podana nie jest jednym z dostępnych wyborów."]},
        ),
    ],
)
def test_a_bad_filter_value_is_refused_with_why(client, transfers, query, errors):
    response = client.get(f"/api/v1/transfers/?{query}", HTTP_ACCEPT_LANGUAGE="pl")

    assert (response.status_code, response.json()) == (400, errors)


def test_practices_carry_their_transfers_and_what_they_were_adapted_from(client, transfers):
    hub = client.get("/api/v1/practices/hub/").json()
    terminal = client.get("/api/v1/practices/?city=olomouc").json()["results"][0]

    url = f"http://testserver/api/v1/transfers/{transfers.pk}/"
    stage = {
        "code": "adapting",
        "label": {"pl": "dostosowywanie", "cs": "přizpůsobování", "en": "adapting"},
    }
    assert (hub["transfers"], hub["adapted_from"]) == (
        [
            {
                "id": transfers.pk,
                "url": url,
                "city": expected_transfer(transfers)["city"],
                "stage": stage,
            }
        ],
        [],
    )
    assert (terminal["slug"], terminal["transfers"], terminal["adapted_from"]) == (
        "terminal",
        [],
        [
            {
                "id": transfers.pk,
                "url": url,
                "source": {"slug": "hub", "title": named("Hub")},
                "stage": stage,
            }
        ],
    )


def download(client, file_format, language="en"):
    with translation.override(language):
        address = reverse("opendata:download", args=["transfers", file_format])
    response = client.get(address)
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_the_transfers_download_lists_published_transfers_as_csv(client, transfers):
    rows = list(csv.reader(io.StringIO(download(client, "csv"))))

    assert rows == [
        [
            "Number",
            "Good practice taken up",
            "Good practice taken up (slug)",
            "City of the good practice",
            "City",
            "Country",
            "Adopting organisation",
            "Adopted practice",
            "Stage",
            "Learning since",
            "Adapting since",
            "Implemented since",
            "Study visits and internships",
            "Note",
            "Address",
        ],
        [
            str(transfers.pk),
            "Hub [en]",
            "hub",
            "Gogolin [en]",
            "Olomouc [en]",
            "Česko [en]",
            "",
            "Terminal [en]",
            "adapting",
            "2019-06-05",
            "2020-03-01",
            "",
            "Visit [en]",
            "Buses meet trains [en]",
            f"http://testserver/en/good-practices/hub/#transfer-{transfers.pk}",
        ],
    ]


def test_the_transfers_download_as_json_in_czech(client, transfers):
    document = json.loads(download(client, "json", language="cs"))

    assert [row["stage"] for row in document["results"]] == ["přizpůsobování"]
    assert document["results"][0]["events"] == ["Visit [cs]"]
