"""Where a login and a logout lead: a safe ?next= on this site, else the admin's or site's home."""

import pytest

from tests.support.accounts import (
    HOME,
    PASSWORD,
    authenticator,
    current_code,
    logged_in_user_id,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
UNSAFE_NEXTS = [
    "https://evil.example/en/admin/",
    "//evil.example/en/admin/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "http://testserver.evil.example/",
    "https:/evil.example/",
    "",
]


def log_in(client, language, data, *, code=""):
    return client.post(
        f"/{language}/admin/login/",
        {"username": "editor", "password": PASSWORD, "otp_token": code, **data},
        REMOTE_ADDR=HOME,
    )


# Login


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("unsafe_next", UNSAFE_NEXTS)
def test_a_login_with_an_unsafe_next_lands_on_the_admins_home_page(
    client, editor, language, unsafe_next
):
    response = log_in(client, language, {"next": unsafe_next})

    assert (response.status_code, response["Location"]) == (302, f"/{language}/admin/")
    assert logged_in_user_id(client) == str(editor.pk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_login_without_next_lands_on_the_admins_home_page(client, editor, language):
    response = log_in(client, language, {})

    assert (response.status_code, response["Location"]) == (302, f"/{language}/admin/")


@pytest.mark.parametrize(
    "safe_next",
    [
        "/cs/admin/practices/goodpractice/?status=draft",
        "/pl/dobre-praktyki/",
        "http://testserver/en/admin/two-factor/",
    ],
)
def test_a_login_with_a_next_on_this_site_lands_there(client, editor, safe_next):
    response = log_in(client, "en", {"next": safe_next})

    assert (response.status_code, response["Location"]) == (302, safe_next)


def test_a_login_with_a_code_and_an_unsafe_next_lands_on_the_admins_home_page(client, editor):
    device = authenticator(editor)

    response = log_in(client, "cs", {"next": "//evil.example/"}, code=current_code(device))

    assert (response.status_code, response["Location"]) == (302, "/cs/admin/")


def test_an_admin_page_asked_for_before_logging_in_is_shown_after_it(client, editor):
    asked = client.get("/pl/admin/two-factor/")
    login_page = client.get(asked["Location"])

    response = log_in(client, "pl", {"next": login_page.context["next"]})

    assert asked["Location"] == "/pl/admin/login/?next=/pl/admin/two-factor/"
    assert (response.status_code, response["Location"]) == (302, "/pl/admin/two-factor/")


def test_the_login_address_without_a_language_keeps_its_next(client):
    response = client.get("/admin/login/?next=//evil.example/", HTTP_ACCEPT_LANGUAGE="cs")

    assert (response.status_code, response["Location"]) == (
        302,
        "/cs/admin/login/?next=//evil.example/",
    )


def test_the_login_page_drops_an_unsafe_next(client, editor):
    page = client.get("/en/admin/login/", {"next": "javascript:alert(1)"})

    response = log_in(client, "en", {"next": page.context["next"]})

    assert '<input type="hidden" name="next" value="">' in page.content.decode()
    assert response["Location"] == "/en/admin/"


# Logout


def log_out(client, language, data=None):
    return client.post(f"/{language}/admin/logout/", data or {})


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_logout_lands_on_the_sites_home_page_in_its_language(editor_client, language):
    response = log_out(editor_client, language)

    assert (response.status_code, response["Location"]) == (302, f"/{language}/")
    assert logged_in_user_id(editor_client) is None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("unsafe_next", UNSAFE_NEXTS)
def test_a_logout_with_an_unsafe_next_lands_on_the_sites_home_page(
    editor_client, language, unsafe_next
):
    response = log_out(editor_client, language, {"next": unsafe_next})

    assert (response.status_code, response["Location"]) == (302, f"/{language}/")
    assert logged_in_user_id(editor_client) is None


def test_a_logout_with_a_next_on_this_site_lands_there(editor_client):
    response = log_out(editor_client, "cs", {"next": "/cs/dobre-praxe/"})

    assert (response.status_code, response["Location"]) == (302, "/cs/dobre-praxe/")


def test_the_home_page_after_a_logout_sets_no_cookie(editor_client):
    response = log_out(editor_client, "pl")
    # The browser drops the session cookie the logout expired; the test client keeps it.
    expired = editor_client.cookies.pop("sessionid")
    home = editor_client.get(response["Location"])

    assert (expired.value, expired["max-age"]) == ("", 0)
    assert home.status_code == 200
    assert home.cookies == {}
    assert home.wsgi_request.user.is_anonymous


def test_the_admins_logout_button_sends_no_next(editor_client):
    html = editor_client.get("/en/admin/").content.decode()

    assert '<form id="logout-form" method="post" action="/en/admin/logout/">' in html
