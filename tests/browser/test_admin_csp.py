"""The admin, the public pages and the map work under the Content-Security-Policy, in Chromium.

Every page records the policy violations the browser reports (a `securitypolicyviolation` listener
added before the page's own scripts) and its console errors; each test asserts there are none after
doing what an editor does: language tabs, "add another" inlines, autocomplete selects, calendars.
"""

import re

import pytest
from modeltranslation.translator import translator
from playwright.sync_api import expect

from events.models import Event
from practices.models import GoodPractice
from projects.models import Organisation, Project
from tests.browser.pages import PAGE_TYPES
from tests.support.admin import CONTENT_MODELS, admin_url
from tests.support.security import POLICY
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME

# Milliseconds to wait for an autocomplete's answer on a busy machine.
SLOW = 15_000
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline code"}`
    + ` (${event.sourceFile}:${event.lineNumber}) ${event.sample}`
  );
}, true);
"""
# What Chromium writes on the console when a page itself answers with an error status.
ERROR_STATUS_MESSAGE = "Failed to load resource: the server responded with a status of {} ({})"
# One transparent pixel, for the map's tiles: the tests need no internet access.
TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


class Watch:
    """The violations and console errors of a tab, page by page."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.console.append(f"JavaScript: {error}"))

    def on_console(self, message):
        if message.type == "error":
            self.console.append(f"console: {message.text}")

    def problems(self):
        """What went wrong on the current page since it opened, then forgets the console's."""
        self.page.wait_for_load_state("networkidle")
        found = self.page.evaluate("window.cspViolations") + self.console
        self.console = []
        return found


@pytest.fixture
def admin_tab(page, portal_server):
    """A tab logged in to the admin as an editor, and its Watch."""
    watch = Watch(page)
    page.goto(portal_server + "/en/admin/login/")
    login_problems = watch.problems()
    page.get_by_label("Username").fill(EDITOR_USERNAME)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(portal_server + "/en/admin/")
    assert login_problems == []
    return page, watch


def click_a_language_tab(page):
    """Open the Czech tab of the first translated field; False if the form has no tabs."""
    if not page.locator(".ui-tabs-nav").count():
        return False
    tab = page.locator(".ui-tabs-nav a", has_text=re.compile(r"^cs$")).first
    tab.click()
    expect(page.locator(tab.get_attribute("href"))).to_be_visible()
    return True


def test_admin_lists_and_add_forms_of_every_content_model_run_under_the_csp(
    admin_tab, portal_server
):
    page, watch = admin_tab
    problems, tabbed = {}, []

    for model in CONTENT_MODELS:
        for view in ("changelist", "add"):
            address = admin_url(model, view)
            response = page.goto(portal_server + address)
            assert response.status == 200, address
            if view == "add" and click_a_language_tab(page):
                tabbed.append(model.__name__)
            problems[address] = watch.problems()

    assert {address: found for address, found in problems.items() if found} == {}
    # Every model with translated fields shows them in language tabs.
    translated = set(translator.get_registered_models()) & set(CONTENT_MODELS)
    assert sorted(tabbed) == sorted(model.__name__ for model in translated)


def test_editing_a_practice_runs_under_the_csp(admin_tab, portal_server):
    page, watch = admin_tab
    page.goto(portal_server + "/en/admin/practices/goodpractice/?q=Gogolin")
    page.locator("#result_list tbody th a").first.click()
    page.wait_for_url(re.compile(r"/en/admin/practices/goodpractice/\d+/change/"))

    assert click_a_language_tab(page)
    # "Add another" picture: a new inline form appears.
    pictures = page.locator("#images-group .inline-related:not(.empty-form)")
    before = pictures.count()
    page.locator("#images-group .add-row a").click()
    expect(pictures).to_have_count(before + 1)
    # The city's autocomplete asks the server and lists what matches.
    page.locator(".field-city").get_by_role("combobox").click()
    page.keyboard.type("Olo")
    expect(page.get_by_role("option", name="Olomouc", exact=True)).to_be_visible(timeout=SLOW)
    page.keyboard.press("Escape")
    editing = watch.problems()
    # Without the empty picture form, saved as it was: the practice has a version in its history.
    pictures.last.locator(".inline-deletelink").click()
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.locator(".historylink").click()
    versions = page.get_by_role("main").locator("tbody tr")
    expect(versions.first).to_contain_text("browser-editor")
    history = watch.problems()
    # A past version opens in a form that can bring it back.
    versions.first.get_by_role("link").first.click()
    expect(page.get_by_role("main").locator("form")).to_be_visible()

    assert editing == []
    assert history == []
    assert watch.problems() == []


