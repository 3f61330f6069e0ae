"""axe-core and the W3C checker judge the partner's two-factor page in each state a partner sees
it (the QR code to scan, a wrong code, turned on, a wrong password to turn it off), in each
language; the browser reports no Content-Security-Policy violation (the QR code is inline SVG)."""

import subprocess
import sys
from base64 import b32decode
from pathlib import Path

import pytest
from django_otp.oath import totp

from tests.browser.judges import axe_violations, w3c_errors
from tests.browser.pages import in_language

LANGUAGES = ("pl", "cs", "en")
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a-long-two-factor-judges-password"
STATES = ("scan the code", "wrong code", "turned on", "wrong password")


def partner_create(portal, username):
    script = (
        "from django.contrib.auth.models import User; "
        "from portal.contributions.models import Membership; "
        "from projects.models import Organisation; "
        f"user = User.objects.create_user({username!r}, email={username!r}, "
        f"password={PASSWORD!r}); "
        "Membership.objects.create(user=user, "
        "organisation=Organisation.objects.get(slug='aglomeracja-opolska'))"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        env=portal.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def submit(page, form):
    with page.expect_navigation() as navigation:
        page.locator(f"{form} button[type=submit]").click()
    return navigation.value


def code_for(secret):
    """The code an authenticator app shows now for the key the page gives as text."""
    key = b32decode("".join(secret.split()))
    return f"{totp(key, 30, 0, 6, 0):06d}"


def two_factor_states(browser, base_url, language):
    """The page in each of STATES, in `language`: (state, page HTML, axe's violations)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    username = f"two-factor-{language}@example.org"
    states = []

    def judge(state):
        states.append((state, page.content(), axe_violations(page)))

    try:
        page.goto(base_url + in_language("/en/for-partners/log-in/", language))
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(PASSWORD)
        submit(page, ".enquiry-form")
        page.goto(base_url + in_language("/en/for-partners/two-factor/", language))
        assert page.locator(".qr-code svg[role=img]").count() == 1
        judge("scan the code")
        page.locator("#id_otp_token").fill("000000x")
        assert submit(page, ".enquiry-form").status == 200
        assert page.locator("#form-problem").count() == 1
        assert page.locator("#id_otp_token").get_attribute("aria-invalid") == "true"
        judge("wrong code")
        # django-otp refuses any code for a second after a wrong one (its throttling).
        page.wait_for_timeout(2000)
        page.locator("#id_otp_token").fill(code_for(page.locator("code").inner_text()))
        submit(page, ".enquiry-form")
        assert page.locator(".qr-code").count() == 0
        judge("turned on")
        page.locator("#id_password").fill("not-the-password")
        assert submit(page, ".enquiry-form").status == 200
        assert page.locator("#id_password").get_attribute("aria-invalid") == "true"
        judge("wrong password")
    finally:
        context.close()
    assert [text for text in console if "Content Security Policy" in text] == []
    return states


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_two_factor_page_passes_axe_and_the_w3c_checker(
    browser, enquiry_portal, language, tmp_path
):
    partner_create(enquiry_portal, f"two-factor-{language}@example.org")

    states = two_factor_states(browser, enquiry_portal.base_url, language)

    assert [state for state, _html, _violations in states] == list(STATES)
    assert {state: violations for state, _html, violations in states} == {
        state: [] for state in STATES
    }
    files = {}
    for state, html, _violations in states:
        file = tmp_path / f"{state.replace(' ', '-')}-{language}.html"
        file.write_text(html)
        files[file.name] = (state, language)
    assert w3c_errors(tmp_path, files) == []
