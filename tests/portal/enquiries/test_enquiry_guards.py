"""The enquiry form's defences: the hidden field, the signed token, the limits, and bad input,
which always gives the form back with what the visitor wrote, never a server error."""

import math
import time
from urllib.parse import urlencode

import pytest
from django.core import signing
from django.db import connection, transaction
from hypothesis import Phase, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portal.db.publishing import PublicationStatus
from portal.enquiries.forms import TOKEN_SALT
from portal.enquiries.models import Enquiry
from portal.enquiries.services import email_digest
from portal.mail.models import OutgoingMessage
from tests.support.enquiries import enquiry_data, token_for
from tests.support.enquiry_forms import enquiry_url, shown_values, token_signed_ago
from tests.support.factories import EventFactory, GoodPracticeFactory, PracticeContactFactory

pytestmark = pytest.mark.django_db

TOO_FAST = "That was quicker than a person writes. Wait a few seconds and send it again."
TOO_OLD = "This form was open for a long time. Check your message and send it again."
NOT_OURS = "This form could not be checked. Send it again."
LIMIT = (
    "You have sent several messages in a short time. You can send this one in {} minutes; "
    "what you wrote is kept below."
)


@pytest.fixture
def practice():
    practice = GoodPracticeFactory()
    PracticeContactFactory(practice=practice)
    return practice


def nothing_stored():
    return (Enquiry.objects.count(), OutgoingMessage.objects.count()) == (0, 0)


def non_field_errors(response):
    return [str(error) for error in response.context["form"].non_field_errors()]


def field_errors(response):
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


def test_a_filled_hidden_field_looks_sent_but_nothing_is_kept(client, practice, mailoutbox):
    url = enquiry_url("practice", practice)

    response = client.post(url, enquiry_data("practice", practice, website="http://spam.example"))

    assert (response.status_code, response["Location"]) == (302, url + "?sent=1")
    assert nothing_stored()
    assert mailoutbox == []


def test_a_form_sent_too_fast_comes_back_with_its_token_and_nothing_stored(client, practice):
    token = token_for("practice", practice, seconds_ago=1)

    response = client.post(
        enquiry_url("practice", practice), enquiry_data("practice", practice, token=token)
    )

    assert response.status_code == 200
    assert non_field_errors(response) == [TOO_FAST]
    assert response.context["token"] == token
    assert TOO_FAST in response.text
    assert shown_values(response)["message"] == enquiry_data("practice")["message"]
    assert nothing_stored()


def test_a_form_open_too_long_comes_back_with_a_fresh_token_and_the_fields_kept(
    client, practice, settings
):
    max_age = settings.ENQUIRY_FORM_MAX_AGE.total_seconds()
    target = f"practice:{practice.pk}"
    token = token_signed_ago({"target": target, "shown": time.time() - max_age - 60}, max_age + 60)

    response = client.post(
        enquiry_url("practice", practice), enquiry_data("practice", practice, token=token)
    )

    assert response.status_code == 200
    assert non_field_errors(response) == [TOO_OLD]
    fresh = response.context["token"]
    assert signing.loads(fresh, salt=TOKEN_SALT, max_age=max_age)["target"] == (
        f"practice:{practice.pk}"
    )
    assert time.time() - signing.loads(fresh, salt=TOKEN_SALT)["shown"] < 60
    assert shown_values(response) | {"consent": None} == {
        "reason": "question",
        "name": "Jana Nováková",
        "email": "jana.novakova@example.net",
        "sender_organisation": "Statutární město Přerov",
        "country": "CZ",
        "message": "Dobrý den, jak dlouho trvala příprava projektu?",
        "website": "",
        "consent": None,
    }
    assert nothing_stored()


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("another", id="for-another-item"),
        pytest.param("forged", id="forged"),
        pytest.param("", id="missing"),
        pytest.param("not-a-token\x00\u2028", id="garbage"),
    ],
)
def test_a_token_not_made_for_this_form_is_refused_with_a_fresh_one(client, practice, token):
    other = GoodPracticeFactory()
    tokens = {
        "another": token_for("practice", other),
        "forged": token_for("practice", practice)[:-3] + "AAA",
    }
    data = enquiry_data("practice", practice, token=tokens.get(token, token))

    response = client.post(enquiry_url("practice", practice), data)

    assert response.status_code == 200
    assert non_field_errors(response) == [NOT_OURS]
    fresh = signing.loads(response.context["token"], salt=TOKEN_SALT)
    assert fresh["target"] == f"practice:{practice.pk}"
    assert shown_values(response)["name"] == "Jana Nováková"
    assert nothing_stored()


def test_a_token_of_the_staff_form_does_not_open_an_item_form(client, practice):
    data = enquiry_data("practice", practice, token=token_for("staff"))

    response = client.post(enquiry_url("practice", practice), data)

    assert non_field_errors(response) == [NOT_OURS]
    assert nothing_stored()