def test_an_events_calendar_runs_under_the_csp(admin_tab, portal_server):
    page, watch = admin_tab
    page.goto(portal_server + "/en/admin/events/event/add/")

    # The start time shares the row: the calendar is the link beside the date's own field.
    page.locator("#id_start_date + .datetimeshortcuts a").last.click()
    calendar = page.locator(".calendarbox").first
    expect(calendar).to_be_visible()
    calendar.get_by_role("link", name="15", exact=True).click()

    expect(page.locator("#id_start_date")).to_have_value(re.compile(r"^\d{4}-\d{2}-15$"))
    assert watch.problems() == []


def test_importing_and_exporting_run_under_the_csp(admin_tab, portal_server, tmp_path):
    page, watch = admin_tab
    problems = {}
    for model in (Organisation, Project, GoodPractice, Event):
        for view in ("import", "export"):
            address = admin_url(model, view)
            assert page.goto(portal_server + address).status == 200, address
            problems[address] = watch.problems()
    # An export downloads a file.
    with page.expect_download() as download:
        page.locator("#id_format").select_option(label="csv")
        page.get_by_role("button", name="Submit").click()
    assert download.value.suggested_filename.endswith(".csv")
    problems["export"] = watch.problems()
    # A file with a mistake, then a valid one: the errors, the preview, the confirmation.
    invalid = tmp_path / "invalid.csv"
    invalid.write_text("slug,name_pl,kind,city\nbrowser-org,Z przeglądarki,ngo,opole-x\n")
    valid = tmp_path / "valid.csv"
    valid.write_text("slug,name_pl,kind,city\nbrowser-org,Z przeglądarki,ngo,opole\n")
    page.goto(portal_server + admin_url(Organisation, "import"))
    for upload in (invalid, valid):
        page.locator("#id_import_file").set_input_files(upload)
        # The format is guessed from the file's name (import-export's guess_format.js).
        expect(page.locator("#id_format")).to_have_value("0")
        page.get_by_role("button", name="Submit").click()
        problems[upload.name] = watch.problems()
    expect(page.locator(".import-preview")).to_contain_text("browser-org")
    page.get_by_role("button", name="Confirm import").click()
    # The confirmation leads to the import's own page; no task worker runs beside this server, so
    # the file waits for it (tests/portal/content/test_import_jobs.py runs the import itself).
    expect(page.locator("#import-job")).to_contain_text(
        "The file is waiting for the task worker. This page reloads itself."
    )
    problems["confirmed"] = watch.problems()

    assert {address: found for address, found in problems.items() if found} == {}


def answer_tiles(page):
    """Answer the map's requests for OpenStreetMap tiles here, and list them: the tests need no
    internet access, and the policy still decides whether the browser may ask for them."""
    tiles = []

    def answer_tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE)

    page.route("https://tile.openstreetmap.org/**", answer_tile)
    return tiles


def test_public_pages_run_under_the_csp(page, portal_server):
    watch = Watch(page)
    answer_tiles(page)
    problems = {}

    for kind, path in PAGE_TYPES:
        response = page.goto(portal_server + path)
        found = watch.problems()
        if response.status >= 400:
            # Chromium reports the page's own error status (the 404 page, a used invitation's
            # 410) on the console.
            found.remove(
                f"console: {ERROR_STATUS_MESSAGE.format(response.status, response.status_text)}"
            )
        problems[kind] = found

    assert {kind: found for kind, found in problems.items() if found} == {}


def test_the_map_runs_under_the_csp(page, portal_server):
    watch = Watch(page)
    tiles = answer_tiles(page)
    page.goto(portal_server + "/en/map/")
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    # Zooming drops tiles, which Leaflet blanks with a data: picture.
    page.locator(".leaflet-control-zoom-out").click()
    page.locator(".leaflet-control-zoom-in").click()

    assert watch.problems() == []
    assert tiles and all(
        re.fullmatch(r"https://tile\.openstreetmap\.org/\d+/\d+/\d+\.png", t) for t in tiles
    )


def test_collected_static_files_carry_the_security_headers(page, portal_server):
    page.goto(portal_server + "/en/")
    stylesheet = page.locator('link[rel="stylesheet"]').first.get_attribute("href")

    response = page.request.get(portal_server + stylesheet)

    assert response.status == 200
    headers = response.headers
    policy = (part.split() for part in headers["content-security-policy"].split(";"))
    assert {directive: sources for directive, *sources in policy} == POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["cross-origin-resource-policy"] == "same-origin"
