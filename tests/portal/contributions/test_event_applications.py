"""The partner space's page of an event's applications: the organiser's organisation only, its
decisions as the admin's (an e-mail to the applicant each), the participants as CSV and XLSX."""

import csv
import io

import pytest
from django.test import Client
from django.urls import resolve, reverse
from django.utils import translation
from openpyxl import load_workbook

from events.models import Allocation, Application, ApplicationState
from tests.support.contributions import partner_of
from tests.support.factories import ApplicationFactory, OrganisationFactory, open_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def olomouc_city():
    return OrganisationFactory(name="Statutární město Olomouc")


@pytest.fixture
def visit(olomouc_city):
    event = open_event(title_en="Study visit to Olomouc", allocation=Allocation.ORGANISER)
    event.organisations.add(olomouc_city)
    return event


@pytest.fixture
def organiser(olomouc_city):
    client = Client()
    client.force_login(partner_of(olomouc_city))
    return client


def page_path(event, language="en"):
    with translation.override(language):
        return reverse("contributions:event-applications", args=[event.pk])


def test_the_address_is_translated_and_resolves_to_the_page(visit):
    paths = [page_path(visit, language) for language in ("pl", "cs", "en")]

    assert paths == [
        f"/pl/dla-partnerow/wydarzenia/{visit.pk}/zgloszenia/",
        f"/cs/pro-partnery/udalosti/{visit.pk}/prihlasky/",
        f"/en/for-partners/events/{visit.pk}/applications/",
    ]
    assert resolve(paths[2]).view_name == "contributions:event-applications"


def test_the_organiser_sees_each_application_with_the_decisions_its_state_allows(visit, organiser):
    pending = ApplicationFactory(event=visit, name="Jan Kowalski", state=ApplicationState.PENDING)
    confirmed = ApplicationFactory(event=visit, name="Eva Malá", state=ApplicationState.CONFIRMED)
    ApplicationFactory(event=visit, name="Petr Novák", state=ApplicationState.CANCELLED)

    response = organiser.get(page_path(visit))

    assert response.status_code == 200
    assert response.context["places_left"] == 1
    assert [
        (application.name, [str(label) for _state, label in decisions])
        for application, decisions in response.context["rows"]
    ] == [
        ("Jan Kowalski", ["Confirm", "Put on the waiting list", "Decline"]),
        ("Eva Malá", ["Put on the waiting list", "Decline"]),
        ("Petr Novák", []),
    ]
    html = response.content.decode()
    assert f'name="application" value="{pending.pk}"' in html
    assert f'name="application" value="{confirmed.pk}"' in html
    assert 'Confirm<span class="visually-hidden"> – Jan Kowalski</span>' in html
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_confirming_gives_the_place_and_mails_the_applicant(visit, organiser, mailoutbox):
    application = ApplicationFactory(
        event=visit, name="Jan Kowalski", state=ApplicationState.PENDING, language="pl"
    )

    response = organiser.post(
        page_path(visit), {"application": application.pk, "decision": "confirmed"}, follow=True
    )

    application.refresh_from_db()
    assert application.state == ApplicationState.CONFIRMED
    assert application.decided_by.username == "partner@example.org"
    assert [str(message) for message in response.context["messages"]] == [
        "Jan Kowalski's application is now: confirmed. We have told them by e-mail."
    ]
    (mail,) = application.messages.all()
    assert (mail.to, mail.language) == ([application.email], "pl")
    assert [file["filename"] for file in mail.attachments] == [f"{visit.slug}.ics"]


def test_a_refused_decision_is_a_message_and_changes_nothing(visit, organiser):
    ApplicationFactory.create_batch(2, event=visit, state=ApplicationState.CONFIRMED)
    waiting = ApplicationFactory(event=visit, name="Jan Kowalski", state=ApplicationState.WAITING)

    response = organiser.post(
        page_path(visit), {"application": waiting.pk, "decision": "confirmed"}, follow=True
    )

    waiting.refresh_from_db()
    assert waiting.state == ApplicationState.WAITING
    assert [str(message) for message in response.context["messages"]] == [
        "No place is left for Jan Kowalski."
    ]


