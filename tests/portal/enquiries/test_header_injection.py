"""A line break with a header after it, in any field of the enquiry form, adds no header and no
recipient: one-line fields refuse it, and the message, which may hold line breaks, arrives through
Django's SMTP backend at a real SMTP server with them only in its body."""

import pytest

from portal.enquiries.models import Enquiry
from tests.support.enquiries import enquiry_data
from tests.support.enquiry_forms import enquiry_url
from tests.support.factories import (
    ContactPersonFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
)
from tests.support.smtp import smtp_server, smtp_settings  # noqa: F401 (fixtures)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

VISITOR = "jana.novakova@example.net"
CONTACT = "petr.svoboda@example.org"
INJECTED = "Bcc: victim@example.com"
BREAKS = {"crlf": "\r\n", "lf": "\n", "cr": "\r", "u2028": "\u2028", "nel": "\x85"}
ONE_LINE = "Write this on one line."
ONE_LINE_FIELDS = ["country", "email", "name", "reason", "sender_organisation", "token"]


def refusal(field, value):
    """What the form says when `field` holds `value` (for the token: the whole form is refused)."""
    not_offered = f"Select a valid choice. {value} is not one of the available choices."
    return {
        "name": {"name": [ONE_LINE]},
        "sender_organisation": {"sender_organisation": [ONE_LINE]},
        "email": {"email": ["Enter a valid email address."]},
        "reason": {"reason": [not_offered]},
        "country": {"country": [not_offered]},
        "token": {"__all__": ["This form could not be checked. Send it again."]},
    }[field]


@pytest.fixture
def practice():
    practice = GoodPracticeFactory(title_en="Transfer hub")
    contact = ContactPersonFactory(name="Petr Svoboda", email=CONTACT, languages=["en"])
    PracticeContactFactory(practice=practice, contact=contact)
    return practice


@pytest.mark.parametrize("line_break", BREAKS.values(), ids=BREAKS.keys())
@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
def test_a_one_line_field_refuses_a_line_break_with_a_header(
    client, practice, field, line_break, mailoutbox
):
    data = enquiry_data("practice", practice)
    data[field] += line_break + INJECTED

    response = client.post(enquiry_url("practice", practice), data)

    assert response.status_code == 200
    assert response.context["form"].errors == refusal(field, data[field])
    assert Enquiry.objects.count() == 0
    assert mailoutbox == []


@pytest.mark.usefixtures("smtp_settings")
@pytest.mark.parametrize("line_break", BREAKS.values(), ids=BREAKS.keys())
def test_a_header_written_in_the_message_stays_in_the_body(
    client,
    practice,
    line_break,
    smtp_server,  # noqa: F811 (the fixture)
    django_capture_on_commit_callbacks,
):
    message = f"Dobrý den,{line_break}{INJECTED}{line_break}jak dlouho trvala příprava?"
    smtp_server.start()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            enquiry_url("practice", practice),
            enquiry_data("practice", practice, message=message),
        )
    run_due_tasks()

    assert response.status_code == 302
    # Kept with each CR LF or CR as one LF, as the browser counts them.
    assert Enquiry.objects.get().message == message.replace("\r\n", "\n").replace("\r", "\n")
    assert sorted(smtp_server.envelope_recipients) == [[VISITOR], [CONTACT]]
    arrived = {message["To"]: message for message in smtp_server.received}
    assert sorted(arrived) == [VISITOR, CONTACT]
    for mail in arrived.values():
        assert mail["Bcc"] is None
        assert mail["Cc"] is None
        assert "victim@example.com" not in str(mail["To"])
        assert "\n" not in str(mail["Subject"]).strip()
    to_contact, acknowledgement = arrived[CONTACT], arrived[VISITOR]
    assert str(to_contact["Subject"]).strip() == "A question about “Transfer hub”"
    assert str(to_contact["Reply-To"]) == VISITOR
    assert str(acknowledgement["Subject"]).strip() == "Your message about “Transfer hub” arrived"
    assert acknowledgement["Reply-To"] is None
    text = to_contact.get_body(preferencelist=("plain",)).get_content()
    # A line of its own in the body (str.splitlines also breaks at U+2028).
    assert INJECTED in text.splitlines()
    # The acknowledgement does not repeat what the visitor wrote.
    assert INJECTED not in acknowledgement.get_body(preferencelist=("plain",)).get_content()
