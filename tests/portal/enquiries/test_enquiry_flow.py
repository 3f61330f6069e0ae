"""An enquiry from its form to its e-mails: stored first, then one e-mail per recipient in their
language, and an acknowledgement in the page's."""

import pytest
from django.urls import reverse
from django.utils import translation

from portal.enquiries.models import Enquiry, Status, TargetKind
from portal.mail.models import MessageStatus, OutgoingMessage
from tests.support.enquiries import enquiry_data
from tests.support.factories import (
    ContactPersonFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

VISITOR = "jana.novakova@example.net"


def practice_enquiry_url(practice, language="cs"):
    with translation.override(language):
        return reverse("practices:enquiry", kwargs={"slug": practice.slug})


def sent_to(mailoutbox, address):
    (message,) = [message for message in mailoutbox if message.to == [address]]
    return message


def test_an_enquiry_is_stored_then_mailed_to_each_contact_in_their_language(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    practice = GoodPracticeFactory(title_pl="Węzeł przesiadkowy", title_cs="Přestupní uzel")
    polish = ContactPersonFactory(name="Anna Kowalska", languages=["pl"])
    czech = ContactPersonFactory(name="Petr Svoboda", languages=["cs", "pl"])
    PracticeContactFactory(practice=practice, contact=polish, position=1)
    PracticeContactFactory(practice=practice, contact=czech, position=2)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(practice_enquiry_url(practice), enquiry_data("practice", practice))

    assert response.status_code == 302
    assert response["Location"] == practice_enquiry_url(practice) + "?sent=1"
    enquiry = Enquiry.objects.get()
    assert (enquiry.target_kind, enquiry.practice, enquiry.language, enquiry.status) == (
        TargetKind.PRACTICE,
        practice,
        "cs",
        Status.RECEIVED,
    )
    assert (enquiry.name, enquiry.email, enquiry.sender_organisation, enquiry.country.code) == (
        "Jana Nováková",
        VISITOR,
        "Statutární město Přerov",
        "CZ",
    )
    assert (enquiry.target_title, enquiry.page_url) == (
        "Přestupní uzel",
        "/cs/dobre-praxe/" + practice.slug + "/",
    )
    # Stored, not yet sent: the worker sends.
    assert mailoutbox == []
    assert enquiry.messages.filter(status=MessageStatus.WAITING).count() == 3

    run_due_tasks()

    to_polish = sent_to(mailoutbox, polish.email)
    to_czech = sent_to(mailoutbox, czech.email)
    acknowledgement = sent_to(mailoutbox, VISITOR)
    assert len(mailoutbox) == 3
    assert [
        message.extra_headers["Content-Language"]
        for message in (to_polish, to_czech, acknowledgement)
    ] == ["pl", "cs", "cs"]
    assert to_polish.reply_to == to_czech.reply_to == [VISITOR]
    assert acknowledgement.reply_to == []
    # A person's message passed on is not automatic; the acknowledgement is.
    assert "Auto-Submitted" not in to_polish.extra_headers
    assert acknowledgement.extra_headers["Auto-Submitted"] == "auto-generated"
    assert "Węzeł przesiadkowy" in to_polish.subject
    assert "Přestupní uzel" in to_czech.subject
    assert "Dobrý den, jak dlouho trvala příprava projektu?" in to_polish.body
    assert "Dobrý den, jak dlouho trvala příprava projektu?" not in acknowledgement.body
    assert "Anna Kowalska, Petr Svoboda" in acknowledgement.body
    assert f"http://testserver/pl/dobre-praktyki/{practice.slug}/" in to_polish.body
    assert OutgoingMessage.objects.filter(status=MessageStatus.SENT).count() == 3


def test_a_report_of_a_mistake_goes_to_the_staff_not_the_contacts(
    client, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.ENQUIRY_STAFF_EMAILS = ["staff@example.org", "editor@example.org"]
    settings.ENQUIRY_STAFF_LANGUAGE = "en"
    practice = GoodPracticeFactory(title_en="Transfer hub")
    PracticeContactFactory(practice=practice)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            practice_enquiry_url(practice),
            enquiry_data("practice", practice, reason="mistake"),
        )
    run_due_tasks()

    recipients = sorted(tuple(message.to) for message in mailoutbox)
    assert recipients == [
        ("jana.novakova@example.net",),
        ("staff@example.org", "editor@example.org"),
    ]
    (to_staff,) = [message for message in mailoutbox if message.to[0] == "staff@example.org"]
    assert to_staff.subject == "A mistake or outdated information on “Transfer hub”"
    assert to_staff.reply_to == [VISITOR]
    enquiry = Enquiry.objects.get()
    assert f"http://testserver/en/admin/enquiries/enquiry/{enquiry.pk}/change/" in to_staff.body


def test_an_item_without_contact_persons_sends_the_enquiry_to_the_staff(
    client, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.ENQUIRY_STAFF_EMAILS = ["staff@example.org"]
    practice = GoodPracticeFactory()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(practice_enquiry_url(practice), enquiry_data("practice", practice))
    run_due_tasks()

    assert sorted(message.to[0] for message in mailoutbox) == [VISITOR, "staff@example.org"]


def test_the_general_form_writes_to_the_staff(
    client, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.ENQUIRY_STAFF_EMAILS = ["staff@example.org"]
    with translation.override("en"):
        url = reverse("enquiry")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, enquiry_data("staff"))
    run_due_tasks()

    assert response["Location"] == "/en/write-to-us/?sent=1"
    enquiry = Enquiry.objects.get()
    assert (enquiry.target_kind, enquiry.target, enquiry.target_title) == (
        TargetKind.STAFF,
        None,
        "",
    )
    assert sorted(message.to[0] for message in mailoutbox) == [VISITOR, "staff@example.org"]