@pytest.mark.parametrize("decision", ["cancelled", "offered", "", "anything"])
def test_a_decision_the_organiser_may_not_take_is_refused(visit, organiser, decision):
    application = ApplicationFactory(event=visit, state=ApplicationState.PENDING)

    response = organiser.post(
        page_path(visit), {"application": application.pk, "decision": decision}, follow=True
    )

    application.refresh_from_db()
    assert application.state == ApplicationState.PENDING
    assert [str(message) for message in response.context["messages"]] == [
        "This is not a decision on an application."
    ]


@pytest.mark.parametrize("chosen", ["", "abc", "999999"])
def test_an_application_that_is_not_the_events_is_not_found(visit, organiser, chosen):
    other = ApplicationFactory(event=open_event(), state=ApplicationState.PENDING)

    for application in (chosen, other.pk):
        response = organiser.post(
            page_path(visit), {"application": application, "decision": "confirmed"}
        )
        assert response.status_code == 404
    other.refresh_from_db()
    assert other.state == ApplicationState.PENDING


def test_other_partners_staff_and_visitors_do_not_reach_the_page(visit, client):
    stranger = Client()
    stranger.force_login(partner_of(OrganisationFactory(), username="other@example.org"))
    staff = Client()
    staff.force_login(partner_of(username="staff@example.org"))
    staff_user = Application._meta.apps.get_model("auth", "User").objects.get(
        username="staff@example.org"
    )
    staff_user.is_staff = True
    staff_user.save()

    assert stranger.get(page_path(visit)).status_code == 404
    assert staff.get(page_path(visit)).status_code == 403
    anonymous = client.get(page_path(visit))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/en/for-partners/log-in/?next=")


def test_an_event_that_takes_no_applications_has_no_page(olomouc_city, organiser):
    event = open_event(takes_applications=False, places=None, application_deadline=None)
    event.organisations.add(olomouc_city)

    assert organiser.get(page_path(event)).status_code == 404


def test_the_participants_download_as_csv_and_xlsx_holds_the_confirmed_only(visit, organiser):
    ApplicationFactory(
        event=visit,
        name="=HYPERLINK(1)",
        organisation="Gmina Gogolin",
        email="jan@example.pl",
        state=ApplicationState.CONFIRMED,
    )
    ApplicationFactory(event=visit, name="Waiting One", state=ApplicationState.WAITING)

    csv_response = organiser.get(page_path(visit) + "?download=csv")
    xlsx_response = organiser.get(page_path(visit) + "?download=xlsx")

    assert csv_response["Content-Disposition"] == (
        f'attachment; filename="participants-{visit.slug}.csv"'
    )
    rows = list(csv.reader(io.StringIO(csv_response.content.decode())))
    assert [row[1:5] for row in rows] == [
        ["Name", "Organisation", "Role", "E-mail address"],
        ["'=HYPERLINK(1)", "Gmina Gogolin", "", "jan@example.pl"],
    ]
    sheet = load_workbook(io.BytesIO(xlsx_response.content)).active
    assert [row[1] for row in sheet.iter_rows(values_only=True)] == ["Name", "'=HYPERLINK(1)"]
    assert xlsx_response["Content-Disposition"] == (
        f'attachment; filename="participants-{visit.slug}.xlsx"'
    )


def test_the_dashboard_links_the_applications_of_the_organisations_events(
    visit, olomouc_city, organiser
):
    ApplicationFactory.create_batch(3, event=visit, state=ApplicationState.PENDING)
    quiet = open_event(title_en="Internship in Opole")
    quiet.organisations.add(olomouc_city)
    no_applications = open_event(takes_applications=False, places=None, application_deadline=None)
    no_applications.organisations.add(olomouc_city)

    html = organiser.get("/en/for-partners/").content.decode()

    assert html.count("/applications/") == 2
    assert (
        f'<a href="{page_path(visit)}">Applications (3)'
        '<span class="visually-hidden"> to “Study visit to Olomouc”</span></a>'
    ) in html
    assert (
        f'<a href="{page_path(quiet)}">Applications (0)'
        '<span class="visually-hidden"> to “Internship in Opole”</span></a>'
    ) in html
