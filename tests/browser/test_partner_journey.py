"""Issue 18's journey, in Chromium against the production-like portal with its real worker and an
SMTP server on loopback: an editor invites a Czech partner; the partner sets a password, writes
a practice in Czech and Polish with a picture, fails the completeness check once and submits;
editor A asks for a change, then approves; editor A may not publish, editor B does; an
anonymous visitor finds the practice through the search; the partner's next change stays out
of the public page until the editors publish it."""

import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from PIL import Image
from playwright.sync_api import expect

from portal.contributions.models import SubmissionState
from tests.support.delivery import deliver, plain_text, received_by, subject, unfolded
from tests.support.enquiry_visits import translated
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME, ROOT

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PARTNER = "jana.horakova@hranice.example.cz"
PARTNER_PASSWORD = "Kolo-pro-kazdeho-2026"
ORGANISATION = "mesto-hranice"
SECOND_EDITOR, SECOND_EDITOR_PASSWORD = "browser-editor-b", "another-long-editor-password"
TITLES = {"cs": "Sdílená nákladní kola pro seniory", "pl": "Wspólne rowery towarowe dla seniorów"}
SUMMARIES = {
    "cs": "Dobrovolníci vozí seniory na nákupy na nákladních kolech.",
    "pl": "Wolontariusze wożą seniorów na zakupy rowerami towarowymi.",
}
NEW_SUMMARY_CS = "Dobrovolníci vozí seniory na nákupy i k lékaři na nákladních kolech."
TEXTS = {
    "cs": {
        "problem": "Senioři z okrajových částí města nemají jak dojet na nákup.",
        "solution": "Město koupilo tři nákladní kola a školí dobrovolníky.",
        "results": "Za rok 420 jízd; průzkum: 9 z 10 seniorů spokojeno.",
        "resources": "80 000 Kč ročně a dvanáct dobrovolníků.",
        "transferability": "Stačí půjčovna kol a koordinátor dobrovolníků.",
    },
    "pl": {
        "problem": "Seniorzy z obrzeży miasta nie mają jak dojechać na zakupy.",
        "solution": "Miasto kupiło trzy rowery towarowe i szkoli wolontariuszy.",
        "results": "W rok 420 przejazdów; ankieta: 9 na 10 seniorów zadowolonych.",
        "resources": "80 000 CZK rocznie i dwunastu wolontariuszy.",
        "transferability": "Wystarczy wypożyczalnia rowerów i koordynator wolontariuszy.",
    },
}
REQUEST = "Doplňte prosím, kolik dobrovolníků se zapojilo v prvním roce."
ANSWER = " V prvním roce se zapojilo 12 dobrovolníků."
# Milliseconds to wait for what follows a form sent without a new address (the admin's actions).
SLOW = 15_000
CREATE_SECOND_EDITOR = (
    "from django.contrib.auth.models import Group, User; "
    f"user = User.objects.create_user({SECOND_EDITOR!r}, password={SECOND_EDITOR_PASSWORD!r},"
    " is_staff=True); "
    "user.groups.add(Group.objects.get(name='Editors'))"
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


def path_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def cs(message, **values):
    return translated("cs", message, **values)


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def admin_session(browser, base_url, username, password):
    """A desktop browser with an editor logged in to the admin."""
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    admin = context.new_page()
    admin.goto(base_url + "/en/admin/")
    admin.get_by_label("Username").fill(username)
    admin.get_by_label("Password").fill(password)
    admin.get_by_role("button", name="Log in").click()
    admin.wait_for_url(base_url + "/en/admin/")
    return admin


def review_page(admin, base_url):
    """The editor opens the practice's submission from the review queue, in English, where the
    practice has no title and shows its Polish one (the fallbacks begin with Polish)."""
    title = TITLES["pl"]
    admin.goto(base_url + "/en/admin/contributions/submission/")
    rows = admin.locator("#result_list tbody tr", has_text=title)
    expect(rows).to_have_count(1)
    rows.get_by_role("link", name=title).click()
    expect(admin.locator("#content h1, #content-main").first).to_be_visible()
    expect(admin.locator("h1")).to_contain_text(title)


def decide(admin, button, done, comment=""):
    admin.locator("#id_comment").fill(comment)
    admin.get_by_role("button", name=button).click()
    expect(admin.locator(".messagelist")).to_have_text(done, timeout=SLOW)


def write_rich_text(page, name, text):
    """Type into the rich text editor that stands in for the textarea `name`, at its end, as a
    person who clicks its label (static/js/rich-text-labels.js gives the area the label)."""
    area = page.locator(f"[contenteditable=true][aria-labelledby=id_{name}_label]")
    expect(area).to_be_visible()
    page.locator(f"label[for=id_{name}]").click()
    expect(area).to_be_focused()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def save_draft(page):
    with page.expect_navigation():
        page.get_by_role("button", name=cs("Save the draft")).click()


def submit_for_review(page):
    with page.expect_navigation():
        page.locator("#submit").get_by_role("button", name=cs("Submit for review")).click()


@pytest.fixture
def cover_picture(tmp_path):
    path = tmp_path / "nakladni-kolo.jpg"
    Image.new("RGB", (1200, 800), (40, 120, 90)).save(path, "JPEG")
    return path


def test_a_partner_publishes_a_practice_through_review_in_two_steps(
    browser, enquiry_portal, mail_server, tmp_path, cover_picture
):
    base_url = enquiry_portal.base_url
    manage(enquiry_portal, "shell", "-c", CREATE_SECOND_EDITOR)

    # 1. Editor A invites the partner from the admin; the worker delivers the invitation.
    editor_a = admin_session(browser, base_url, EDITOR_USERNAME, EDITOR_PASSWORD)
    editor_a.goto(base_url + "/en/admin/contributions/invitation/add/")
    editor_a.locator("#id_email").fill(PARTNER)
    editor_a.locator("#id_organisations_input").fill("Hranice")
    editor_a.locator("#id_organisations_from option", has_text="Hranice").dblclick()
    expect(editor_a.locator("#id_organisations_to option")).to_have_count(1)
    editor_a.locator("#id_language").select_option("cs")
    editor_a.locator("input[name=_save]").click()
    expect(editor_a.locator(".messagelist")).to_contain_text(PARTNER, timeout=SLOW)

    deliver(enquiry_portal)
    (invitation,) = received_by(mail_server, PARTNER)
    assert invitation["Content-Language"] == "cs"
    assert unfolded(invitation["Subject"]) == subject("mail/contributor_invitation", "cs")
    link = re.search(r"https?://\S+", plain_text(invitation)).group()
    invitation_path = urlsplit(link).path
    assert invitation_path.startswith(path_in("cs", "contributions:dashboard"))

    # 2. The partner sets a password and lands in the partner space, logged in.
    partner_context = browser.new_context(viewport=DESKTOP, locale="cs-CZ")
    partner = partner_context.new_page()
    problems = []
    partner.on("pageerror", lambda error: problems.append(str(error)))
    partner.goto(base_url + invitation_path)
    expect(partner.get_by_role("heading", level=1)).to_have_text(cs("Set your password"))
    partner.locator("#id_new_password1").fill(PARTNER_PASSWORD)
    partner.locator("#id_new_password2").fill(PARTNER_PASSWORD)
    partner.get_by_role("button", name=cs("Set the password and log in")).click()
    dashboard = base_url + path_in("cs", "contributions:dashboard")
    partner.wait_for_url(dashboard)
    expect(partner.get_by_role("heading", level=1)).to_have_text(cs("Partner space"))
    expect(partner.locator("section.organisation h2")).to_have_text(["Město Hranice"])
    partner.screenshot(path=tmp_path / "dashboard-new.png", full_page=True)

    # 3. A practice in Czech and Polish, with a picture and the city chosen by keyboard.
    partner.get_by_role("link", name=cs("Start a new good practice")).click()
    partner.wait_for_url(base_url + path_in("cs", "contributions:practice-new"))
    for language in ("cs", "pl"):
        partner.locator(f"#id_title_{language}").fill(TITLES[language])
        partner.locator(f"#id_summary_{language}").fill(SUMMARIES[language])
        for field, text in TEXTS[language].items():
            write_rich_text(partner, f"{field}_{language}", text)
        partner.locator(f"#id_cover_image_alt_{language}").fill(
            "Senior v korbě nákladního kola" if language == "cs" else "Senior w skrzyni roweru"
        )
    # The editor's menu shows its icons, not their ligatures' names in the form's font.
    expect(partner.locator(".prose-menubar button.material-icons").first).to_have_css(
        "font-family", '"Material Icons"'
    )
    partner.locator("label[for=id_city]").click()
    partner.keyboard.type("přer")
    suggestions = partner.locator("#" + partner.locator("#id_city").get_attribute("aria-controls"))
    expect(suggestions.get_by_role("option").first).to_have_text("Přerov (Česko)")
    partner.keyboard.press("ArrowDown")
    partner.keyboard.press("Enter")
    expect(partner.locator("#id_city")).to_have_value("Přerov (Česko)")
    partner.locator("#id_year_start").fill("2023")
    partner.locator("#id_cover_image").set_input_files(cover_picture)
    partner.screenshot(path=tmp_path / "practice-new.png", full_page=True)
    save_draft(partner)
    expect(partner.get_by_role("heading", level=1)).to_have_text(TITLES["cs"])
    edit_url = partner.url

    submit_for_review(partner)
    alert = partner.get_by_role("alert")
    expect(alert.get_by_role("heading")).to_have_text(
        cs("It was not submitted: it still lacks the following")
    )
    expect(alert.get_by_role("listitem")).to_have_text(
        [cs("Name at least one contact person."), cs("Choose at least one theme.")]
    )
    partner.screenshot(path=tmp_path / "practice-incomplete.png", full_page=True)
    alert.get_by_role("link", name=cs("Choose at least one theme.")).click()
    assert urlsplit(partner.url).fragment == "id_themes_0"
    expect(partner.locator("#id_themes_0")).to_be_in_viewport()
    partner.locator("#id_themes_0").check()
    alert.get_by_role("link", name=cs("Name at least one contact person.")).click()
    assert urlsplit(partner.url).fragment == "id_contacts-0-contact"
    partner.locator("#id_new_contact-name").fill("Jana Horáková")
    partner.locator("#id_new_contact-email").fill(PARTNER)
    partner.locator("#id_new_contact-languages_1").check()
    save_draft(partner)
    expect(partner.locator("ul.completeness")).to_have_count(0)
    submit_for_review(partner)
    expect(partner.locator(".lead strong")).to_have_text(
        translated("cs", SubmissionState.SUBMITTED.label)
    )
    expect(partner.locator("p.held")).to_be_visible()

    # 4. Editor A asks for a change; the partner reads it in Czech, fixes it and submits again.
    review_page(editor_a, base_url)
    editor_a.screenshot(path=tmp_path / "review-new.png", full_page=True)
    decide(editor_a, "Ask for changes", "The partner has been asked for changes.", REQUEST)

    deliver(enquiry_portal)
    asked = received_by(mail_server, PARTNER)[-1]
    assert asked["Content-Language"] == "cs"
    assert unfolded(asked["Subject"]) == subject(
        "mail/submission_state",
        "cs",
        title=TITLES["cs"],
        state_label=SubmissionState.CHANGES_REQUESTED.label,
    )
    assert REQUEST in plain_text(asked)

    partner.goto(dashboard)
    waiting = partner.locator("section.waiting")
    expect(waiting.locator(".editor-comment")).to_have_text(f"{cs('The editors wrote:')} {REQUEST}")
    edit = cs('Edit<span class="visually-hidden"> “%(title)s”</span>', title=TITLES["cs"])
    waiting.get_by_role("link", name=re.sub(r"<[^>]+>", "", edit), exact=True).click()
    partner.wait_for_url(edit_url)
    expect(partner.locator(".editor-comment")).to_contain_text(REQUEST)
    write_rich_text(partner, "results_cs", ANSWER)
    save_draft(partner)
    submit_for_review(partner)
    expect(partner.locator("p.held")).to_be_visible()

    # 5. Editor A approves and may not publish; editor B publishes.
    review_page(editor_a, base_url)
    expect(editor_a.locator(".review-differences")).to_contain_text(ANSWER.strip())
    decide(editor_a, "Approve (step one)", "Approved: it can now be published.")
    expect(editor_a.locator("p.errornote")).to_have_text(
        "You approved this submission, and four-eyes review is on: another editor publishes it."
    )
    expect(editor_a.get_by_role("button", name="Publish (step two)")).to_have_count(0)
    editor_a.screenshot(path=tmp_path / "review-four-eyes.png", full_page=True)

    editor_b = admin_session(browser, base_url, SECOND_EDITOR, SECOND_EDITOR_PASSWORD)
    review_page(editor_b, base_url)
    decide(editor_b, "Publish (step two)", "Published: the public sees it now.")

    deliver(enquiry_portal)
    published = received_by(mail_server, PARTNER)[-1]
    assert unfolded(published["Subject"]) == subject(
        "mail/submission_state",
        "cs",
        title=TITLES["cs"],
        state_label=SubmissionState.PUBLISHED.label,
    )

    # 6. An anonymous visitor finds the practice through the search, in Czech.
    visitor_context = browser.new_context(viewport=PHONE, is_mobile=True, locale="cs-CZ")
    visitor = visitor_context.new_page()
    visitor.goto(base_url + "/cs/")
    visitor.goto(base_url + path_in("cs", "search") + "?q=nákladní kola senioři")
    visitor.get_by_role("link", name=TITLES["cs"]).first.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLES["cs"])
    public_url = visitor.url
    expect(visitor.locator("main")).to_contain_text(SUMMARIES["cs"])
    expect(visitor.locator("main")).to_contain_text(ANSWER.strip())
    assert visitor_context.cookies() == []
    assert scroll_width(visitor) <= PHONE["width"]
    visitor.screenshot(path=tmp_path / "public-phone.png", full_page=True)

    # 7. The partner proposes a change; the public page keeps the published text until step two.
    partner.goto(dashboard)
    partner.get_by_role("button", name=re.compile(re.escape(TITLES["cs"]))).click()
    expect(partner.locator(".lead")).to_contain_text(
        cs(
            "a change to a published entry: the public page stays as it is until the editors"
            " publish the change."
        )
    )
    partner.locator("#id_summary_cs").fill(NEW_SUMMARY_CS)
    save_draft(partner)
    submit_for_review(partner)
    expect(partner.locator("p.held")).to_be_visible()

    visitor.goto(public_url)
    expect(visitor.locator("main")).to_contain_text(SUMMARIES["cs"])
    expect(visitor.locator("main")).not_to_contain_text(NEW_SUMMARY_CS)

    review_page(editor_a, base_url)
    expect(editor_a.locator(".review-differences")).to_contain_text("k lékaři")
    decide(editor_a, "Approve (step one)", "Approved: it can now be published.")
    visitor.goto(public_url)
    expect(visitor.locator("main")).not_to_contain_text(NEW_SUMMARY_CS)
    review_page(editor_b, base_url)
    decide(editor_b, "Publish (step two)", "Published: the public sees it now.")

    visitor.goto(public_url)
    expect(visitor.locator("main")).to_contain_text(NEW_SUMMARY_CS)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLES["cs"])

    # The partner space on a phone: no horizontal scrolling.
    phone_context = browser.new_context(
        viewport=PHONE, is_mobile=True, storage_state=partner_context.storage_state()
    )
    phone = phone_context.new_page()
    phone.goto(dashboard)
    expect(phone.get_by_role("heading", level=1)).to_have_text(cs("Partner space"))
    assert scroll_width(phone) <= PHONE["width"]
    phone.screenshot(path=tmp_path / "dashboard-phone.png", full_page=True)
    assert problems == []
    for context in (phone_context, visitor_context, partner_context):
        context.close()
    editor_a.context.close()
    editor_b.context.close()
