"""axe-core and the W3C checker judge the pages of applications, calendars, alerts and transfers
(issue 19) in each language: the event pages with their applications, the apply form empty, with
errors and sent, the pages the applicant's links open, the alert pages, the practice and city
pages with transfers, and the partner's transfer form."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.judges import axe_violations, w3c_errors_in_states
from tests.browser.pages import in_language
from tests.support.enquiry_visits import READING_SECONDS, translated, visitor

LANGUAGES = ("pl", "cs", "en")
ROOT = Path(__file__).resolve().parents[2]
PARTNER = "partner-exchange@example.org"
PARTNER_PASSWORD = "a-long-partner-exchange-password"
# The demo's upcoming study visit, whose participants the organiser chooses.
OPEN_EVENT = "study-visit-olomouc-crisis-management-upcoming"
ROOMY_EVENT = "study-visit-judges-roomy"
CLOSED_EVENT = "study-visit-judges-closed"
FULL_EVENT = "study-visit-judges-full"
ADAPTED_PRACTICE = "opole-olomouc-zoo-cooperation"
# How many tests open each state: the axe test and the W3C test.
JUDGES = 2
# What the states need and the demo does not have: a partner, an event whose deadline has passed,
# one with places in order of arrival (the partner's) and one whose only place is taken,
# applications and alerts behind the links of their e-mails (as many as the states that use them
# up need). Prints the links, by kind and language, as JSON.
SET_UP = f"""
import datetime, json
from django.contrib.auth.models import User
from django.utils import timezone
from events.applications import link_url
from events.models import Application, ApplicationState, Event
from portal.alerts.models import Alert
from portal.alerts.services import absolute, confirm_token, manage_token, unsubscribe_token
from portal.contributions.models import Membership
from portal.models import City
from portal.transfers.models import Transfer
from practices.models import GoodPractice
from projects.models import Organisation

user = User.objects.create_user({PARTNER!r}, email={PARTNER!r}, password={PARTNER_PASSWORD!r})
Membership.objects.create(
    user=user, organisation=Organisation.objects.get(slug="aglomeracja-opolska")
)

def copy_of_open_event(slug, **changes):
    event = Event.objects.get(slug={OPEN_EVENT!r})
    event.pk = event.id = None
    event.slug = slug
    for name, value in changes.items():
        setattr(event, name, value)
    event.save()
    return event

closed = copy_of_open_event(
    {CLOSED_EVENT!r}, application_deadline=timezone.now() - datetime.timedelta(days=1)
)
# The demo's only adopted practice is a draft: a published one says "Adapted from".
Transfer.objects.create(
    source=GoodPractice.objects.get(slug="slunakov-passive-eco-centre"),
    city=City.objects.get(slug="opole"),
    adopted_practice=GoodPractice.objects.get(slug={ADAPTED_PRACTICE!r}),
    stage="learning", learning_since=datetime.date(2021, 6, 28), status="published",
)
# Places in order of arrival: one with room for every judge's application, one already full.
roomy = copy_of_open_event({ROOMY_EVENT!r}, allocation="arrival", places=50)
full = copy_of_open_event({FULL_EVENT!r}, allocation="arrival", places=1)
roomy.organisations.add(Organisation.objects.get(slug="aglomeracja-opolska"))
Application.objects.create(
    event=roomy, name="Anna Nowak", email="judges-waiting@example.org",
    organisation="Gmina Prószków", role="Urzędniczka",
    motivation="Przygotowujemy własny plan kryzysowy.", needs="Dieta wegetariańska",
    language="pl", state=ApplicationState.WAITING,
)
Application.objects.create(
    event=full, name="Jan Kowalski", email="judges-full@example.org", organisation="Gmina Dobrzeń",
    motivation="Chcę poznać centrum 112.", language="pl", state=ApplicationState.CONFIRMED,
)

def application(email, language, state):
    return Application.objects.create(
        event=closed, name="Jana Nováková", email=email, organisation="Statutární město Přerov",
        motivation="Chci poznat centrum 112.", language=language, state=state,
    )

def alert(email, language, **fields):
    return Alert.objects.create(
        email=email, language=language, follows="events", query="country=cz&kind=study_visit",
        **fields,
    )

