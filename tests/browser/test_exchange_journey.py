"""Issue 19's journey, in Chromium against the production-like portal with its real worker and an
SMTP server on loopback: a Polish visitor subscribes to Czech study visits and confirms by the
e-mail's link; applies to the next one; an editor confirms the place and the visitor gets it with
a calendar file; a new Czech study visit is published (through `manage.py shell -c` against the
portal's database: the event's admin form, with its autocompletes and translation tabs, is more
than this journey is about) and the next run of `send_alerts` mails it once; the visitor
unsubscribes in one click."""

import datetime
import json
import re
import subprocess
import sys
import time
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import formats, translation
from icalendar import Calendar
from playwright.sync_api import expect

from events.models import EventKind
from portal.alerts.models import Follows
from portal.demo.data.places import COUNTRIES
from tests.browser.conftest import ENQUIRY_STAFF_ADDRESS
from tests.support.delivery import deliver, plain_text, received_by, subject, unfolded
from tests.support.enquiry_visits import READING_SECONDS, translated, visitor
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME, ROOT

PRAGUE = ZoneInfo("Europe/Prague")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# The demo's upcoming study visit to Olomouc: the organiser chooses; Lenka is its contact person.
VISIT = "study-visit-olomouc-crisis-management-upcoming"
CONTACT_ADDRESS = "lenka.horackova@example.org"
NEW_VISIT = "study-visit-prerov-becva-riverside-journey"
NEW_TITLES = {
    "pl": "Wizyta studyjna w Przerowie: nabrzeża Beczwy po powodzi",
    "cs": "Studijní cesta do Přerova: nábřeží Bečvy po povodni",
    "en": "Study visit to Přerov: the Bečva riverside after the flood",
}
MOTIVATION = (
    "Odpowiadam w gminie Gogolin za zarządzanie kryzysowe i chcę zobaczyć, jak działa centrum 112."
)
# Milliseconds to wait for what follows a form sent without a new address (the admin's actions).
SLOW = 15_000
FACTS = """
import json
from events.applications import places_left
from events.models import Event
from portal.staff.permissions import editor_addresses
event = Event.objects.select_related("city__country").get(slug={slug!r})
print(json.dumps({{
    "title": {{language: getattr(event, "title_" + language) for language in ("pl", "cs", "en")}},
    "start": event.start_date.isoformat(),
    "deadline": event.application_deadline.astimezone(event.time_zone).isoformat(),
    "places": event.places,
    "left": places_left(event),
    "editors": editor_addresses(),
}}))
"""
PUBLISH = f"""
import datetime
from django.utils import timezone
from events.models import Event
from portal.models import City
start = timezone.localdate() + datetime.timedelta(days=75)
Event.objects.create(
    kind="study_visit", slug={NEW_VISIT!r}, city=City.objects.get(slug="prerov"),
    title_pl={NEW_TITLES["pl"]!r}, title_cs={NEW_TITLES["cs"]!r}, title_en={NEW_TITLES["en"]!r},
    start_date=start, end_date=start + datetime.timedelta(days=1), status="published",
)
"""


def manage(portal, *arguments, env=None):
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env or portal.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def send_alerts(portal):
    """The daily command, with the site's address set as production sets it (DJANGO_SITE_URL):
    the links in the alerts lead to this portal."""
    manage(portal, "send_alerts", env={**portal.env, "DJANGO_SITE_URL": portal.base_url})


def path_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def pl(message, **values):
    return translated("pl", message, **values)


def links(message):
    return re.findall(r"https?://\S+", plain_text(message))


def local(url, base_url):
    """The page a link of a mail names, on this portal."""
    return base_url + urlsplit(url).path


