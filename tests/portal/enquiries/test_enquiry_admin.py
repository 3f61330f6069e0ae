"""Enquiries in the admin: filtered and searched, marked answered (by whom and when), their
e-mails' delivery shown; editors may read and answer them, nobody edits what the visitor wrote."""

import pytest
from django.utils import timezone

from portal.enquiries.models import Enquiry, Reason, Status, TargetKind
from portal.mail.models import MessageStatus, OutgoingMessage
from tests.support.admin import admin_url
from tests.support.enquiry_records import enquiry_stored
from tests.support.factories import EventFactory, GoodPracticeFactory

pytestmark = pytest.mark.django_db

REFUSED = "SMTPRecipientsRefused: {'anna@example.pl': (550, b'5.1.1 No such user')}"


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def enquiries():
    """Four enquiries of different statuses, reasons and kinds, by name."""
    practice = GoodPracticeFactory(title_en="Transfer hub")
    event = EventFactory(title_en="Study visit to Ostrava")
    made = {
        "question": enquiry_stored(item=practice, name="Jana Nováková"),
        "adopt": enquiry_stored(
            item=practice, name="Piotr Nowak", email="piotr@example.pl", reason=Reason.ADOPT
        ),
        "event": enquiry_stored(
            item=event,
            target_kind=TargetKind.EVENT,
            name="Eva Dvořáková",
            email="eva@example.cz",
            reason=Reason.MISTAKE,
        ),
        "staff": enquiry_stored(name="Tomasz Zieliński", email="tomasz@example.pl"),
    }
    Enquiry.objects.filter(pk=made["staff"].pk).update(
        status=Status.ANSWERED, answered_at=timezone.now()
    )
    return made


def listed(client, **query):
    response = client.get(admin_url(Enquiry, "changelist"), query)
    assert response.status_code == 200
    return sorted(enquiry.name for enquiry in response.context["cl"].result_list)


def test_the_list_filters_by_status_reason_and_kind(superuser_client, enquiries):
    assert listed(superuser_client, status__exact="answered") == ["Tomasz Zieliński"]
    assert listed(superuser_client, status__exact="received") == [
        "Eva Dvořáková",
        "Jana Nováková",
        "Piotr Nowak",
    ]
    assert listed(superuser_client, reason__exact="adopt") == ["Piotr Nowak"]
    assert listed(superuser_client, reason__exact="question") == [
        "Jana Nováková",
        "Tomasz Zieliński",
    ]
    assert listed(superuser_client, target_kind__exact="event") == ["Eva Dvořáková"]
    assert listed(superuser_client, target_kind__exact="practice") == [
        "Jana Nováková",
        "Piotr Nowak",
    ]
    assert listed(superuser_client, target_kind__exact="staff", status__exact="answered") == [
        "Tomasz Zieliński"
    ]


def test_the_list_searches_names_and_email_addresses(superuser_client, enquiries):
    assert listed(superuser_client, q="Nowak") == ["Piotr Nowak"]
    assert listed(superuser_client, q="eva@example.cz") == ["Eva Dvořáková"]
    assert listed(superuser_client, q="example.pl") == ["Piotr Nowak", "Tomasz Zieliński"]
    assert listed(superuser_client, q="nobody@example.org") == []


def test_mark_answered_records_who_and_when(superuser_client, superuser, enquiries):
    before = timezone.now()
    chosen = [enquiries["question"], enquiries["event"], enquiries["staff"]]

    response = superuser_client.post(
        admin_url(Enquiry, "changelist"),
        {"action": "mark_answered", "_selected_action": [enquiry.pk for enquiry in chosen]},
        follow=True,
    )

    assert [str(message) for message in response.context["messages"]] == [
        "2 enquiries are marked as answered."
    ]
    for name in ("question", "event"):
        enquiry = Enquiry.objects.get(pk=enquiries[name].pk)
        assert (enquiry.status, enquiry.answered_by) == (Status.ANSWERED, superuser)
        assert before <= enquiry.answered_at <= timezone.now()
    # One answered before keeps its answer; the one not chosen stays received.
    staff = Enquiry.objects.get(pk=enquiries["staff"].pk)
    assert (staff.answered_by, staff.answered_at < before) == (None, True)
    assert Enquiry.objects.get(pk=enquiries["adopt"].pk).status == Status.RECEIVED


def change(client, enquiry, **fields):
    data = {"status": enquiry.status, "staff_note": enquiry.staff_note, "_save": "Save", **fields}
    return client.post(admin_url(Enquiry, "change", enquiry.pk), data)


def test_the_change_form_records_who_answered_and_forgets_it_when_received_again(
    superuser_client, superuser, enquiries
):
    enquiry = enquiries["question"]
    before = timezone.now()

    response = change(superuser_client, enquiry, status="answered", staff_note="Called her.")

    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_by, enquiry.staff_note) == (
        Status.ANSWERED,
        superuser,
        "Called her.",
    )
    assert before <= enquiry.answered_at <= timezone.now()

    response = change(superuser_client, enquiry, status="received")

    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_at, enquiry.answered_by) == (
        Status.RECEIVED,
        None,
        None,
    )


