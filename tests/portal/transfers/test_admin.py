"""Editors record transfers in the admin and publish them."""

import pytest
from django.contrib.auth.models import Group

from events.models import EventKind
from portal.staff.permissions import EDITORS_GROUP
from portal.transfers.models import Transfer, TransferStage
from practices.models import GoodPractice
from tests.support.admin import admin_url
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    TransferFactory,
)

pytestmark = pytest.mark.django_db


def test_editors_may_add_change_delete_and_view_transfers():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP)
        .permissions.filter(content_type__app_label="transfers")
        .values_list("codename", flat=True)
    )

    assert codenames == {
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("transfer", "historicaltransfer", "historicaltransfer_events")
    }


def test_an_editor_records_a_transfer(editor_client, editor):
    source = GoodPracticeFactory(slug="hub")
    olomouc = CityFactory(slug="olomouc")
    visit = EventFactory(kind=EventKind.STUDY_VISIT)

    response = editor_client.post(
        admin_url(Transfer, "add"),
        {
            "source": source.pk,
            "city": olomouc.pk,
            "stage": TransferStage.ADAPTING,
            "learning_since": "2019-06-05",
            "adapting_since": "2020-03-01",
            "events": [visit.pk],
            "note_pl": "Autobusy czekają na pociągi",
            "note_cs": "Autobusy čekají na vlaky",
            "note_en": "Buses wait for trains",
            "status": "published",
        },
    )

    assert response.status_code == 302
    transfer = Transfer.objects.get()
    assert (transfer.source, transfer.city, transfer.stage, list(transfer.events.all())) == (
        source,
        olomouc,
        "adapting",
        [visit],
    )
    assert (transfer.note_pl, transfer.note_cs, transfer.note_en) == (
        "Autobusy czekają na pociągi",
        "Autobusy čekají na vlaky",
        "Buses wait for trains",
    )
    assert transfer.is_published
    assert {record.history_user for record in transfer.history.all()} == {editor}


def test_the_admin_refuses_a_conference_and_the_practices_own_city(editor_client):
    source = GoodPracticeFactory()
    conference = EventFactory(kind=EventKind.CONFERENCE)

    response = editor_client.post(
        admin_url(Transfer, "add"),
        {
            "source": source.pk,
            "city": source.city.pk,
            "stage": TransferStage.LEARNING,
            "learning_since": "2019-06-05",
            "events": [conference.pk],
            "status": "draft",
        },
    )

    errors = response.context["adminform"].form.errors
    assert errors == {
        "city": ["A practice is taken up in another city than its own."],
        "events": [f"Select a valid choice. {conference.pk} is not one of the available choices."],
    }
    assert Transfer.objects.count() == 0


def test_the_transfer_list_shows_each_with_its_stage(editor_client):
    TransferFactory(source=GoodPracticeFactory(title="Hub"), city=CityFactory(name="Olomouc"))

    page = editor_client.get(admin_url(Transfer, "changelist")).content.decode()

    assert (
        '<td class="field-city nowrap">Olomouc [en]</td><td class="field-organisation nowrap">-'
        '</td><td class="field-stage">learning</td><td class="field-stage_since nowrap">'
        'Oct. 3, 2018</td><td class="field-status">Published</td>'
    ) in page


def test_the_practice_admin_page_links_its_transfers(editor_client):
    hub = GoodPracticeFactory(title="Hub")
    terminal = GoodPracticeFactory(title="Terminal")
    out = TransferFactory(source=hub, city=CityFactory(name="Olomouc"))
    back = TransferFactory(source=terminal, city=CityFactory(name="Gogolin"), adopted_practice=hub)

    page = editor_client.get(admin_url(GoodPractice, "change", hub.pk)).content.decode()

    assert (
        f'<div class="readonly"><a href="{admin_url(Transfer, "change", out.pk)}">Hub [en] in '
        f'Olomouc [en]</a><br><a href="{admin_url(Transfer, "change", back.pk)}">Terminal [en] '
        "in Gogolin [en]</a></div>"
    ) in page
