"""axe-core and the W3C checker judge the partner space's practice and event pages as a partner
sees them, with the rich text editor running: the new practice and new event forms in their
error state, the edit page of a proposed change (as it is, and with an error), an incomplete
proposal sent for review, the preview and the dashboard, in each language."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.browser.pages import in_language

LANGUAGES = ("pl", "cs", "en")
ROOT = Path(__file__).resolve().parents[2]
PARTNER = "partner-entries@example.org"
PARTNER_PASSWORD = "a-long-partner-entries-password"
STATES = (
    "new practice, errors",
    "new event, errors",
    "edit",
    "edit, errors",
    "submitted incomplete",
    "preview",
    "dashboard",
)
# A partner of the Opole agglomeration with a proposed change to one of its published practices
# and a new draft that lacks most of what a submission needs; prints the two submissions' ids.
CREATE_PARTNER = (
    "from django.contrib.auth.models import User; "
    "from portal.contributions.models import Membership; "
    "from portal.contributions.review import submission_open; "
    "from portal.models import City; "
    "from practices.models import GoodPractice; "
    "from projects.models import Organisation; "
    "organisation = Organisation.objects.get(slug='aglomeracja-opolska'); "
    f"user = User.objects.create_user({PARTNER!r}, email={PARTNER!r}, "
    f"password={PARTNER_PASSWORD!r}); "
    "Membership.objects.create(user=user, organisation=organisation); "
    "published = GoodPractice.objects.published().originals().order_by('pk').first(); "
    "published.organisations.add(organisation); "
    "change = submission_open(entry=published, organisation=organisation, by=user, "
    "language='en'); "
    "draft = GoodPractice.objects.create(title_en='A new practice', slug='a-new-practice-judges', "
    "summary_en='A summary.', city=City.objects.order_by('pk').first(), year_start=2020); "
    "new = submission_open(entry=draft, organisation=organisation, by=user, language='en'); "
    "print(change.pk, new.pk)"
)


def manage(portal, *arguments):
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=portal.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def entry_portal(enquiry_portal):
    """The enquiry portal with the partner; its base address and the two submissions' ids."""
    change, new = manage(enquiry_portal, "shell", "-c", CREATE_PARTNER).split()[-2:]
    return enquiry_portal.base_url, int(change), int(new)


def save(page):
    with page.expect_navigation() as navigation:
        page.locator("form.enquiry-form button[type=submit]").click()
    return navigation.value


def open_state(browser, entry_portal, state, language):
    """A tab logged in as the partner showing the page of `state` in `language`."""
    base_url, change, new = entry_portal
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.goto(base_url + in_language("/en/for-partners/log-in/", language))
    page.locator("#id_username").fill(PARTNER)
    page.locator("#id_password").fill(PARTNER_PASSWORD)
    with page.expect_navigation():
        page.locator(".enquiry-form button[type=submit]").click()

    def go(path):
        response = page.goto(base_url + in_language(path, language))
        assert response.status == 200, path

    errors = []
    if state == "new practice, errors":
        go("/en/for-partners/practices/new/")
        assert save(page).status == 200
        errors = ["#form-problem"]
    elif state == "new event, errors":
        go("/en/for-partners/events/new/")
        assert save(page).status == 200
        errors = ["#form-problem"]
    elif state == "edit":
        go(f"/en/for-partners/submissions/{change}/")
    elif state == "edit, errors":
        go(f"/en/for-partners/submissions/{change}/")
        page.locator("#id_year_end").fill("1990")
        assert save(page).status == 200
        errors = ["#form-problem"]
        assert page.locator("#id_year_end").get_attribute("aria-invalid") == "true"
    elif state == "submitted incomplete":
        go(f"/en/for-partners/submissions/{new}/")
        with page.expect_navigation() as navigation:
            page.locator("#submit button[type=submit]").click()
        assert navigation.value.status == 200
        errors = ["#form-problem"]
    elif state == "preview":
        go(f"/en/for-partners/submissions/{change}/preview/")
        assert page.locator(".preview-banner").count() == 1
    else:
        go("/en/for-partners/")
    for target in errors:
        assert page.locator(target).count() == 1
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_on_the_partners_entry_pages(
    browser, entry_portal, state, language
):
    context, page = open_state(browser, entry_portal, state, language)
    try:
        assert axe_violations(page) == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_on_the_partners_entry_pages(
    browser, entry_portal, tmp_path
):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_state(browser, entry_portal, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