def test_the_visitors_fields_cannot_be_changed(superuser_client, enquiries):
    enquiry = enquiries["question"]

    page = superuser_client.get(admin_url(Enquiry, "change", enquiry.pk))
    response = change(
        superuser_client,
        enquiry,
        name="Someone Else",
        email="else@example.org",
        message="Changed by staff",
        reason="adopt",
        target_kind="staff",
        received_at="2020-01-01 00:00:00",
        language="en",
    )

    assert set(page.context["adminform"].form.fields) == {"status", "staff_note"}
    assert response.status_code == 302
    stored = Enquiry.objects.get(pk=enquiry.pk)
    assert (
        stored.name,
        stored.email,
        stored.message,
        stored.reason,
        stored.target_kind,
        stored.language,
        stored.received_at,
    ) == (
        "Jana Nováková",
        "jana.novakova@example.net",
        "Dobrý den, jak dlouho trvala příprava projektu?",
        "question",
        "practice",
        "cs",
        enquiry.received_at,
    )


def test_the_change_page_shows_each_emails_delivery_and_last_error(superuser_client, enquiries):
    enquiry = enquiries["question"]
    to_staff, acknowledgement = enquiry.messages.order_by("pk")
    to_staff.status, to_staff.attempts, to_staff.last_error = MessageStatus.WAITING, 2, REFUSED
    to_staff.save()
    acknowledgement.status, acknowledgement.sent_at = MessageStatus.SENT, timezone.now()
    acknowledgement.next_attempt_at = None
    acknowledgement.save()

    response = superuser_client.get(admin_url(Enquiry, "change", enquiry.pk))

    assert response.status_code == 200
    staff_address = ", ".join(to_staff.to)
    assert (
        f'<li><a href="/en/admin/mail/outgoingmessage/{to_staff.pk}/change/">{staff_address}</a>: '
        "waiting SMTPRecipientsRefused: {&#x27;anna@example.pl&#x27;: (550, "
        "b&#x27;5.1.1 No such user&#x27;)}</li>"
    ) in response.text
    assert (
        f'<li><a href="/en/admin/mail/outgoingmessage/{acknowledgement.pk}/change/">'
        "jana.novakova@example.net</a>: sent </li>"
    ) in response.text
    listing = superuser_client.get(admin_url(Enquiry, "changelist"))
    assert '<td class="field-delivery">1/2</td>' in listing.text


def test_an_editor_reads_and_answers_enquiries_but_neither_adds_nor_deletes(
    editor_client, editor, enquiries
):
    enquiry = enquiries["question"]

    assert editor_client.get(admin_url(Enquiry, "changelist")).status_code == 200
    page = editor_client.get(admin_url(Enquiry, "change", enquiry.pk))
    assert page.status_code == 200
    assert set(page.context["adminform"].form.fields) == {"status", "staff_note"}
    assert editor_client.get(admin_url(Enquiry, "add")).status_code == 403
    assert editor_client.get(admin_url(Enquiry, "delete", enquiry.pk)).status_code == 403
    listing = editor_client.get(admin_url(Enquiry, "changelist"))
    actions = [name for name, _ in listing.context["action_form"].fields["action"].choices]
    assert actions == ["", "mark_answered"]

    response = editor_client.post(
        admin_url(Enquiry, "changelist"),
        {"action": "mark_answered", "_selected_action": [enquiry.pk]},
        follow=True,
    )
    refused = editor_client.post(
        admin_url(Enquiry, "changelist"),
        {"action": "delete_selected", "_selected_action": [enquiry.pk], "post": "yes"},
        follow=True,
    )

    assert [str(message) for message in response.context["messages"]] == [
        "1 enquiry is marked as answered."
    ]
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_by) == (Status.ANSWERED, editor)
    assert [str(message) for message in refused.context["messages"]] == ["No action selected."]
    assert Enquiry.objects.count() == 4


def test_an_enquiry_deleted_in_the_admin_goes_with_its_emails(superuser_client, enquiries):
    question, event = enquiries["question"], enquiries["event"]
    kept = set(
        OutgoingMessage.objects.filter(
            enquiries__in=[enquiries["adopt"].pk, enquiries["staff"].pk]
        ).values_list("pk", flat=True)
    )

    one = superuser_client.post(admin_url(Enquiry, "delete", question.pk), {"post": "yes"})
    selected = superuser_client.post(
        admin_url(Enquiry, "changelist"),
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )

    assert (one.status_code, selected.status_code) == (302, 302)
    assert sorted(Enquiry.objects.values_list("name", flat=True)) == [
        "Piotr Nowak",
        "Tomasz Zieliński",
    ]
    assert set(OutgoingMessage.objects.values_list("pk", flat=True)) == kept
    assert len(kept) == 4
