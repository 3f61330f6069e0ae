"""A refused login reads the same whichever part was wrong, in every language, and counts."""

import re

import pytest
from axes.models import AccessAttempt

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

REFUSED = {
    "en": LOGIN_REFUSED,
    "pl": (
        "Nazwa użytkownika, hasło lub kod z aplikacji uwierzytelniającej są nieprawidłowe. "
        "Wpisz je ponownie: kod tylko wtedy, gdy włączyłeś uwierzytelnianie dwuskładnikowe, "
        "taki, jaki aplikacja pokazuje teraz. W nazwie użytkownika i haśle wielkość liter ma "
        "znaczenie."
    ),
    "cs": (
        "Uživatelské jméno, heslo nebo kód z ověřovací aplikace nejsou správné. Zadejte je "
        "znovu: kód jen tehdy, pokud jste zapnuli dvoufázové ověření, a to ten, který aplikace "
        "ukazuje právě teď. U uživatelského jména a hesla záleží na velikosti písmen."
    ),
}
LANGUAGES = ["pl", "cs", "en"]


def attempt(client, language, username, password=PASSWORD, code=""):
    return client.post(
        f"/{language}/admin/login/",
        {
            "username": username,
            "password": password,
            "otp_token": code,
            "next": f"/{language}/admin/",
        },
        REMOTE_ADDR=HOME,
    )


def unknown_username(client, language):
    EditorFactory(username="editor")
    return attempt(client, language, "nobody")


def wrong_password(client, language):
    EditorFactory(username="editor")
    return attempt(client, language, "editor", "wrong-password")


def right_password_without_code(client, language):
    authenticator(EditorFactory(username="editor"))
    return attempt(client, language, "editor")


def right_password_with_wrong_code(client, language):
    device = authenticator(EditorFactory(username="editor"))
    return attempt(client, language, "editor", code=wrong_code(device))


def wrong_password_with_right_code(client, language):
    device = authenticator(EditorFactory(username="editor"))
    return attempt(client, language, "editor", "wrong-password", code=current_code(device))


def right_password_not_staff(client, language):
    UserFactory(username="editor", is_staff=False)
    return attempt(client, language, "editor")


def right_password_inactive(client, language):
    EditorFactory(username="editor", is_active=False)
    return attempt(client, language, "editor")


FAILURES = [
    unknown_username,
    wrong_password,
    right_password_without_code,
    right_password_with_wrong_code,
    wrong_password_with_right_code,
    right_password_not_staff,
    right_password_inactive,
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("failure", FAILURES, ids=[failure.__name__ for failure in FAILURES])
def test_every_refused_login_gets_one_message_and_counts_once(client, language, failure):
    response = failure(client, language)

    assert response.status_code == 200
    assert response.context["form"].errors == {"__all__": [REFUSED[language]]}
    assert f'<p class="errornote">{REFUSED[language]}</p>' in response.content.decode()
    assert '<ul class="errorlist"' not in response.content.decode()
    assert logged_in_user_id(client) is None
    assert AccessAttempt.objects.get().failures_since_start == 1


def page_without_token(response):
    """The login page as sent, less the CSRF token that differs on every response."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_code_after_the_right_password_shows_the_page_a_wrong_password_shows(
    client, language
):
    device = authenticator(EditorFactory(username="editor"))
    code = wrong_code(device)

    pages = {
        page_without_token(attempt(client, language, "editor", password, code))
        for password, code in [("wrong-password", code), (PASSWORD, code)]
    }
    pages_without_code = {
        page_without_token(attempt(client, language, "editor", password))
        for password in ["wrong-password", PASSWORD]
    }

    assert len(pages) == 1
    assert len(pages_without_code) == 1
    assert AccessAttempt.objects.get().failures_since_start == 4


def test_right_passwords_of_an_account_that_may_not_log_in_count_towards_the_lockout(client):
    UserFactory(username="visitor", is_staff=False)

    responses = [attempt(client, "en", "visitor") for _ in range(5)]

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]


def test_the_lockout_keeps_its_own_page_whatever_the_last_failure_was(client):
    device = authenticator(EditorFactory(username="editor"))
    for _ in range(4):
        attempt(client, "cs", "editor", "wrong-password")

    locked = attempt(client, "cs", "editor", code=wrong_code(device))

    html = locked.content.decode()
    assert locked.status_code == 429
    assert 'id="login-form"' not in html
    assert REFUSED["cs"] not in html
    assert attempt(client, "cs", "editor", code=current_code(device)).status_code == 429
    assert logged_in_user_id(client) is None


def test_the_right_password_and_code_still_log_in_after_failures(client):
    editor = EditorFactory(username="editor")
    device = authenticator(editor)
    attempt(client, "pl", "editor", "wrong-password", code=current_code(device))

    response = attempt(client, "pl", "editor", code=current_code(device))

    assert (response.status_code, response["Location"]) == (302, "/pl/admin/")
    assert logged_in_user_id(client) == str(editor.pk)
    assert not AccessAttempt.objects.exists()
