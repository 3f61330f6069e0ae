"""axe-core and the W3C checker judge the enquiry forms as a visitor who gets them wrong sees
them: sent empty, with a bad e-mail address (and the consent box unticked), and once too often."""

import math
import time

import pytest

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.support.enquiry_visits import READING_SECONDS, enquiry_path, translated, visitor

LANGUAGES = ("pl", "cs", "en")
PRACTICE = "gogolin-transfer-hub"
TOO_QUICK = "That was quicker than a person writes. Wait a few seconds and send it again."
SENT_TOO_OFTEN = "You have sent several messages in a short time. You can send this one in"
KEPT_BELOW = "what you wrote is kept below."
# Past ENQUIRY_LIMITS["address"] (5 an hour): the sixth enquiry from one address is refused.
LIMIT = 5
# The fields each error state lists at the top of the form, as links to them.
EMPTY_ERRORS = ["#id_name", "#id_email", "#id_message", "#id_consent"]
BAD_EMAIL_ERRORS = ["#id_email", "#id_consent"]
# Each visit past the limit counts six enquiries against its form's own limit (30 a day), and
# both tests make one in each language: a form of its own per language keeps that out of reach.
TOO_MANY_ABOUT = {
    "pl": None,  # the staff's form
    "cs": "semafor-traffic-education-centre",
    "en": "olomouc-integrated-rescue-system",
}
STATES = ("empty", "bad e-mail", "too many")


def fill_in(page, email, *, consent=True):
    page.locator("#id_name").fill("Jana Nováková")
    page.locator("#id_email").fill(email)
    page.locator("#id_message").fill("Dobrý den, jak dlouho trvala příprava projektu?")
    if consent:
        page.locator("#id_consent").check()


def send(page):
    """Press the form's button; the response of the page it leads to."""
    with page.expect_navigation() as navigation:
        page.locator(".enquiry-form button[type=submit]").click()
    return navigation.value


def form_fields(page):
    """What the form would send: its own fields, as the browser has them now."""
    return page.locator(".enquiry-form").evaluate("form => Object.fromEntries(new FormData(form))")


def open_error_state(browser, base_url, state, language):
    """A tab showing the form of `state` in `language`, checked to be that state."""
    headers, email = visitor()
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", extra_http_headers=headers
    )
    page = context.new_page()
    if state == "empty":
        page.goto(base_url + enquiry_path(language, PRACTICE))
        # Sent at once: the form also says that no person writes that fast.
        response = send(page)
        assert response.status == 200
        assert page.locator("#form-problem p").all_inner_texts() == [
            translated(language, TOO_QUICK)
        ]
        errors = EMPTY_ERRORS
    elif state == "bad e-mail":
        page.goto(base_url + enquiry_path(language, PRACTICE))
        fill_in(page, "jana.novakova(at)example.net", consent=False)
        time.sleep(READING_SECONDS)
        response = send(page)
        assert response.status == 200
        assert page.locator("#form-problem p").count() == 0
        errors = BAD_EMAIL_ERRORS
    else:
        path = enquiry_path(language, TOO_MANY_ABOUT[language])
        page.goto(base_url + path)
        fill_in(page, email)
        time.sleep(READING_SECONDS)
        for _ in range(LIMIT):
            sent = page.request.post(base_url + path, form=form_fields(page))
            assert sent.url == f"{base_url}{path}?sent=1"
        response = send(page)
        assert response.status == 429
        minutes = max(1, math.ceil(int(response.headers["retry-after"]) / 60))
        with_minutes = translated(
            language,
            f"{SENT_TOO_OFTEN} %(minutes)s minute; {KEPT_BELOW}",
            f"{SENT_TOO_OFTEN} %(minutes)s minutes; {KEPT_BELOW}",
            minutes,
            minutes=minutes,
        )
        assert page.get_by_role("alert").inner_text() == with_minutes
        assert page.locator("#id_email").input_value() == email
        return context, page
    assert (
        page.locator("#form-problem a").evaluate_all(
            "links => links.map(link => link.getAttribute('href'))"
        )
        == errors
    )
    for target in errors:
        assert page.locator(target).get_attribute("aria-invalid") == "true"
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_on_a_form_with_errors(
    browser, enquiry_portal, state, language
):
    context, page = open_error_state(browser, enquiry_portal.base_url, state, language)
    try:
        assert axe_violations(page) == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_on_the_forms_with_errors(
    browser, enquiry_portal, tmp_path
):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_error_state(browser, enquiry_portal.base_url, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
