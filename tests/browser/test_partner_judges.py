"""axe-core and the W3C checker judge the partner space's pages as a partner sees them: the
login with a wrong password, the invitation's page with passwords that do not match, and the
dashboard once logged in, in each language."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.browser.pages import in_language

LANGUAGES = ("pl", "cs", "en")
ROOT = Path(__file__).resolve().parents[2]
PARTNER = "partner-judges@example.org"
PARTNER_PASSWORD = "a-long-partner-judges-password"
STATES = ("wrong password", "passwords differ", "dashboard")
CREATE_PARTNER = (
    "from django.contrib.auth.models import User; "
    "from portal.contributions.models import Membership; "
    "from projects.models import Organisation; "
    f"user = User.objects.create_user({PARTNER!r}, email={PARTNER!r}, "
    f"password={PARTNER_PASSWORD!r}); "
    "Membership.objects.create(user=user, "
    "organisation=Organisation.objects.get(slug='aglomeracja-opolska'))"
)


def manage(portal, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=portal.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture(scope="module")
def partner_portal(enquiry_portal):
    """The enquiry portal (its mail goes to a test server) with a partner account and an open
    invitation; the invitation's English path."""
    manage(enquiry_portal, "shell", "-c", CREATE_PARTNER)
    link = manage(
        enquiry_portal,
        "invite_contributor",
        "--email",
        "invitee-judges@example.org",
        "--organisation",
        "aglomeracja-opolska",
        "--language",
        "en",
    ).strip()
    path = "/en/" + link.split("/en/", 1)[1]
    return enquiry_portal.base_url, path


def submit(page):
    with page.expect_navigation() as navigation:
        page.locator(".enquiry-form button[type=submit]").click()
    return navigation.value


def open_state(browser, partner_portal, state, language):
    """A tab showing the page of `state` in `language`, checked to be that state."""
    base_url, invitation_path = partner_portal
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    login = base_url + in_language("/en/for-partners/log-in/", language)
    if state == "wrong password":
        page.goto(login)
        # A name of its own each time: the lockout counts failures per name and address.
        page.locator("#id_username").fill(f"nobody-{language}-{id(page)}@example.org")
        page.locator("#id_password").fill("not-the-password")
        assert submit(page).status == 200
        errors = ["#form-problem"]
    elif state == "passwords differ":
        page.goto(base_url + in_language(invitation_path, language))
        page.locator("#id_new_password1").fill("a-long-new-password-2026")
        page.locator("#id_new_password2").fill("another-long-password-2026")
        assert submit(page).status == 200
        errors = ["#form-problem"]
        assert page.locator("#id_new_password2").get_attribute("aria-invalid") == "true"
    else:
        page.goto(login)
        page.locator("#id_username").fill(PARTNER)
        page.locator("#id_password").fill(PARTNER_PASSWORD)
        response = submit(page)
        assert response.status == 200
        assert page.url == base_url + in_language("/en/for-partners/", language)
        errors = []
    for target in errors:
        assert page.locator(target).count() == 1
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_in_the_partner_space(
    browser, partner_portal, state, language
):
    context, page = open_state(browser, partner_portal, state, language)
    try:
        assert axe_violations(page) == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_in_the_partner_space(
    browser, partner_portal, tmp_path
):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_state(browser, partner_portal, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
