"""A Czech visitor on a phone writes to the Polish contact person of a practice; the real worker
delivers the e-mails to an SMTP server on loopback; an editor marks the enquiry answered."""

import re
import time

from django.urls import translate_url
from django.utils import translation
from playwright.sync_api import expect

from tests.support.delivery import deliver, subject, unfolded
from tests.support.enquiry_visits import READING_SECONDS, enquiry_path, translated, visitor
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PRACTICE = "gogolin-transfer-hub"
# The demo practice's titles and its one contact person (portal/demo/data).
TITLES = {"pl": "Centrum przesiadkowe w Gogolinie", "cs": "Přestupní uzel v Gogolině"}
CONTACT_NAME, CONTACT_ADDRESS = "Agnieszka Zielonka", "agnieszka.zielonka@example.org"
MESSAGE = "Dobrý den, jak dlouho trvala příprava přestupního uzlu a kdo ho financoval?"
# Milliseconds to wait for what follows a form sent without a new address (the admin's actions).
SLOW = 15_000


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_czech_visitor_on_a_phone_writes_to_a_polish_contact_who_gets_it_in_polish(
    browser, enquiry_portal, mail_server, tmp_path
):
    base_url = enquiry_portal.base_url
    headers, email = visitor()
    phone = browser.new_context(
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        locale="cs-CZ",
        extra_http_headers={"Accept-Language": "cs-CZ,cs;q=0.9", **headers},
    )
    page = phone.new_page()
    with translation.override("en"):
        practice_path = translate_url(f"/en/good-practices/{PRACTICE}/", "cs")
    form_path = enquiry_path("cs", PRACTICE)

    page.goto(base_url + practice_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES["cs"])
    contacts = page.get_by_role("region", name=translated("cs", "Contact persons"))
    expect(contacts.get_by_role("heading", level=3)).to_have_text([CONTACT_NAME])
    write = translated("cs", "Write to the contact person", "Write to the contact persons", 1)
    contacts.get_by_role("link", name=write).tap()
    page.wait_for_url(base_url + form_path)
    shown = time.monotonic()
    expect(page.locator("html")).to_have_attribute("lang", "cs")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated("cs", "Write about “%(title)s”", title=TITLES["cs"])
    )
    recipients = page.locator(".enquiry-recipients li")
    expect(recipients).to_have_count(1)
    expect(recipients).to_contain_text(CONTACT_NAME)
    assert CONTACT_ADDRESS not in page.content()
    assert scroll_width(page) <= PHONE["width"]
    page.screenshot(path=tmp_path / "enquiry-form-phone.png", full_page=True)

    expect(page.locator("#id_reason_0")).to_be_checked()
    page.locator("#id_name").fill("Jana Nováková")
    page.locator("#id_email").fill(email)
    page.locator("#id_sender_organisation").fill("Statutární město Přerov")
    page.locator("#id_country").select_option("CZ")
    page.locator("#id_message").fill(MESSAGE)
    page.locator("#id_consent").tap()
    expect(page.locator("#id_consent")).to_be_checked()
    # As a person would: the form refuses what is sent sooner after it was shown.
    time.sleep(max(0, READING_SECONDS - (time.monotonic() - shown)))
    page.get_by_role("button", name=translated("cs", "Send the message")).tap()

    page.wait_for_url(f"{base_url}{form_path}?sent=1")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated("cs", "Your message was sent")
    )
    expect(page.get_by_role("link", name=re.compile(re.escape(TITLES["cs"])))).to_have_attribute(
        "href", practice_path
    )
    assert scroll_width(page) <= PHONE["width"]
    page.screenshot(path=tmp_path / "enquiry-sent-phone.png", full_page=True)
    phone.close()

    deliver(enquiry_portal)
    # Other tests of the run write to this portal too: this visitor's e-mails are the ones
    # sent to or answering to their address.
    mine = [
        (recipients, message)
        for recipients, message in zip(
            mail_server.envelope_recipients, mail_server.received, strict=True
        )
        if email in (message["To"], message["Reply-To"])
    ]
    assert [(recipients, message["To"], message["Reply-To"]) for recipients, message in mine] == [
        ([CONTACT_ADDRESS], CONTACT_ADDRESS, email),
        ([email], email, None),
    ]
    (_, to_contact), (_, acknowledgement) = mine
    assert to_contact["Content-Language"] == "pl"
    assert unfolded(to_contact["Subject"]) == subject(
        "mail/enquiry_to_contact", "pl", enquiry={"reason": "question"}, target=TITLES["pl"]
    )
    text = to_contact.get_body(preferencelist=("plain",)).get_content()
    html = to_contact.get_body(preferencelist=("html",)).get_content()
    assert (MESSAGE in text, MESSAGE in html, email in text) == (True, True, True)
    assert acknowledgement["Content-Language"] == "cs"
    assert unfolded(acknowledgement["Subject"]) == subject(
        "mail/enquiry_received", "cs", target=TITLES["cs"]
    )
    parts = [
        acknowledgement.get_body(preferencelist=(kind,)).get_content_type()
        for kind in ("plain", "html")
    ]
    assert parts == ["text/plain", "text/html"]

    editor = browser.new_context(viewport=DESKTOP, locale="en-GB")
    admin = editor.new_page()
    admin.goto(base_url + "/en/admin/")
    admin.get_by_label("Username").fill(EDITOR_USERNAME)
    admin.get_by_label("Password").fill(EDITOR_PASSWORD)
    admin.get_by_role("button", name="Log in").click()
    admin.wait_for_url(base_url + "/en/admin/")
    admin.locator("tr.model-enquiry").get_by_role("link", name="Enquiries").click()
    admin.wait_for_url(base_url + "/en/admin/enquiries/enquiry/")
    admin.locator("#searchbar").fill(email)
    admin.get_by_role("button", name="Search").click()
    rows = admin.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.locator(".field-name")).to_have_text("Jana Nováková")
    expect(rows.locator(".field-status")).to_have_text("received")
    expect(rows.locator(".field-delivery")).to_have_text("2/2")

    rows.locator("input.action-select").check()
    admin.locator("select[name=action]").select_option("mark_answered")
    admin.get_by_role("button", name="Go").click()
    expect(admin.locator(".messagelist")).to_have_text(
        "1 enquiry is marked as answered.", timeout=SLOW
    )
    expect(rows).to_have_count(1)
    expect(rows.locator(".field-status")).to_have_text("answered")
    admin.screenshot(path=tmp_path / "enquiry-admin.png", full_page=True)
    editor.close()
    for name in ("enquiry-form-phone", "enquiry-sent-phone", "enquiry-admin"):
        assert (tmp_path / f"{name}.png").stat().st_size > 0