links = {{"partner event": [roomy.pk]}}
for language in {LANGUAGES!r}:
    for action, state in (("cancel", "confirmed"), ("take", "offered"), ("decline", "offered")):
        links[f"{{action}} {{language}}"] = [
            link_url(application(f"judges-{{action}}-{{language}}-{{n}}@example.org", language,
                state), action, site_url="")
            for n in range(2 * {JUDGES})
        ]
    used = application(f"judges-used-{{language}}@example.org", language, "cancelled")
    links[f"used {{language}}"] = [link_url(used, "cancel", site_url="")]
    links[f"confirm {{language}}"] = [
        absolute("", "alerts:confirm",
            confirm_token(alert(f"judges-confirm-{{language}}-{{n}}@example.org", language)),
            language)
        for n in range(2 * {JUDGES})
    ]
    links[f"unsubscribe {{language}}"] = [
        absolute("", "alerts:unsubscribe",
            unsubscribe_token(alert(f"judges-stop-{{language}}-{{n}}@example.org", language,
                confirmed_at=timezone.now())),
            language)
        for n in range(2 * {JUDGES})
    ]
    both = f"judges-manage-{{language}}@example.org"
    alert(both, language, confirmed_at=timezone.now(), frequency="daily")
    Alert.objects.create(email=both, language=language, follows="theme",
        query="theme=climate-adaptation")
    links[f"manage {{language}}"] = [absolute("", "alerts:manage", manage_token(both), language)]
print(json.dumps(links))
"""
# The states of the event pages and the apply form, of the links in the applicant's e-mails, of
# the alert pages, of the pages with transfers and feeds, and of the partner's transfer form.
EVENT_STATES = (
    "event taking applications",
    "event closed to applications",
    "event list",
    "apply form",
    "apply form sent empty",
    "apply form with a bad e-mail",
    "application confirmed",
    "application on the waiting list",
    "application waiting for the organiser",
    "application to a closed event",
)
LINK_STATES = (
    "cancel",
    "cancel done",
    "take the place",
    "take the place done",
    "decline the place",
    "decline the place done",
    "used link",
    "bad link",
)
ALERT_STATES = (
    "subscribe from a filtered list",
    "subscribe from a city",
    "subscribe sent empty",
    "subscribe sent",
    "confirm",
    "confirm done",
    "manage",
    "unsubscribe",
    "unsubscribe done",
    "bad signature",
    "bad filter",
)
TRANSFER_STATES = (
    "practice taken up",
    "practice adapted",
    "city with transfers",
    "practices taken up elsewhere",
    "theme with feeds",
    "transfer form",
    "transfer form with errors",
)
PARTNER_STATES = ("partner's applications",)
STATES = EVENT_STATES + LINK_STATES + ALERT_STATES + TRANSFER_STATES + PARTNER_STATES
APPLY_EMPTY_ERRORS = ["#id_name", "#id_email", "#id_organisation", "#id_motivation", "#id_consent"]
APPLY_BAD_EMAIL_ERRORS = ["#id_email", "#id_consent"]
SUBSCRIBE_EMPTY_ERRORS = ["#id_email", "#id_consent"]


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
def exchange_portal(enquiry_portal):
    """The enquiry portal (its mail goes to a test server) with what the states need; the links
    of the applicant's and the subscriber's e-mails, by kind and language, each used once."""
    links = json.loads(manage(enquiry_portal, "shell", "-c", SET_UP).strip().splitlines()[-1])
    return enquiry_portal.base_url, links


def path_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def submit(page, form=".enquiry-form"):
    """Press the form's button; the response of the page it leads to."""
    with page.expect_navigation() as navigation:
        page.locator(f"{form} button[type=submit]").first.click()
    return navigation.value


