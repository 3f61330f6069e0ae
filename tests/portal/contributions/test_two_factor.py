"""Partners turn two-factor authentication on in the partner space with a code from their app,
then log in with it, and turn it off with their password or a code."""

import re
from base64 import b32encode

import pytest
from django.urls import reverse
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.accounts import (
    LOGIN_REFUSED,
    PASSWORD,
    authenticator,
    current_code,
    wrong_code,
)
from tests.support.contributions import partner_of
from tests.support.factories import EditorFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

PARTNER = "partner@example.org"


def url(name, language="en"):
    with translation.override(language):
        return reverse(f"contributions:{name}")


@pytest.fixture
def partner():
    return partner_of(OrganisationFactory())


@pytest.fixture
def partner_client(client, partner):
    client.force_login(partner)
    return client


def turn_on(client, code, action="on"):
    return client.post(url("two-factor"), {"action": action, "otp_token": code})


def next_code(device):
    """The code the app shows in the next 30 seconds: a code once accepted is not taken again."""
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + 1)
    return f"{code:06d}"


def log_in(client, **extra):
    return client.post(url("login"), {"username": PARTNER, "password": PASSWORD, **extra})


def test_the_page_has_translated_addresses():
    assert url("two-factor") == "/en/for-partners/two-factor/"
    assert url("two-factor", "pl") == "/pl/dla-partnerow/uwierzytelnianie-dwuskladnikowe/"
    assert url("two-factor", "cs") == "/cs/pro-partnery/dvoufazove-overeni/"


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(url("two-factor"))

    assert (response.status_code, response["Location"]) == (
        302,
        "/en/for-partners/log-in/?next=/en/for-partners/two-factor/",
    )


def test_staff_set_it_up_in_the_admin_not_here(client):
    client.force_login(EditorFactory())

    assert client.get(url("two-factor")).status_code == 403
    assert turn_on(client, "123456").status_code == 403
    assert not TOTPDevice.objects.exists()


def test_the_page_shows_a_qr_code_and_the_key_of_a_pending_authenticator(partner_client, partner):
    response = partner_client.get(url("two-factor", "cs"))

    html = response.content.decode()
    device = TOTPDevice.objects.get(user=partner)
    key = b32encode(device.bin_key).decode()
    assert device.confirmed is False
    assert "<h1>Dvoufázové ověření</h1>" in html
    assert re.search(r'<svg [^>]*role="img"', html)
    assert 'aria-label="QR kód klíče pro ověřovací aplikaci"' in html
    assert f"<code>{' '.join(re.findall('.{1,4}', key))}</code>" in html
    assert "style=" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # The same key on every visit until it is confirmed.
    partner_client.get(url("two-factor"))
    assert list(TOTPDevice.objects.values_list("pk", flat=True)) == [device.pk]


def test_a_right_code_turns_it_on_and_the_login_then_needs_the_code(partner_client, partner):
    partner_client.get(url("two-factor"))
    device = TOTPDevice.objects.get(user=partner)

    response = turn_on(partner_client, current_code(device))
    page = partner_client.get(url("two-factor"))
    partner_client.logout()
    without = log_in(partner_client)
    with_code = log_in(partner_client, otp_token=next_code(device))

    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/two-factor/")
    device.refresh_from_db()
    assert device.confirmed is True
    assert "Two-factor authentication is on" in page.content.decode()
    assert "<svg" not in page.content.decode()
    assert without.context["form"].errors == {"__all__": [LOGIN_REFUSED]}
    assert "_auth_user_id" not in without.wsgi_request.session
    assert (with_code.status_code, with_code["Location"]) == (302, "/en/for-partners/")
    assert partner_client.session["_auth_user_id"] == str(partner.pk)


def test_a_wrong_code_is_refused_with_an_error_summary(partner_client, partner):
    partner_client.get(url("two-factor"))
    device = TOTPDevice.objects.get(user=partner)

    response = turn_on(partner_client, wrong_code(device))

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "otp_token": ["This code is wrong or has expired. Enter the code the app shows now."]
    }
    assert '<div class="form-problem" role="alert" id="form-problem">' in html
    assert '<a href="#id_otp_token">Authenticator code: This code is wrong' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_otp_token_error"' in html
    device.refresh_from_db()
    assert device.confirmed is False


def test_it_is_turned_off_with_the_password(partner_client, partner):
    authenticator(partner)

    response = partner_client.post(url("two-factor"), {"action": "off", "password": PASSWORD})

    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/two-factor/")
    assert not TOTPDevice.objects.exists()


def test_it_is_turned_off_with_a_code(partner_client, partner):
    device = authenticator(partner)

    partner_client.post(url("two-factor"), {"action": "off", "otp_token": current_code(device)})

    assert not TOTPDevice.objects.exists()


@pytest.mark.parametrize(
    ("entered", "field", "message"),
    [
        (
            {},
            "password",
            "Enter your password, or a code your authenticator app shows now.",
        ),
        (
            {"password": "not-the-password"},
            "password",
            "Enter your password, or a code your authenticator app shows now: the one you "
            "entered is not right.",
        ),
        (
            {"otp_token": "000000x"},
            "otp_token",
            "Enter your password, or a code your authenticator app shows now: the one you "
            "entered is not right.",
        ),
    ],
)
def test_a_wrong_password_or_code_leaves_it_on(partner_client, partner, entered, field, message):
    device = authenticator(partner)

    response = partner_client.post(url("two-factor"), {"action": "off", **entered})

    assert response.status_code == 200
    assert response.context["form"].errors == {field: [message]}
    assert 'role="alert"' in response.content.decode()
    assert list(TOTPDevice.objects.values_list("pk", "confirmed")) == [(device.pk, True)]


def test_a_form_sent_again_after_it_is_on_changes_nothing(partner_client, partner):
    device = authenticator(partner)

    response = turn_on(partner_client, current_code(device))

    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/two-factor/")
    assert list(TOTPDevice.objects.values_list("pk", "confirmed")) == [(device.pk, True)]


def test_the_dashboard_links_to_the_page(partner_client):
    response = partner_client.get(url("dashboard", "pl"))

    assert (
        '<a href="/pl/dla-partnerow/uwierzytelnianie-dwuskladnikowe/">'
        "Uwierzytelnianie dwuskładnikowe</a>"
    ) in response.content.decode()
