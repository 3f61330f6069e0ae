"""Staff accounts: login lockout, password rules and two-factor authentication in the admin."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.staff.accounts import client_ip_address
from tests.support.accounts import (
    HOME,
    LOGIN_REFUSED,
    PASSWORD,
    authenticator,
    current_code,
    logged_in_user_id,
    wrong_code,
)
from tests.support.factories import EditorFactory, UserFactory

pytestmark = pytest.mark.django_db

ELSEWHERE = "198.51.100.7"
COOL_OFF = datetime.timedelta(minutes=15)
ADMIN_HOME = "/en/admin/"


def log_in(client, username, password=PASSWORD, *, address=HOME, code="", **headers):
    return client.post(
        reverse("admin:login"),
        # As the login form does: its hidden "next" leads to the admin's home page.
        {"username": username, "password": password, "otp_token": code, "next": ADMIN_HOME},
        REMOTE_ADDR=address,
        **headers,
    )


def fail_logins(client, username, times, *, address=HOME):
    return [log_in(client, username, "wrong-password", address=address) for _ in range(times)]


# Lockout


def test_five_failed_logins_lock_that_username_from_that_address(editor, client):
    responses = fail_logins(client, "editor", 5)

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]
    locked = log_in(client, "editor")
    assert locked.status_code == 429
    assert logged_in_user_id(client) is None


def test_lock_does_not_reach_another_address(editor, client):
    fail_logins(client, "editor", 5)

    response = log_in(client, "editor", address=ELSEWHERE)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(editor.pk)


def test_lock_does_not_reach_another_username(editor, client):
    colleague = EditorFactory(username="colleague")
    fail_logins(client, "editor", 5)

    response = log_in(client, "colleague")

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(colleague.pk)


def shift_failures_back(minutes, seconds=0):
    """Move the recorded failures into the past, as if that much time had gone by."""
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - datetime.timedelta(minutes=minutes, seconds=seconds)
    )


def test_lock_holds_until_the_cool_off_has_passed(editor, client):
    fail_logins(client, "editor", 5)
    shift_failures_back(14)

    assert log_in(client, "editor").status_code == 429
    assert logged_in_user_id(client) is None


def test_login_works_again_after_the_cool_off(editor, client):
    fail_logins(client, "editor", 5)
    shift_failures_back(15, seconds=1)

    response = log_in(client, "editor")

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(editor.pk)


def test_a_successful_login_forgets_earlier_failures(editor, client):
    fail_logins(client, "editor", 4)
    log_in(client, "editor")
    client.logout()

    responses = fail_logins(client, "editor", 4)

    assert [response.status_code for response in responses] == [200, 200, 200, 200]
    assert AccessAttempt.objects.get().failures_since_start == 4


def test_lockout_page_says_when_to_try_again_and_whom_to_ask(editor, client):
    response = fail_logins(client, "editor", 5)[-1]

    # 15 minutes after the last failure, to the next full minute.
    unlocked = timezone.localtime(AccessAttempt.objects.get().attempt_time) + COOL_OFF
    retry_at = unlocked.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)
    html = response.content.decode()
    assert response.status_code == 429
    assert 'id="login-form"' not in html
    assert "<title>Too many failed logins | " in html
    assert "This username has been locked at your address after 5 failed logins." in html
    assert f"You can try again in 15 minutes, after {retry_at:%H:%M}." in html
    assert (
        "If you have forgotten your password or lost your authenticator app, ask a portal "
        "administrator (a superuser): they can set a new password, remove the authenticator "
        "or lift the lock." in html
    )
    assert f'<a href="{reverse("admin:login")}">Back to the login page</a>' in html


def test_lockout_page_follows_the_language_of_the_address(editor, client):
    for _ in range(5):
        response = client.post(
            "/cs/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR=HOME
        )

    assert response.status_code == 429
    assert '<html lang="cs"' in response.content.decode()


def test_forwarded_for_header_cannot_dodge_the_lock_without_trusted_proxies(editor, client):
    for number in range(5):
        log_in(client, "editor", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")

    response = log_in(client, "editor", HTTP_X_FORWARDED_FOR="203.0.113.99")

    assert response.status_code == 429
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [HOME]


@pytest.mark.parametrize(
    ("proxies", "remote_address", "forwarded_for", "client_address"),
    [
        (0, "203.0.113.5", "", "203.0.113.5"),
        (0, "203.0.113.5", "198.51.100.1", "203.0.113.5"),
        (1, "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        # What the visitor wrote stands left of what the trusted proxy added.
        (1, "10.0.0.2", "192.0.2.66, 198.51.100.1", "198.51.100.1"),
        (2, "10.0.0.2", "192.0.2.66, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (1, "10.0.0.2", "2001:db8::1", "2001:db8::1"),
        # Fewer entries than proxies, or no address at all: the proxies are not as configured.
        (2, "10.0.0.2", "198.51.100.1", "10.0.0.2"),
        (1, "10.0.0.2", "", "10.0.0.2"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(
    settings, proxies, remote_address, forwarded_for, client_address
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post(
        "/en/admin/login/", REMOTE_ADDR=remote_address, HTTP_X_FORWARDED_FOR=forwarded_for
    )

    assert client_ip_address(request) == client_address


def test_behind_a_trusted_proxy_failures_count_against_the_forwarded_address(
    settings, editor, client
):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        log_in(client, "editor", "wrong", address="10.0.0.2", HTTP_X_FORWARDED_FOR=ELSEWHERE)

    other_visitor = log_in(client, "editor", address="10.0.0.2", HTTP_X_FORWARDED_FOR=HOME)

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ELSEWHERE]
    assert other_visitor.status_code == 302


# Passwords


def test_adding_a_user_refuses_a_weak_password(superuser, client):
    client.force_login(superuser)

    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "newcomer",
            "usable_password": "true",
            "password1": "12345678",
            "password2": "12345678",
        },
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["password2"] == [
        "This password is too short. It must contain at least 12 characters.",
        "This password is too common.",
        "This password is entirely numeric.",
    ]
    assert not User.objects.filter(username="newcomer").exists()


def test_adding_a_user_accepts_a_strong_password(superuser, client):
    client.force_login(superuser)

    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "newcomer",
            "usable_password": "true",
            "password1": "Opava-bridge-over-the-Oder-7",
            "password2": "Opava-bridge-over-the-Oder-7",
        },
    )

    assert response.status_code == 302
    assert User.objects.get(username="newcomer").check_password("Opava-bridge-over-the-Oder-7")


def test_setting_a_password_like_the_username_is_refused(superuser, client):
    client.force_login(superuser)
    member = UserFactory(username="katarzyna.dvorak", is_staff=True)

    response = client.post(
        reverse("admin:auth_user_password_change", args=[member.pk]),
        {"password1": "katarzynadvorak", "password2": "katarzynadvorak"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["password2"] == [
        "The password is too similar to the username."
    ]
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_editor_changes_own_password_only_to_a_strong_one(editor_client, editor):
    url = reverse("admin:password_change")

    weak = editor_client.post(
        url, {"old_password": PASSWORD, "new_password1": "Nysa-2024", "new_password2": "Nysa-2024"}
    )
    strong = editor_client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "Olomouc-tram-line-nine",
            "new_password2": "Olomouc-tram-line-nine",
        },
    )

    assert weak.context["form"].errors["new_password2"] == [
        "This password is too short. It must contain at least 12 characters."
    ]
    assert strong.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("Olomouc-tram-line-nine")


# Two-factor authentication at login


def test_login_form_asks_for_an_authenticator_code(client):
    html = client.get(reverse("admin:login")).content.decode()

    assert '<label for="id_otp_token">Authenticator code:</label>' in html
    assert (
        '<input type="text" name="otp_token" autocomplete="one-time-code" inputmode="numeric" '
        'maxlength="16" aria-describedby="id_otp_token_helptext" id="id_otp_token">' in html
    )
    assert (
        '<div class="help" id="id_otp_token_helptext">'
        "Only if you have turned on two-factor authentication.</div>" in html
    )


def test_staff_without_an_authenticator_log_in_with_the_password_alone(editor, client):
    response = log_in(client, "editor")

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert logged_in_user_id(client) == str(editor.pk)


def test_staff_with_an_authenticator_cannot_log_in_without_its_code(editor, client):
    authenticator(editor)

    response = log_in(client, "editor")

    assert response.status_code == 200
    assert response.context["form"].errors == {"__all__": [LOGIN_REFUSED]}
    assert logged_in_user_id(client) is None
    assert AccessAttempt.objects.get().failures_since_start == 1


def test_staff_with_an_authenticator_cannot_log_in_with_a_wrong_code(editor, client):
    device = authenticator(editor)

    response = log_in(client, "editor", code=wrong_code(device))

    assert response.context["form"].errors == {"__all__": [LOGIN_REFUSED]}
    assert logged_in_user_id(client) is None


def test_staff_with_an_authenticator_log_in_with_its_current_code(editor, client):
    device = authenticator(editor)

    response = log_in(client, "editor", code=current_code(device))

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(editor.pk)
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get(reverse("admin:index")).wsgi_request.user.is_verified()


def test_a_code_is_accepted_with_the_space_some_apps_show(editor, client):
    device = authenticator(editor)
    code = current_code(device)

    response = log_in(client, "editor", code=f"{code[:3]} {code[3:]}")

    assert response.status_code == 302


def test_an_unconfirmed_authenticator_is_not_asked_for(editor, client):
    authenticator(editor, confirmed=False)

    assert log_in(client, "editor").status_code == 302


def test_wrong_codes_count_towards_the_lockout(editor, client):
    device = authenticator(editor)

    responses = [log_in(client, "editor", code=wrong_code(device)) for _ in range(5)]

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]
    assert log_in(client, "editor", code=current_code(device)).status_code == 429
    assert logged_in_user_id(client) is None


# Two-factor authentication: turning it on and off


def test_two_factor_page_shows_a_qr_code_and_the_key(editor_client, editor):
    response = editor_client.get(reverse("two-factor"))

    device = TOTPDevice.objects.get(user=editor)
    html = response.content.decode()
    assert response.status_code == 200
    assert not device.confirmed
    assert response.context["secret"].replace(" ", "") in device.config_url
    assert f"<code>{response.context['secret']}</code>" in html
    assert len(response.context["secret"]) == 39  # 32 characters in eight groups of four
    assert '<svg width="' in html
    assert 'role="img" aria-label="QR code of the key for your authenticator app"' in html
    assert "data:" not in html


def test_two_factor_page_keeps_the_same_key_until_it_is_confirmed(editor_client, editor):
    first = editor_client.get(reverse("two-factor")).context["secret"]
    second = editor_client.get(reverse("two-factor")).context["secret"]

    assert first == second
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_a_right_code_turns_two_factor_authentication_on(editor_client, editor):
    editor_client.get(reverse("two-factor"))
    device = TOTPDevice.objects.get(user=editor)

    response = editor_client.post(
        reverse("two-factor"), {"otp_token": current_code(device)}, follow=True
    )

    device.refresh_from_db()
    assert response.redirect_chain == [(reverse("two-factor"), 302)]
    assert device.confirmed
    assert editor_client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert [str(message) for message in response.context["messages"]] == [
        "Two-factor authentication is on: the admin will ask for a code at every login."
    ]
    assert "Turn two-factor authentication off" in response.content.decode()


def test_a_wrong_code_leaves_two_factor_authentication_off(editor_client, editor):
    editor_client.get(reverse("two-factor"))
    device = TOTPDevice.objects.get(user=editor)

    response = editor_client.post(reverse("two-factor"), {"otp_token": wrong_code(device)})

    device.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "otp_token": ["This code is wrong or has expired. Enter the code the app shows now."]
    }
    assert not device.confirmed


def test_removing_the_authenticator_takes_a_current_code(editor_client, editor):
    device = authenticator(editor)

    refused = editor_client.post(reverse("two-factor-remove"), {"otp_token": wrong_code(device)})

    assert refused.status_code == 200
    assert refused.context["form"].errors == {
        "otp_token": ["This code is wrong or has expired. Enter the code the app shows now."]
    }
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_removing_the_authenticator_brings_back_the_password_alone(editor_client, editor, client):
    device = authenticator(editor)

    response = editor_client.post(
        reverse("two-factor-remove"), {"otp_token": current_code(device)}, follow=True
    )

    assert response.redirect_chain == [(reverse("two-factor"), 302)]
    assert [str(message) for message in response.context["messages"]] == [
        "Two-factor authentication is off: you log in with your password alone."
    ]
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert log_in(client, "editor").status_code == 302


def test_a_confirmed_authenticator_is_not_confirmed_again(editor_client, editor):
    device = authenticator(editor)

    response = editor_client.post(reverse("two-factor"), {"otp_token": current_code(device)})

    assert response.status_code == 200
    assert list(TOTPDevice.objects.filter(user=editor)) == [device]
    assert DEVICE_ID_SESSION_KEY not in editor_client.session


def test_the_admin_user_tools_link_to_two_factor_authentication(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()

    assert f'<a href="{reverse("two-factor")}">Two-factor authentication</a> /' in html
