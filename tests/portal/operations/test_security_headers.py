"""Every response carries the security headers; anonymous pages stay cacheable; security.txt."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.urls import resolve, reverse
from django.utils import timezone, translation

from portal.models import PublicationStatus
from portal.operations import security
from portal.operations.security import CrossOriginResourcePolicyMiddleware
from tests.support.environment import settings_of
from tests.support.factories import GoodPracticeFactory
from tests.support.pages import ContentWeb, pages
from tests.support.security import POLICY

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
NONCE_SOURCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def policy_of(response):
    """The Content-Security-Policy header as {directive: [sources]}, in any order."""
    parts = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {directive: sources for directive, *sources in parts}


def assert_security_headers(response, *, framing=True):
    """The headers of every response; `framing`: X-Frame-Options too (not on static files)."""
    assert policy_of(response) == POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response
    if framing:
        assert response["X-Frame-Options"] == "DENY"


def vary_of(response):
    return [field.strip().lower() for field in response.get("Vary", "").split(",") if field]


def public_addresses(language):
    web = ContentWeb()
    web.grow(1)
    with translation.override(language):
        return pages(web)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_carries_the_security_headers(client, language):
    for name, address in public_addresses(language):
        response = client.get(address)

        assert response.status_code == 200, name
        assert_security_headers(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_pages_set_no_cookies_and_do_not_vary_by_cookie(client, language):
    for name, address in public_addresses(language):
        response = client.get(address)

        assert response.status_code == 200, name
        assert dict(response.cookies) == {}, name
        assert "cookie" not in vary_of(response), name


def test_a_draft_shown_to_staff_varies_by_cookie(editor_client):
    draft = GoodPracticeFactory(status=PublicationStatus.DRAFT)

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "cookie" in vary_of(response)


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/en/no-such-page/", 404),
        ("/sitemap.xml", 200),
        ("/robots.txt", 200),
        ("/.well-known/security.txt", 200),
    ],
)
def test_other_responses_carry_the_security_headers(client, address, status):
    response = client.get(address)

    assert response.status_code == status
    assert_security_headers(response)
    assert dict(response.cookies) == {}


def test_static_files_from_whitenoise_carry_the_security_headers(client, settings):
    # whitenoise reads the settings when the test client first builds the middleware.
    settings.WHITENOISE_USE_FINDERS = True

    stylesheet = client.get("/static/css/portal.css")
    site_icon = client.get("/favicon.ico")

    assert (stylesheet.status_code, stylesheet["Content-Type"]) == (
        200,
        'text/css; charset="utf-8"',
    )
    assert (site_icon.status_code, site_icon["Content-Type"]) == (200, "image/x-icon")
    assert_security_headers(stylesheet, framing=False)
    assert_security_headers(site_icon, framing=False)


def test_admin_login_page_carries_the_security_headers(client):
    response = client.get(reverse("admin:login"))

    assert response.status_code == 200
    assert_security_headers(response)


def test_admin_pages_carry_the_security_headers(client, superuser):
    practice = GoodPracticeFactory()
    client.force_login(superuser)
    addresses = [
        reverse("admin:index"),
        reverse("admin:practices_goodpractice_changelist"),
        reverse("admin:practices_goodpractice_add"),
        reverse("admin:practices_goodpractice_change", args=[practice.pk]),
    ]

    for address in addresses:
        response = client.get(address)
        policy = policy_of(response)
        # A page with an inline script (the rich text editor's import map) gives it the nonce.
        nonces = [source for source in policy["script-src"] if NONCE_SOURCE.fullmatch(source)]
        for nonce in nonces:
            assert f'nonce="{NONCE_SOURCE.fullmatch(nonce)[1]}"' in response.content.decode()
            policy["script-src"].remove(nonce)

        assert response.status_code == 200, address
        assert policy == POLICY, address
        assert response["X-Frame-Options"] == "DENY"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_hsts_is_sent_over_https_when_configured(client, settings):
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True

    response = client.get(reverse("home"), secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_hsts_is_not_sent_unless_https_is_configured(client):
    response = client.get(reverse("home"), secure=True)

    assert "Strict-Transport-Security" not in response


def nonce_page(request):
    """A page with an inline script that takes the nonce from the template context."""
    template = Template('<script nonce="{{ CSP_NONCE }}">window.ready = true;</script>')
    return HttpResponse(template.render(RequestContext(request)))


def test_a_template_that_uses_the_nonce_puts_it_in_script_src(rf):
    responses = [CSPMiddleware(nonce_page)(rf.get("/")) for _ in range(2)]

    nonces = [re.search(r'nonce="([^"]+)"', r.content.decode())[1] for r in responses]
    assert [policy_of(r)["script-src"] for r in responses] == [
        ["'self'", f"'nonce-{nonce}'"] for nonce in nonces
    ]
    assert nonces[0] != nonces[1]
    assert len(nonces[0]) == 24  # 16 random bytes in base64


def test_security_txt_address():
    assert reverse("security-txt") == "/.well-known/security.txt"
    assert resolve("/.well-known/security.txt").func is security.security_txt


def test_security_txt_names_the_configured_contact(client, settings, monkeypatch):
    settings.SECURITY_CONTACT = "mailto:security@portal.example.org"
    monkeypatch.setattr(
        timezone, "now", lambda: datetime.datetime(2026, 11, 20, 15, 30, tzinfo=datetime.UTC)
    )

    response = client.get("/.well-known/security.txt", secure=True)

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "Contact: mailto:security@portal.example.org\n"
        "Expires: 2027-11-19T00:00:00Z\n"
        "Preferred-Languages: pl, cs, en\n"
        "Canonical: https://testserver/.well-known/security.txt\n"
    )


def test_security_txt_falls_back_to_security_at_the_portals_domain(client, monkeypatch):
    monkeypatch.setattr(
        timezone, "now", lambda: datetime.datetime(2026, 3, 1, 8, 0, tzinfo=datetime.UTC)
    )

    response = client.get("/.well-known/security.txt?utm=x", HTTP_HOST="localhost:8000")

    assert response.content.decode() == (
        "Contact: mailto:security@localhost\n"
        "Expires: 2027-02-28T00:00:00Z\n"
        "Preferred-Languages: pl, cs, en\n"
        "Canonical: http://localhost:8000/.well-known/security.txt\n"
    )


def test_security_txt_expires_counts_from_the_day_in_utc():
    # Half past midnight in Warsaw is still the day before in UTC.
    just_after_midnight = datetime.datetime(2026, 11, 21, 0, 30, tzinfo=ZoneInfo("Europe/Warsaw"))

    assert security.security_txt_expires(just_after_midnight) == "2027-11-19T00:00:00Z"


def test_a_static_cdn_is_allowed_by_the_content_security_policy():
    found = settings_of(
        "STATIC_ORIGIN",
        "CONTENT_SECURITY_POLICY",
        DJANGO_STATIC_URL="https://cdn.example.org/static/",
    )
    directives = found["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]

    assert found["STATIC_ORIGIN"] == "https://cdn.example.org"
    assert {name: directives[name][-1] for name in ("default-src", "script-src", "style-src")} == {
        "default-src": "https://cdn.example.org",
        "script-src": "https://cdn.example.org",
        "style-src": "https://cdn.example.org",
    }
    assert directives["img-src"] == [
        "'self'",
        "https://tile.openstreetmap.org",
        "data:",
        "https://cdn.example.org",
    ]


def test_static_files_behind_a_cdn_may_be_loaded_from_another_origin(rf, settings):
    settings.STATIC_URL = "https://cdn.example.org/static/"
    settings.STATIC_ORIGIN = "https://cdn.example.org"
    middleware = CrossOriginResourcePolicyMiddleware(lambda request: HttpResponse("x"))

    policies = [
        middleware(rf.get(path))["Cross-Origin-Resource-Policy"]
        for path in ("/static/css/portal.css", "/en/", "/media/practices/a.png")
    ]

    assert policies == ["cross-origin", "same-origin", "same-origin"]


def test_static_files_are_same_origin_only_without_a_cdn(rf):
    middleware = CrossOriginResourcePolicyMiddleware(lambda request: HttpResponse("x"))

    assert middleware(rf.get("/static/css/portal.css"))["Cross-Origin-Resource-Policy"] == (
        "same-origin"
    )


def test_the_language_cookie_is_sent_only_by_this_site_and_read_by_no_script(client, settings):
    response = client.post("/i18n/setlang/", {"language": "cs", "next": "/cs/"})

    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert (cookie.value, cookie["samesite"], cookie["httponly"]) == ("cs", "Lax", True)