def admin_session(browser, base_url):
    """A desktop browser with the editor logged in to the admin."""
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    admin = context.new_page()
    admin.goto(base_url + "/en/admin/")
    admin.get_by_label("Username").fill(EDITOR_USERNAME)
    admin.get_by_label("Password").fill(EDITOR_PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.wait_for_url(base_url + "/en/admin/")
    return admin


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_a_polish_visitor_follows_czech_study_visits_applies_and_unsubscribes(
    browser, enquiry_portal, mail_server, tmp_path
):
    base_url = enquiry_portal.base_url
    facts = json.loads(
        manage(enquiry_portal, "shell", "--no-imports", "-c", FACTS.format(slug=VISIT))
    )
    title = facts["title"]["pl"]
    headers, email = visitor()
    context = browser.new_context(
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        locale="pl-PL",
        extra_http_headers={"Accept-Language": "pl-PL,pl;q=0.9", **headers},
    )
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    (czechia,) = [country["name"]["pl"] for country in COUNTRIES if country["code"] == "CZ"]
    description = (
        f"{pl(Follows.EVENTS.label)} — {pl('Kind')}: {pl(EventKind.STUDY_VISIT.label)};"
        f" {pl('Country')}: {czechia}"
    )

    # 1. The events list filtered to Czech study visits; its alert link; the subscribe page.
    list_url = base_url + path_in("pl", "events:list") + "?kind=study_visit&country=cz"
    page.goto(list_url)
    page.get_by_role("link", name=pl("E-mail alerts for this list")).tap()
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("E-mail alert"))
    shown = time.monotonic()
    assert urlsplit(page.url).path == path_in("pl", "alerts:subscribe")
    expect(page.locator(".lead")).to_have_text(
        pl(
            "You will receive by e-mail what is newly published for: %(description)s.",
            description=description,
        )
    )
    assert scroll_width(page) <= PHONE["width"]
    page.screenshot(path=tmp_path / "alert-subscribe-phone.png", full_page=True)
    page.locator("#id_email").fill(email)
    page.get_by_label(pl("weekly")).check()
    page.locator("#id_consent").tap()
    time.sleep(max(0, READING_SECONDS - (time.monotonic() - shown)))
    page.get_by_role("button", name=pl("Subscribe")).tap()
    page.wait_for_url(base_url + path_in("pl", "alerts:subscribe") + "?sent=1")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Check your e-mail"))
    expect(page.locator(".lead")).to_have_text(
        pl("We have sent you a link. The alert starts once you open it and press the button.")
    )

    # 2. One mail, in Polish; its link opens a page whose button starts the alert.
    deliver(enquiry_portal)
    (confirmation,) = received_by(mail_server, email)
    assert confirmation["Content-Language"] == "pl"
    assert unfolded(confirmation["Subject"]) == subject("mail/alert_confirm", "pl")
    confirm_link, manage_link = links(confirmation)
    confirm_prefix = path_in("pl", "alerts:confirm", token="-").removesuffix("-/")
    assert urlsplit(confirm_link).path.startswith(confirm_prefix)
    page.goto(local(confirm_link, base_url))
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Confirm your e-mail alert"))
    page.get_by_role("button", name=pl("Start the alert")).tap()
    expect(page.get_by_role("status")).to_have_text(
        pl("Your alert is on: %(description)s.", description=description)
    )

    # 3. The next Czech study visit from the list: its places and deadline; the application.
    page.goto(list_url)
    event_path = path_in("pl", "events:detail", slug=VISIT)
    with page.expect_response(base_url + event_path) as event_page:
        page.get_by_role("link", name=title).tap()
    page.wait_for_url(base_url + event_path)
    # Cacheable: the page sets no cookie, though this visitor holds one from the alert's form.
    assert "set-cookie" not in event_page.value.all_headers()
    applications = page.get_by_role("region", name=pl("Applications"))
    with translation.override("pl"):
        deadline = formats.date_format(
            datetime.datetime.fromisoformat(facts["deadline"]), "DATETIME_FORMAT"
        )
    places = translated(
        "pl",
        "%(left)s of %(places)s places left",
        "%(left)s of %(places)s places left",
        facts["left"],
        left=facts["left"],
        places=facts["places"],
    )
    expect(applications.locator("dt")).to_have_text(
        [
            pl("Who may apply"),
            pl("Languages of the event"),
            pl("Applications until"),
            pl("Places"),
            pl("Places are given"),
        ]
    )
    facts_shown = applications.locator("dd")
    expect(facts_shown.nth(2)).to_have_text(deadline)
    # HTML's valid date and time: minutes, the offset without a colon.
    machine_deadline = datetime.datetime.fromisoformat(facts["deadline"]).strftime(
        "%Y-%m-%dT%H:%M%z"
    )
    expect(facts_shown.nth(2).locator("time")).to_have_attribute("datetime", machine_deadline)
    expect(facts_shown.nth(3)).to_have_text(places)
    expect(facts_shown.nth(4)).to_have_text(pl("chosen by the organiser"))
    assert scroll_width(page) <= PHONE["width"]
    page.screenshot(path=tmp_path / "event-phone.png", full_page=True)
    applications.get_by_role("link", name=pl("Apply"), exact=True).tap()
    apply_path = path_in("pl", "events:apply", slug=VISIT)
    page.wait_for_url(base_url + apply_path)
    shown = time.monotonic()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        pl("Apply for “%(title)s”", title=title)
    )
    page.locator("#id_name").fill("Marta Kowalczyk")
    page.locator("#id_email").fill(email)
    page.locator("#id_organisation").fill("Urząd Miejski w Gogolinie")
    page.locator("#id_role").fill("inspektorka ds. zarządzania kryzysowego")
    page.locator("#id_motivation").fill(MOTIVATION)
    page.locator("#id_needs").fill("Dieta wegetariańska.")
    page.locator("#id_consent").tap()
    assert scroll_width(page) <= PHONE["width"]
    page.screenshot(path=tmp_path / "apply-phone.png", full_page=True)
    time.sleep(max(0, READING_SECONDS - (time.monotonic() - shown)))
    page.get_by_role("button", name=pl("Send the application")).tap()
    page.wait_for_url(f"{base_url}{apply_path}?sent=1&state=pending")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Your application was received"))
    expect(page.locator(".lead")).to_have_text(
        pl("The organiser chooses the participants and lets you know by e-mail.")
    )

    deliver(enquiry_portal)
    (_, received) = received_by(mail_server, email)
    assert received["Content-Language"] == "pl"
    assert unfolded(received["Subject"]) == subject(
        "mail/application_state", "pl", state="pending", event=title
    )
    # The organisers: the event's contact person in her language, the editors (or the staff's
    # address when no editor has one) in the staff's.
    to_organisers = [
        (recipients, message["Content-Language"], unfolded(message["Subject"]))
        for recipients, message in zip(
            mail_server.envelope_recipients, mail_server.received, strict=True
        )
        if message["Reply-To"] == email
    ]
    assert to_organisers == [
        (
            [CONTACT_ADDRESS],
            "cs",
            subject(
                "mail/application_to_organiser",
                "cs",
                event=facts["title"]["cs"],
                application={"name": "Marta Kowalczyk"},
            ),
        ),
        (
            facts["editors"] or [ENQUIRY_STAFF_ADDRESS],
            "pl",
            subject(
                "mail/application_to_organiser",
                "pl",
                event=title,
                application={"name": "Marta Kowalczyk"},
            ),
        ),
    ]

    # 4. The editor confirms the place in the admin; the visitor's mail carries the calendar.
    admin = admin_session(browser, base_url)
    admin.locator("tr.model-application").get_by_role("link", name="Applications").click()
    admin.wait_for_url(base_url + "/en/admin/events/application/")
    admin.locator("#searchbar").fill(email)
    admin.get_by_role("button", name="Search").click()
    rows = admin.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.locator(".field-name")).to_have_text("Marta Kowalczyk")
    expect(rows.locator(".field-state")).to_have_text("waiting for the organiser")
    rows.locator("input.action-select").check()
    admin.locator("select[name=action]").select_option("confirm")
    admin.get_by_role("button", name="Go").click()
    expect(admin.locator(".messagelist")).to_have_text(
        "1 application is now confirmed.", timeout=SLOW
    )
    expect(rows.locator(".field-state")).to_have_text("confirmed")
    admin.context.close()

    deliver(enquiry_portal)
    confirmed = received_by(mail_server, email)[-1]
    assert len(received_by(mail_server, email)) == 3
    assert confirmed["Content-Language"] == "pl"
    assert unfolded(confirmed["Subject"]) == subject(
        "mail/application_state", "pl", state="confirmed", event=title
    )
    (calendar_file,) = [
        part for part in confirmed.iter_attachments() if part.get_content_type() == "text/calendar"
    ]
    assert calendar_file.get_filename() == f"{VISIT}.ics"
    (visit,) = Calendar.from_ical(calendar_file.get_content()).walk("VEVENT")
    assert str(visit["SUMMARY"]) == title
    assert visit["DTSTART"].params["TZID"] == "Europe/Prague"
    assert visit["DTSTART"].dt == datetime.datetime.combine(
        datetime.date.fromisoformat(facts["start"]), datetime.time(9), PRAGUE
    )

    # 5. A new Czech study visit is published; the alerts command mails it once.
    manage(enquiry_portal, "shell", "--no-imports", "-c", PUBLISH)
    send_alerts(enquiry_portal)
    deliver(enquiry_portal)
    alert = received_by(mail_server, email)[-1]
    assert len(received_by(mail_server, email)) == 4
    assert alert["Content-Language"] == "pl"
    assert unfolded(alert["Subject"]) == subject(
        "mail/alert_items", "pl", entries=[NEW_VISIT], description=description
    )
    new_url = base_url + path_in("pl", "events:detail", slug=NEW_VISIT)
    lines = plain_text(alert).splitlines()
    entries = [
        (line.removeprefix("* "), lines[number + 1].strip())
        for number, line in enumerate(lines)
        if line.startswith("* ")
    ]
    assert entries == [(NEW_TITLES["pl"], new_url)], plain_text(alert)
    unsubscribe_url = unfolded(alert["List-Unsubscribe"]).removeprefix("<").removesuffix(">")
    unsubscribe_prefix = path_in("pl", "alerts:unsubscribe", token="-").removesuffix("-/")
    assert unsubscribe_url.startswith(base_url + unsubscribe_prefix)
    assert unfolded(alert["List-Unsubscribe"]) == f"<{unsubscribe_url}>"
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    manage_url, visible_unsubscribe_url = links(alert)[1:]
    assert visible_unsubscribe_url == unsubscribe_url
    manage_prefix = path_in("pl", "alerts:manage", token="-").removesuffix("-/")
    assert [manage_url.startswith(base_url + manage_prefix), manage_link.startswith(base_url)] == [
        True,
        True,
    ]

    send_alerts(enquiry_portal)
    deliver(enquiry_portal)
    assert len(received_by(mail_server, email)) == 4

    # 6. The unsubscribe link of the mail shows a button and changes nothing; one click as a
    # mail client makes it (RFC 8058) stops the alert.
    page.goto(visible_unsubscribe_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Stop the e-mail alert"))
    expect(page.get_by_role("button", name=pl("Stop this alert"))).to_be_visible()
    page.goto(manage_url)
    expect(page.locator("ul.alerts h2")).to_have_text([description])
    answer = context.request.post(unsubscribe_url, form={"List-Unsubscribe": "One-Click"})
    assert answer.status == 200
    page.goto(manage_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Your e-mail alerts"))
    expect(page.locator("main")).to_contain_text(pl("This address has no alerts."))
    expect(page.locator("ul.alerts")).to_have_count(0)
    assert problems == []
    context.close()
