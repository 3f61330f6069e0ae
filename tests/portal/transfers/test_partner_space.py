"""Partners record, from the partner space, that a practice was taken up: a draft for editors."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from events.models import EventKind
from portal.models import PublicationStatus
from portal.transfers.models import Transfer
from tests.support.contributions import partner_of
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    TransferFactory,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return OrganisationFactory(name="Office", slug="office")


@pytest.fixture
def partner_client(client, office):
    client.force_login(partner_of(office))
    return client


def new_transfer_url(language="en"):
    with translation.override(language):
        return reverse("contributions:transfer-new")


def proposal(source, **changes):
    return {
        "source": source.pk,
        "city": CityFactory(name="Olomouc").pk,
        "stage": "learning",
        "learning_since": "2019-06-05",
        "note_en": "We copy the timetable",
        **changes,
    }


def test_a_partner_records_a_transfer_of_their_practice_and_editors_are_mailed(
    partner_client, office, editor, django_capture_on_commit_callbacks, mailoutbox
):
    editor.email = "editor@example.org"
    editor.save()
    hub = GoodPracticeFactory(title="Hub")
    hub.organisations.add(office)
    visit = EventFactory(kind=EventKind.STUDY_VISIT)

    with django_capture_on_commit_callbacks(execute=True):
        response = partner_client.post(
            new_transfer_url(), proposal(hub, events=[visit.pk]), follow=True
        )
    run_due_tasks()

    transfer = Transfer.objects.get()
    assert (transfer.source, transfer.status, transfer.proposed_by.username) == (
        hub,
        PublicationStatus.DRAFT,
        "partner@example.org",
    )
    assert list(transfer.events.all()) == [visit]
    assert [str(message) for message in get_messages(response.wsgi_request)] == [
        "Thank you. The editors will check the transfer and publish it."
    ]
    assert response.redirect_chain == [(reverse("contributions:dashboard"), 302)]
    (message,) = mailoutbox
    assert message.to == ["editor@example.org"]
    assert message.subject == "Do sprawdzenia: „Hub [pl]” – przejęta w: Olomouc [pl]"
    assert message.body.startswith(
        "partner@example.org zgłasza, że praktykę „Hub [pl]” przejęto w: Olomouc [pl]. "
    )
    assert f"/admin/transfers/transfer/{transfer.pk}/change/" in message.body


def test_the_dashboard_lists_the_partners_recorded_transfers_and_their_state(
    partner_client, office
):
    hub = GoodPracticeFactory(title="Hub")
    user = Transfer.objects.model._meta.get_field("proposed_by").related_model.objects.get(
        username="partner@example.org"
    )
    TransferFactory(source=hub, city=CityFactory(name="Olomouc"), proposed_by=user)
    TransferFactory(source=hub, city=CityFactory(name="Přerov"), proposed_by=user, status="draft")

    with translation.override("cs"):
        page = partner_client.get(reverse("contributions:dashboard")).content.decode()

    assert "„Hub [cs]“ – převzata v: Olomouc [cs]: <a href=" in page
    assert "„Hub [cs]“ – převzata v: Přerov [cs]: čeká na redakci</li>" in page


def test_a_practice_of_another_organisation_needs_the_partners_as_the_adopting_one(
    partner_client, office
):
    elsewhere = GoodPracticeFactory(title="Elsewhere")

    with translation.override("pl"):
        refused = partner_client.post(new_transfer_url("pl"), proposal(elsewhere))
        accepted = partner_client.post(
            new_transfer_url("pl"), proposal(elsewhere, organisation=office.pk)
        )
        errors = {
            name: [str(error) for error in errors]
            for name, errors in refused.context["form"].errors.items()
        }

    assert refused.status_code == 200
    assert errors == {
        "source": [
            "Wybierz praktykę swojej organizacji albo wskaż swoją organizację jako tę, "
            "która ją przejęła."
        ]
    }
    assert accepted.status_code == 302
    assert Transfer.objects.get().organisation == office


def test_a_partner_cannot_name_another_organisation_as_the_adopting_one(partner_client):
    other = OrganisationFactory()
    hub = GoodPracticeFactory()

    response = partner_client.post(new_transfer_url(), proposal(hub, organisation=other.pk))

    assert response.context["form"].errors["organisation"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert Transfer.objects.count() == 0


def test_bad_dates_are_explained_and_nothing_is_stored(partner_client, office):
    hub = GoodPracticeFactory()
    hub.organisations.add(office)

    response = partner_client.post(
        new_transfer_url(), proposal(hub, stage="adapting", learning_since="2020-01-01")
    )

    assert response.context["form"].errors == {
        "__all__": ["Give the date the current stage began."]
    }
    assert Transfer.objects.count() == 0


def test_only_partners_record_transfers(client, editor):
    address = new_transfer_url()
    anonymous = client.get(address)
    client.force_login(editor)

    assert (anonymous.status_code, anonymous["Location"]) == (
        302,
        f"{reverse('contributions:login')}?next={address}",
    )
    assert client.get(address).status_code == 403