def window_seconds_left(scope, value):
    """The seconds until the window of the limit `scope` for `value` closes."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXTRACT(EPOCH FROM closes - statement_timestamp()) FROM portal_ratelimit "
            "WHERE key = %s",
            [f"enquiry:{scope}:{value}"],
        )
        (seconds,) = cursor.fetchone()
    return float(seconds)


def assert_refused_for_the_limit(response, scope, value, *, minutes=60):
    assert response.status_code == 429
    left = window_seconds_left(scope, value)
    # The header is the window's seconds left when the response was made, rounded up.
    assert math.ceil(left) <= int(response["Retry-After"]) <= math.ceil(left) + 2
    assert LIMIT.format(minutes) in " ".join(response.text.split())
    assert shown_values(response)["message"] == enquiry_data("staff")["message"]
    assert response.context["form"].errors == {}


def test_past_the_limit_per_network_address_the_form_answers_429(client, practice, settings):
    settings.ENQUIRY_LIMITS = {"address": (2, 3600), "email": (50, 3600), "target": (50, 3600)}
    url = enquiry_url("practice", practice)
    for number in range(2):
        data = enquiry_data("practice", practice, email=f"visitor{number}@example.net")
        assert client.post(url, data, REMOTE_ADDR="198.51.100.7").status_code == 302

    data = enquiry_data("practice", practice, email="visitor3@example.net")
    response = client.post(url, data, REMOTE_ADDR="198.51.100.7")

    assert_refused_for_the_limit(response, "address", "198.51.100.7")
    assert Enquiry.objects.count() == 2
    # Another address may still write.
    assert client.post(url, data, REMOTE_ADDR="198.51.100.8").status_code == 302
    assert Enquiry.objects.count() == 3


def test_past_the_limit_per_email_address_the_form_answers_429(client, practice, settings):
    settings.ENQUIRY_LIMITS = {"address": (50, 3600), "email": (2, 7200), "target": (50, 3600)}
    url = enquiry_url("practice", practice)
    for number in range(2):
        # The same address however it is capitalised.
        data = enquiry_data("practice", practice, email="Jana.Novakova@example.net")
        assert client.post(url, data, REMOTE_ADDR=f"198.51.100.{number}").status_code == 302

    response = client.post(url, enquiry_data("practice", practice), REMOTE_ADDR="198.51.100.9")

    digest = email_digest("jana.novakova@example.net")
    assert_refused_for_the_limit(response, "email", digest, minutes=120)
    assert Enquiry.objects.count() == 2


def test_past_the_limit_per_item_the_form_answers_429(client, practice, settings):
    settings.ENQUIRY_LIMITS = {"address": (50, 3600), "email": (50, 3600), "target": (2, 3600)}
    url = enquiry_url("practice", practice)
    for number in range(2):
        data = enquiry_data("practice", practice, email=f"visitor{number}@example.net")
        assert client.post(url, data, REMOTE_ADDR=f"198.51.100.{number}").status_code == 302

    data = enquiry_data("practice", practice, email="visitor3@example.net")
    response = client.post(url, data, REMOTE_ADDR="198.51.100.9")

    assert_refused_for_the_limit(response, "target", f"practice:{practice.pk}")
    assert Enquiry.objects.count() == 2
    # Another item may still be written about.
    other = GoodPracticeFactory()
    other_data = enquiry_data("practice", other, email="visitor3@example.net")
    assert client.post(enquiry_url("practice", other), other_data).status_code == 302


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        (
            {"name": "N" * 201},
            {"name": ["Ensure this value has at most 200 characters (it has 201)."]},
        ),
        ({"name": ""}, {"name": ["This field is required."]}),
        ({"message": "Too short"}, {"message": ["Write at least 10 characters."]}),
        ({"message": "x" * 5001}, {"message": ["Write at most 5000 characters (you wrote 5001)."]}),
        (
            {"message": "See http://a.example, https://b.example, www.c.example, http://d.example"},
            {"message": ["A message may hold at most 3 web addresses; this one holds 4."]},
        ),
        (
            {"reason": "adopt"},
            {"reason": ["Select a valid choice. adopt is not one of the available choices."]},
        ),
        (
            {"country": "XX"},
            {"country": ["Select a valid choice. XX is not one of the available choices."]},
        ),
        ({"consent": ""}, {"consent": ["Agree to this, or your message cannot be delivered."]}),
        ({"email": "jana@"}, {"email": ["Enter a valid email address."]}),
        ({"name": "Cheap pills www.pills.example"}, {"name": ["Write no web address here."]}),
        (
            {"sender_organisation": "See https://spam.example"},
            {"sender_organisation": ["Write no web address here."]},
        ),
        (
            {"message": "Dobrý den,\x00 jak dlouho?"},
            {"message": ["Null characters are not allowed."]},
        ),
    ],
    ids=[
        "name-too-long",
        "name-missing",
        "message-too-short",
        "message-too-long",
        "too-many-links",
        "reason-the-page-does-not-offer",
        "unknown-country",
        "no-consent",
        "bad-email",
        "link-in-name",
        "link-in-organisation",
        "nul-in-message",
    ],
)
def test_bad_input_gives_the_form_back_with_the_fields_kept(client, fields, errors):
    event = EventFactory()
    data = enquiry_data("event", event, **fields)

    response = client.post(enquiry_url("event", event), data)

    assert response.status_code == 200
    assert field_errors(response) == errors
    shown = shown_values(response)
    for name in ("name", "email", "sender_organisation", "country", "message"):
        assert shown[name] == data[name], name
    assert nothing_stored()


def test_links_written_with_www_after_the_scheme_count_once(client, practice):
    message = "Zobacz https://www.a.example, https://www.b.example i http://www.c.example/x"
    data = enquiry_data("practice", practice, message=message)

    response = client.post(enquiry_url("practice", practice), data)

    assert response.status_code == 302
    assert Enquiry.objects.get().message == message


def test_a_message_at_both_length_limits_is_accepted(client, practice, settings):
    url = enquiry_url("practice", practice)
    for message in ("x" * 10, "y" * settings.ENQUIRY_MESSAGE_MAX_LENGTH):
        data = enquiry_data("practice", practice, message=message, name="N" * 200)
        assert client.post(url, data).status_code == 302
    assert sorted(
        len(message) for message in Enquiry.objects.values_list("message", flat=True)
    ) == [
        10,
        5000,
    ]


def test_line_breaks_count_as_the_browser_counts_them_one_character_each(client, practice):
    # 50 lines of 100 characters: 5000 in the textarea, 5050 as the browser sends them (CR LF).
    message = ("a" * 99 + "\r\n") * 50
    data = enquiry_data("practice", practice, message=message)

    response = client.post(enquiry_url("practice", practice), data)

    assert response.status_code == 302
    assert Enquiry.objects.get().message == ("a" * 99 + "\n") * 49 + "a" * 99


def test_the_form_of_a_draft_practice_is_not_found(client):
    draft = GoodPracticeFactory(status=PublicationStatus.DRAFT)
    url = enquiry_url("practice", draft)

    assert client.get(url).status_code == 404
    assert client.post(url, enquiry_data("practice", draft)).status_code == 404
    assert nothing_stored()


# Values a careless or hostile client sends.
HOSTILE_PIECES = st.one_of(
    st.text(max_size=40),
    st.binary(max_size=20).map(lambda raw: raw.decode("utf-8", "surrogateescape")),
    st.sampled_from(
        [
            "",
            "\x00",
            "\r\nBcc: victim@example.com",
            "\u2028",
            "\x85",
            "\ud800",
            "x" * 6000,
            "question",
            "adopt",
            "mistake",
            "CZ",
            "pl",
            "on",
            "jana@example.net",
            "http://a.example " * 5,
        ]
    ),
)
# A hostile piece alone, or inside text long enough to pass the other checks of a field.
HOSTILE = st.one_of(
    HOSTILE_PIECES,
    st.builds(lambda piece: f"Dobrý den, {piece} děkuji", HOSTILE_PIECES),
)
FIELDS = ["reason", "name", "email", "sender_organisation", "country", "message", "consent"]


@hypothesis_settings(max_examples=40, phases=(Phase.explicit, Phase.generate))
# Examples that once gave a server error, or easily could, beside the random ones.
@example(changes={"message": "Dobrý den, \x00 děkuji"})
@example(changes={"name": "Jana\x00", "sender_organisation": "\x00", "email": "a\x00@b.cz"})
@example(changes={"token": "\ud800", "country": "\ud800", "reason": "\x00"})
@example(changes={"message": "\ud800" * 20, "name": "Jana \ud83d"})
@example(changes={"website": "\x00", "consent": "\ud800"})
@given(changes=st.dictionaries(st.sampled_from([*FIELDS, "token", "website"]), HOSTILE))
def test_no_submission_gives_a_server_error(client, practice, changes):
    data = enquiry_data("practice", practice) | changes
    # Sent as the bytes a careless client would send: lone surrogates as they are in UTF-8.
    body = urlencode({name: value.encode("utf-8", "surrogatepass") for name, value in data.items()})

    # In a savepoint that is undone, so that every example starts from the same rows and a
    # database error fails this example alone.
    with transaction.atomic():
        response = client.post(
            enquiry_url("practice", practice),
            body,
            content_type="application/x-www-form-urlencoded",
        )
        transaction.set_rollback(True)

    assert response.status_code in {200, 302, 429}
