"""Transfers: the rules their rows obey, in the database and in validation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from portal.models import PublicationStatus
from portal.transfers.models import Transfer, TransferStage
from tests.support.factories import CityFactory, GoodPracticeFactory, TransferFactory

pytestmark = pytest.mark.django_db

OCT_2018 = datetime.date(2018, 10, 3)
JUN_2019 = datetime.date(2019, 6, 5)
APR_2022 = datetime.date(2022, 4, 25)


def violates(constraint, **fields):
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        TransferFactory(**fields)
    assert constraint in str(error.value)


def test_the_adopted_practice_is_not_the_source():
    practice = GoodPracticeFactory()

    violates("transfers_transfer_adopted_not_source", source=practice, adopted_practice=practice)


@pytest.mark.parametrize(
    ("stage", "dates"),
    [
        (TransferStage.LEARNING, {"learning_since": None}),
        (TransferStage.ADAPTING, {"learning_since": OCT_2018}),
        (TransferStage.IMPLEMENTED, {"adapting_since": JUN_2019}),
    ],
)
def test_the_current_stage_has_its_date(stage, dates):
    violates("transfers_transfer_stage_has_date", stage=stage, **dates)


def test_a_stage_not_reached_has_no_date():
    violates(
        "transfers_transfer_no_date_of_later_stage",
        stage=TransferStage.LEARNING,
        learning_since=OCT_2018,
        implemented_since=APR_2022,
    )


@pytest.mark.parametrize(
    ("constraint", "dates"),
    [
        (
            "transfers_transfer_adapting_after_learning",
            {"learning_since": JUN_2019, "adapting_since": OCT_2018},
        ),
        (
            "transfers_transfer_implemented_after_adapting",
            {"adapting_since": APR_2022, "implemented_since": JUN_2019},
        ),
        (
            "transfers_transfer_implemented_after_learning",
            {"learning_since": APR_2022, "implemented_since": JUN_2019},
        ),
    ],
)
def test_stage_dates_are_in_order(constraint, dates):
    violates(constraint, stage=TransferStage.IMPLEMENTED, **dates)


def test_a_transfer_in_all_three_stages_is_kept():
    transfer = TransferFactory(
        stage=TransferStage.IMPLEMENTED,
        learning_since=OCT_2018,
        adapting_since=JUN_2019,
        implemented_since=APR_2022,
    )

    assert transfer.stage_since == APR_2022


def test_a_practice_is_not_taken_up_in_its_own_city():
    practice = GoodPracticeFactory()
    transfer = Transfer(
        source=practice, city=practice.city, stage=TransferStage.LEARNING, learning_since=OCT_2018
    )

    with pytest.raises(ValidationError) as error:
        transfer.full_clean()

    assert error.value.message_dict == {
        "city": ["A practice is taken up in another city than its own."]
    }


def test_name_and_address_lead_to_the_source_practice():
    practice = GoodPracticeFactory(title="Transfer hub", slug="transfer-hub")
    transfer = TransferFactory(source=practice, city=CityFactory(name="Olomouc"))

    with translation.override("en"):
        assert str(transfer) == "Transfer hub [en] in Olomouc [en]"
        assert (
            transfer.get_absolute_url()
            == f"/en/good-practices/transfer-hub/#transfer-{transfer.pk}"
        )


def test_published_leaves_out_drafts_and_transfers_of_unpublished_practices():
    shown = TransferFactory()
    TransferFactory(status=PublicationStatus.DRAFT)
    TransferFactory(source=GoodPracticeFactory(status=PublicationStatus.DRAFT))

    assert list(Transfer.objects.published()) == [shown]
