"""axe-core and the W3C checker judge the editors' review page in the admin, in each language: a
change proposed to a published practice, as it waits, and after an empty "ask for changes"."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.browser.pages import in_language
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME

LANGUAGES = ("pl", "cs", "en")
STATES = ("waiting", "comment missing")
ROOT = Path(__file__).resolve().parents[2]
CREATE_SUBMISSION = """
from django.contrib.auth.models import User
from portal.content.revisions import revision_start
from portal.contributions.models import Submission, SubmissionStep
from practices.models import GoodPractice
from projects.models import Organisation
practice = GoodPractice.objects.published().originals().order_by("pk").first()
proposal = revision_start(entry=practice)
GoodPractice.objects.filter(pk=proposal.pk).update(
    title_cs=(proposal.title_cs or "") + " (nový název)",
    summary_en="A new summary with <b>markup</b> that stays text.",
)
partner = User.objects.create_user(
    "partner-review-judges@example.org", email="partner-review-judges@example.org"
)
submission = Submission.objects.create(
    practice=proposal,
    organisation=Organisation.objects.order_by("pk").first(),
    author=partner,
    language="cs",
    is_change=True,
    state="submitted",
)
SubmissionStep.objects.create(submission=submission, state="draft", by=partner)
SubmissionStep.objects.create(submission=submission, state="submitted", by=partner)
print(submission.pk)
"""


@pytest.fixture(scope="module")
def review_portal(enquiry_portal):
    """The portal's base address and the English path of a submission's review page."""
    pk = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CREATE_SUBMISSION],
        env=enquiry_portal.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[-1]  # after the shell's note of what it imported
    return enquiry_portal.base_url, f"/en/admin/contributions/submission/{pk}/change/"


def open_state(browser, review_portal, state, language):
    base_url, review_path = review_portal
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    # Chromium reports what the Content-Security-Policy refuses as console errors.
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.goto(base_url + "/en/admin/login/")
    page.locator("#id_username").fill(EDITOR_USERNAME)
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    with page.expect_navigation():
        page.locator("input[type=submit], button[type=submit]").first.click()
    response = page.goto(base_url + in_language(review_path, language))
    assert response.status == 200
    assert page.locator(".review-differences tbody tr").count() == 2
    if state == "comment missing":
        with page.expect_navigation():
            page.locator("button[value=request_changes]").click()
        assert page.locator(".messagelist .error").count() == 1
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_on_the_review_page(
    browser, review_portal, state, language
):
    context, page = open_state(browser, review_portal, state, language)
    try:
        violations = axe_violations(page)
        assert violations == []
        assert page.console_errors == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_on_the_review_page(browser, review_portal, tmp_path):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_state(browser, review_portal, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
