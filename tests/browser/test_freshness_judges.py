"""axe-core and the W3C checker judge the partner space's part on freshness as a partner sees
it, in each language: practices waiting for confirmation with their Confirm buttons, reports of
mistakes, and the page after a confirmation with its message."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.browser.pages import in_language

LANGUAGES = ("pl", "cs", "en")
ROOT = Path(__file__).resolve().parents[2]
PARTNER = "partner-freshness@example.org"
PARTNER_PASSWORD = "a-long-partner-freshness-password"
STATES = ("to confirm", "confirmed")
CREATE_PARTNER = (
    "from django.contrib.auth.models import User; "
    "from portal.contributions.models import Membership; "
    "from projects.models import Organisation; "
    f"user = User.objects.create_user({PARTNER!r}, email={PARTNER!r}, "
    f"password={PARTNER_PASSWORD!r}); "
    "Membership.objects.create(user=user, "
    "organisation=Organisation.objects.get(slug='aglomeracja-opolska'))"
)
# Three published practices of the partner's organisation, last reviewed two years ago, and a
# report of a mistake about the first of them; run again before each state.
MAKE_STALE = (
    "import datetime; from django.utils import timezone; "
    "from practices.models import GoodPractice; "
    "from projects.models import Organisation; "
    "from portal.enquiries.models import Enquiry; "
    "organisation = Organisation.objects.get(slug='aglomeracja-opolska'); "
    "practices = list(GoodPractice.objects.published().originals().order_by('pk')[:3]); "
    "[practice.organisations.add(organisation) for practice in practices]; "
    "GoodPractice.objects.filter(pk__in=[practice.pk for practice in practices])"
    ".update(reviewed_at=timezone.now() - datetime.timedelta(days=800)); "
    "Enquiry.objects.filter(email='reporter-freshness@example.org').exists() or "
    "Enquiry.objects.create(practice=practices[0], target_kind='practice', "
    "target_title=str(practices[0]), reason='mistake', name='Reporter', "
    "email='reporter-freshness@example.org', message='The phone number\\nhas changed.', "
    "language='cs')"
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
def freshness_portal(enquiry_portal):
    manage(enquiry_portal, "shell", "-c", CREATE_PARTNER)
    return enquiry_portal


def open_state(browser, portal, state, language):
    """A tab showing the dashboard in `state` and `language`, checked to be that state."""
    manage(portal, "shell", "-c", MAKE_STALE)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.goto(portal.base_url + in_language("/en/for-partners/log-in/", language))
    page.locator("#id_username").fill(PARTNER)
    page.locator("#id_password").fill(PARTNER_PASSWORD)
    with page.expect_navigation():
        page.locator(".enquiry-form button[type=submit]").click()
    assert page.url == portal.base_url + in_language("/en/for-partners/", language)
    assert page.locator(".to-confirm form").count() >= 1
    assert page.locator(".mistake-reports blockquote").count() >= 1
    if state == "confirmed":
        with page.expect_navigation():
            page.locator(".to-confirm form button").first.click()
        assert page.locator(".dashboard > [role=status] .message").count() == 1
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_in_the_freshness_part(
    browser, freshness_portal, state, language
):
    context, page = open_state(browser, freshness_portal, state, language)
    try:
        assert axe_violations(page) == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_in_the_freshness_part(
    browser, freshness_portal, tmp_path
):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_state(browser, freshness_portal, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