def error_links(page):
    return page.locator("#form-problem a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )


def apply(page, base_url, slug, language, email):
    """Fill in the apply form of the event of `slug` and send it as a person would."""
    page.goto(base_url + path_in(language, "events:apply", slug=slug))
    page.locator("#id_name").fill("Jana Nováková")
    page.locator("#id_email").fill(email)
    page.locator("#id_organisation").fill("Statutární město Přerov")
    page.locator("#id_motivation").fill("Chci poznat, jak funguje centrum tísňového volání.")
    page.locator("#id_consent").check()
    time.sleep(READING_SECONDS)
    return submit(page)


def open_event_state(page, base_url, state, language):
    if state == "event taking applications":
        page.goto(base_url + path_in(language, "events:detail", slug=OPEN_EVENT))
        apply_path = path_in(language, "events:apply", slug=OPEN_EVENT)
        assert page.locator(f".applications a[href='{apply_path}']").count() == 1
    elif state == "event closed to applications":
        page.goto(base_url + path_in(language, "events:detail", slug=CLOSED_EVENT))
        assert page.locator(".applications p").last.inner_text() == translated(
            language, "Applications are closed."
        )
    elif state == "event list":
        page.goto(base_url + path_in(language, "events:list") + "?kind=study_visit&country=cz")
        assert page.locator(".calendar-link a").get_attribute("href") == (
            path_in(language, "events:calendar") + "?kind=study_visit&country=cz"
        )
    elif state == "apply form":
        page.goto(base_url + path_in(language, "events:apply", slug=OPEN_EVENT))
        assert page.locator("#id_motivation").count() == 1
    elif state == "apply form sent empty":
        page.goto(base_url + path_in(language, "events:apply", slug=OPEN_EVENT))
        assert submit(page).status == 200
        assert error_links(page) == APPLY_EMPTY_ERRORS
    elif state == "apply form with a bad e-mail":
        page.goto(base_url + path_in(language, "events:apply", slug=OPEN_EVENT))
        page.locator("#id_name").fill("Jana Nováková")
        page.locator("#id_email").fill("jana.novakova(at)example.net")
        page.locator("#id_organisation").fill("Statutární město Přerov")
        page.locator("#id_motivation").fill("Chci poznat centrum 112.")
        time.sleep(READING_SECONDS)
        assert submit(page).status == 200
        assert error_links(page) == APPLY_BAD_EMAIL_ERRORS
    elif state == "application to a closed event":
        page.goto(base_url + path_in(language, "events:apply", slug=OPEN_EVENT))
        # The closed event shows no form: this one is sent there, as a form left open in a tab
        # past the deadline would be.
        closed_path = path_in(language, "events:apply", slug=CLOSED_EVENT)
        page.locator(".enquiry-form").evaluate("(form, path) => form.action = path", closed_path)
        assert submit(page).status == 410
        assert page.locator("#form-problem p").inner_text() == " ".join(
            translated(language, message)
            for message in ("Applications are closed.", "Nothing was stored.")
        )
    else:
        slug, expected = {
            "application confirmed": (ROOMY_EVENT, "confirmed"),
            "application on the waiting list": (FULL_EVENT, "waiting"),
            "application waiting for the organiser": (OPEN_EVENT, "pending"),
        }[state]
        _, email = visitor()
        apply(page, base_url, slug, language, email)
        assert page.url == (
            f"{base_url}{path_in(language, 'events:apply', slug=slug)}?sent=1&state={expected}"
        )


LINK_ACTIONS = {
    "cancel": ("cancel", "Cancel my application"),
    "take the place": ("take", "Take the place"),
    "decline the place": ("decline", "Decline the place"),
}


def open_link_state(page, base_url, links, state, language):
    if state == "bad link":
        page.goto(base_url + path_in(language, "events:application_cancel", token="not-ours"))
        assert page.locator(".lead").inner_text() == translated(
            language, "This link is not valid, or the event has begun. Nothing was changed."
        )
    elif state == "used link":
        page.goto(base_url + links[f"used {language}"][0])
        assert page.locator(".lead[role=alert]").count() == 1
    else:
        action, button = LINK_ACTIONS[state.removesuffix(" done")]
        page.goto(base_url + links[f"{action} {language}"].pop())
        assert page.locator("main form button").inner_text() == translated(language, button)
        if state.endswith(" done"):
            submit(page, "main form")
            assert page.locator("main form").count() == 0


def open_alert_state(page, base_url, links, state, language):
    subscribe_path = path_in(language, "alerts:subscribe")
    if state in ("subscribe from a filtered list", "subscribe sent empty", "subscribe sent"):
        page.goto(base_url + path_in(language, "events:list") + "?kind=study_visit&country=cz")
        with page.expect_navigation():
            page.locator(".alert-link a").click()
        assert page.url == (f"{base_url}{subscribe_path}?follow=events&kind=study_visit&country=cz")
        if state == "subscribe sent empty":
            assert submit(page).status == 200
            assert error_links(page) == SUBSCRIBE_EMPTY_ERRORS
        elif state == "subscribe sent":
            _, email = visitor()
            page.locator("#id_email").fill(email)
            page.locator("#id_consent").check()
            time.sleep(READING_SECONDS)
            submit(page)
            assert page.url == f"{base_url}{subscribe_path}?sent=1"
    elif state == "subscribe from a city":
        page.goto(base_url + path_in(language, "cities:detail", slug="olomouc"))
        with page.expect_navigation():
            page.locator(".alert-link a").click()
        assert page.url == f"{base_url}{subscribe_path}?follow=city&city=olomouc"
    elif state in ("confirm", "confirm done", "unsubscribe", "unsubscribe done"):
        page.goto(base_url + links[f"{state.removesuffix(' done')} {language}"].pop())
        assert page.locator("main form button").count() == 1
        if state.endswith(" done"):
            submit(page, "main form")
            assert page.locator("main form").count() == 0
    elif state == "manage":
        page.goto(base_url + links[f"manage {language}"][0])
        assert page.locator(".alerts > li").count() == 2
    elif state == "bad signature":
        page.goto(base_url + path_in(language, "alerts:confirm", token="not-ours"))
        assert page.locator("h1").inner_text() == translated(language, "This link does not work")
    else:
        page.goto(f"{base_url}{subscribe_path}?follow=events&kind=no-such-kind")
        assert page.locator("h1").inner_text() == translated(language, "This alert cannot be made")


def log_in(page, base_url, language):
    page.goto(base_url + in_language("/en/for-partners/log-in/", language))
    page.locator("#id_username").fill(PARTNER)
    page.locator("#id_password").fill(PARTNER_PASSWORD)
    submit(page)
    assert page.url == base_url + in_language("/en/for-partners/", language)


def open_transfer_state(page, base_url, state, language):
    if state == "practice taken up":
        page.goto(base_url + path_in(language, "practices:detail", slug="gogolin-transfer-hub"))
        assert page.locator(".transfers > li").count() == 1
    elif state == "practice adapted":
        page.goto(base_url + path_in(language, "practices:detail", slug=ADAPTED_PRACTICE))
        assert page.locator(".transfers > li").count() == 1
    elif state == "city with transfers":
        page.goto(base_url + path_in(language, "cities:detail", slug="olomouc"))
        # Olomouc's practices taken up three times in Opole and once in Turawa; Gogolin's
        # taken up in Olomouc.
        assert page.locator(".transfers > li").count() == 5
    elif state == "practices taken up elsewhere":
        page.goto(base_url + path_in(language, "practices:list") + "?taken_up=yes")
        # The four demo practices taken up elsewhere.
        assert page.locator(".cards > .card").count() == 4
    elif state == "theme with feeds":
        page.goto(base_url + path_in(language, "themes:detail", slug="climate-adaptation"))
        # The theme's practices and projects.
        assert page.locator(".feed-links li").count() == 2
    else:
        log_in(page, base_url, language)
        page.goto(base_url + path_in(language, "contributions:transfer-new"))
        if state == "transfer form with errors":
            assert submit(page).status == 200
            assert page.locator("#form-problem").count() == 1


def open_state(browser, exchange_portal, state, language):
    """A tab showing the page of `state` in `language`, checked to be that state."""
    base_url, links = exchange_portal
    headers, _ = visitor()
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", extra_http_headers=headers
    )
    page = context.new_page()
    if state in EVENT_STATES:
        open_event_state(page, base_url, state, language)
    elif state in LINK_STATES:
        open_link_state(page, base_url, links, state, language)
    elif state in ALERT_STATES:
        open_alert_state(page, base_url, links, state, language)
    elif state in PARTNER_STATES:
        log_in(page, base_url, language)
        (event,) = links["partner event"]
        page.goto(base_url + path_in(language, "contributions:event-applications", pk=event))
        # Anna Nowak waits for a place; the confirmed applications of other states may be there.
        assert page.locator(".applications > li", has_text="Anna Nowak").count() == 1
    else:
        open_transfer_state(page, base_url, state, language)
    return context, page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_21_aa_violation_on_the_exchange_pages(
    browser, exchange_portal, state, language
):
    context, page = open_state(browser, exchange_portal, state, language)
    try:
        assert axe_violations(page) == []
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()


def test_the_w3c_checker_finds_no_html_error_on_the_exchange_pages(
    browser, exchange_portal, tmp_path
):
    errors, pages = w3c_errors_in_states(
        lambda state, language: open_state(browser, exchange_portal, state, language),
        STATES,
        LANGUAGES,
        tmp_path,
    )

    assert errors == []
    assert pages == len(STATES) * len(LANGUAGES)
