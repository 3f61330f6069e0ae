"""The organiser's side in the admin: decide with actions, download the participants."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from events.models import Allocation, ApplicationState
from portal.mail.models import OutgoingMessage
from tests.support.factories import ApplicationFactory, open_event

pytestmark = pytest.mark.django_db

State = ApplicationState


def act(client, model, action, pks):
    return client.post(
        reverse(f"admin:events_{model}_changelist"),
        {"action": action, "_selected_action": [str(pk) for pk in pks]},
        follow=model == "application",
    )


def test_the_editors_confirm_and_decline_and_are_told_which_were_refused(editor_client):
    event = open_event(places=1, allocation=Allocation.ORGANISER)
    first = ApplicationFactory(event=event, state=State.PENDING, name="Anna")
    second = ApplicationFactory(event=event, state=State.PENDING, name="Bohdan")

    response = act(editor_client, "application", "confirm", [first.pk, second.pk])

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (State.CONFIRMED, State.PENDING)
    assert [str(message) for message in response.context["messages"]] == [
        "No place is left for Bohdan.",
        "1 application is now confirmed.",
    ]
    assert OutgoingMessage.objects.filter(to=[first.email]).count() == 1

    act(editor_client, "application", "decline", [first.pk])
    act(editor_client, "application", "put_on_waiting_list", [second.pk])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (State.DECLINED, State.WAITING)


def test_the_participants_download_as_csv_with_formulas_escaped(editor_client):
    event = open_event(title_en="Visit to Olomouc")
    ApplicationFactory(
        event=event,
        name="=HYPERLINK()",
        organisation="Gmina Gogolin",
        role="Mayor",
        email="a@example.net",
        language="pl",
        needs="Vegetarian",
    )
    ApplicationFactory(event=event, state=State.WAITING)

    response = act(editor_client, "event", "download_participants_csv", [event.pk])

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Disposition"] == 'attachment; filename="participants.csv"'
    assert [row[:7] for row in rows] == [
        ["Event", "Name", "Organisation", "Role", "E-mail address", "Language", "Needs"],
        [
            "Visit to Olomouc",
            "'=HYPERLINK()",
            "Gmina Gogolin",
            "Mayor",
            "a@example.net",
            "pl",
            "Vegetarian",
        ],
    ]


def test_the_participants_download_as_xlsx(editor_client):
    event = open_event(title_en="Visit to Olomouc")
    ApplicationFactory(event=event, name="Anna Kowalska", email="anna@example.net")

    response = act(editor_client, "event", "download_participants_xlsx", [event.pk])

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [list(row)[:5] for row in sheet.iter_rows(values_only=True)]
    assert values == [
        ["Event", "Name", "Organisation", "Role", "E-mail address"],
        ["Visit to Olomouc", "Anna Kowalska", "Gmina Gogolin", None, "anna@example.net"],
    ]


def test_the_event_page_in_the_admin_links_its_applications(editor_client):
    event = open_event(places=3)
    ApplicationFactory(event=event, state=State.CONFIRMED)
    ApplicationFactory(event=event, state=State.WAITING)

    html = editor_client.get(reverse("admin:events_event_change", args=[event.pk])).content
    assert (
        f'<a href="/en/admin/events/application/?event__id__exact={event.pk}">'
        "2 applications · 2 places left</a>"
    ).encode() in html
