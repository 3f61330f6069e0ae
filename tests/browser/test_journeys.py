"""Whole visits in Chromium: a Czech visitor, a keyboard user, an editor and a phone.

Each journey starts from a fresh browser context and asserts what the visitor would see: addresses,
headings, and counts read from the page itself. A screenshot of the last page goes to tmp_path.
"""

import math
import re
import uuid

import pytest
from PIL import Image
from playwright.sync_api import expect

from portal.operations.caching import GENERATION_CHECK_SECONDS
from tests.support.server import EDITOR_PASSWORD, EDITOR_USERNAME

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
# Milliseconds to wait for what follows a form sent without a new address (the admin's actions),
# or an autocomplete's answer, on a busy two-core machine.
SLOW = 15_000
SEARCH_PAGES = {"pl": "/pl/szukaj/", "cs": "/cs/hledat/", "en": "/en/search/"}
PRACTICE_PAGES = {
    "pl": "/pl/dobre-praktyki/",
    "cs": "/cs/dobre-praxe/",
    "en": "/en/good-practices/",
}
ONE_RESULT = {"pl": "1 wynik dla „{}”", "cs": "1 výsledek pro „{}“", "en": "1 result for “{}”"}
NO_RESULT = {
    "pl": "Nic nie pasuje do „{}”.",
    "cs": "Výrazu „{}“ nic neodpovídá.",
    "en": "Nothing matches “{}”.",
}
# WCAG 2.2's minimum contrast for a focus indicator against what is around it.
FOCUS_CONTRAST = 3

# The focus ring's style and colour, and the first background colour behind the element.
FOCUS_RING = """element => {
  const style = getComputedStyle(element);
  let behind = element.parentElement;
  while (behind && getComputedStyle(behind).backgroundColor === "rgba(0, 0, 0, 0)") {
    behind = behind.parentElement;
  }
  return {
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    colour: style.outlineColor,
    background: behind ? getComputedStyle(behind).backgroundColor : "rgb(255, 255, 255)",
  };
}"""
MARKER_PICTURES_LOADED = """() => {
  const icons = [...document.querySelectorAll(".leaflet-marker-icon")];
  return icons.length > 0 && icons.every(icon => icon.complete);
}"""


@pytest.fixture
def new_page(browser):
    """Opens a tab in a fresh browser context with the given options; closed at the end."""
    contexts = []

    def open_page(**options):
        contexts.append(browser.new_context(**options))
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


def watch(page, base_url):
    """A list that fills with the portal's failed files (pictures, scripts, styles) and the
    page's JavaScript errors; the pages themselves are checked by each journey."""
    problems = []

    def on_response(response):
        request = response.request
        if (
            request.url.startswith(base_url)
            and request.resource_type != "document"
            and response.status >= 400
        ):
            problems.append(f"{response.status} {request.url}")

    page.on("response", on_response)
    page.on("pageerror", lambda error: problems.append(f"JavaScript: {error}"))
    return problems


def offline(context, base_url):
    """Refuse every address but the portal's, as on a machine without internet access."""
    context.route(lambda url: not url.startswith(base_url), lambda route: route.abort())


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def count_in(option_label):
    """The number of results a facet option promises: "Olomouc (3)" -> 3."""
    return int(re.fullmatch(r".* \((\d+)\)", option_label)[1])


def tab_to(page, target, *, key="Tab", limit=80):
    """Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves on."""
    for _ in range(limit):
        page.keyboard.press(key)
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{limit} presses of {key} did not reach {target}")


def relative_luminance(colour):
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", colour)[:3])

    def linear(channel):
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first, second):
    lighter, darker = sorted(map(relative_luminance, (first, second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def assert_focus_is_visible(element):
    ring = element.evaluate(FOCUS_RING)
    assert ring["style"] != "none"
    assert ring["width"] >= 2
    assert contrast(ring["colour"], ring["background"]) >= FOCUS_CONTRAST, ring


def test_czech_visitor_filters_practices_and_follows_a_project_into_polish(
    new_page, portal_server, tmp_path
):
    page = new_page(
        viewport=DESKTOP,
        locale="cs-CZ",
        extra_http_headers={"Accept-Language": "cs-CZ,cs;q=0.9"},
    )
    problems = watch(page, portal_server)

    page.goto(portal_server + "/")
    expect(page).to_have_url(portal_server + "/cs/")
    expect(page.locator("html")).to_have_attribute("lang", "cs")

    page.get_by_role("navigation", name="Hlavní").get_by_role("link", name="Dobré praxe").click()
    page.wait_for_url(portal_server + "/cs/dobre-praxe/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dobré praxe")
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("11 výsledků")

    page.get_by_label("Program", exact=True).select_option(label="Interreg CZ-PL (8)")
    page.get_by_role("button", name="Zobrazit výsledky").click()
    page.wait_for_url(re.compile(r"/cs/dobre-praxe/\?.*programme=interreg-cz-pl"))
    expect(results.get_by_role("heading", level=2)).to_have_text("8 výsledků")
    expect(results.get_by_role("heading", level=3)).to_have_count(8)

    city = page.get_by_label("Město", exact=True)
    expect(city.get_by_role("option")).to_have_text(
        ["vše", "Gogolin (1)", "Mohelnice (1)", "Olomouc (3)", "Opolí (2)", "Přerov (1)"]
    )
    city.select_option(label="Olomouc (3)")
    page.get_by_role("button", name="Zobrazit výsledky").click()
    page.wait_for_url(re.compile(r"/cs/dobre-praxe/\?.*programme=interreg-cz-pl.*city=olomouc"))
    expect(results.get_by_role("heading", level=2)).to_have_text("3 výsledky")
    expect(results.get_by_role("heading", level=3)).to_have_text(
        [
            "Integrovaný záchranný systém a krizové řízení v Olomouci",
            "SEMAFOR – centrum dopravní výchovy v Olomouci",
            "Sluňákov – centrum environmentální výchovy v pasivní budově",
        ]
    )
    active_filters = page.get_by_role("list", name="Aktivní filtry")
    expect(active_filters.get_by_role("link")).to_have_text(
        [
            re.compile(r"^Program: Interreg CZ-PL \(odebrat tento filtr\)"),
            re.compile(r"^Město: Olomouc \(odebrat tento filtr\)"),
            "Zrušit všechny filtry",
        ]
    )
    expect(page.get_by_label("Program", exact=True)).to_have_value("interreg-cz-pl")
    expect(city).to_have_value("olomouc")

    results.get_by_role(
        "link", name="Integrovaný záchranný systém a krizové řízení v Olomouci"
    ).click()
    page.wait_for_url(portal_server + "/cs/dobre-praxe/olomouc-integrated-rescue-system/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Integrovaný záchranný systém a krizové řízení v Olomouci"
    )

    page.get_by_role("link", name="Společně pro rozvoj aglomerací", exact=True).click()
    page.wait_for_url(portal_server + "/cs/projekty/razem-dla-rozwoju-aglomeracji/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Společně pro rozvoj aglomerací")

    page.get_by_role("navigation", name="Jazyk").get_by_role("link", name="Polski").click()
    page.wait_for_url(portal_server + "/pl/projekty/razem-dla-rozwoju-aglomeracji/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Razem dla rozwoju aglomeracji")
    expect(
        page.get_by_role("navigation", name="Język").get_by_role("link", name="Polski")
    ).to_have_attribute("aria-current", "true")
    assert problems == []

    page.screenshot(path=tmp_path / "czech-visitor.png", full_page=True)
    assert (tmp_path / "czech-visitor.png").stat().st_size > 0


def test_keyboard_user_searches_filters_and_pages_through_partners(page, portal_server, tmp_path):
    problems = watch(page, portal_server)
    page.goto(portal_server + "/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert_focus_is_visible(skip_link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    expect(page).to_have_url(portal_server + "/en/#content")

    # Back up from the content to the search box in the header.
    search_box = page.get_by_role("search").get_by_role("searchbox")
    tab_to(page, search_box, key="Shift+Tab")
    assert_focus_is_visible(search_box)
    page.keyboard.type("semafor")
    page.keyboard.press("Enter")
    page.wait_for_url(portal_server + "/en/search/?q=semafor")
    expect(page.locator(".result-count")).to_have_text("3 results for “semafor”")

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    result = page.get_by_role("link", name="SEMAFOR – a traffic-education centre in Olomouc")
    tab_to(page, result)
    assert_focus_is_visible(result)
    page.keyboard.press("Enter")
    page.wait_for_url(portal_server + "/en/good-practices/semafor-traffic-education-centre/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "SEMAFOR – a traffic-education centre in Olomouc"
    )

    partners = page.get_by_role("navigation", name="Main").get_by_role("link", name="Partners")
    tab_to(page, partners)
    assert_focus_is_visible(partners)
    page.keyboard.press("Enter")
    page.wait_for_url(portal_server + "/en/partners/")
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("60 results")

    country = page.get_by_label("Country", exact=True)
    tab_to(page, country)
    assert_focus_is_visible(country)
    # One letter: a select's type-ahead forgets the letters before a pause.
    page.keyboard.type("P")
    expect(country).to_have_value("pl")
    polish_partners = count_in(country.locator("option:checked").inner_text())
    show_results = page.get_by_role("button", name="Show results")
    tab_to(page, show_results)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/partners/\?.*country=pl"))
    expect(results.get_by_role("heading", level=2)).to_have_text(f"{polish_partners} results")
    pages = math.ceil(polish_partners / 12)
    pagination = page.get_by_role("navigation", name="Pagination")
    expect(pagination.get_by_role("link", name=re.compile(r"^Page \d+$"))).to_have_count(pages)
    expect(results.locator(".cards").get_by_role("link")).to_have_count(12)

    next_page = pagination.get_by_role("link", name="Next page")
    second_page = next_page.get_attribute("href")
    tab_to(page, next_page)
    page.keyboard.press("Enter")
    page.wait_for_url(portal_server + second_page)
    assert "country=pl" in second_page
    expect(pagination.get_by_role("link", name="Page 2")).to_have_attribute("aria-current", "page")
    expect(results.get_by_role("heading", level=2)).to_have_text(f"{polish_partners} results")
    expect(results.locator(".cards").get_by_role("link")).to_have_count(
        min(12, polish_partners - 12)
    )

    partner = results.locator(".cards").get_by_role("link").first
    name, address = partner.inner_text(), partner.get_attribute("href")
    tab_to(page, partner)
    assert_focus_is_visible(partner)
    page.keyboard.press("Enter")
    page.wait_for_url(portal_server + address)
    assert re.fullmatch(r"/en/partners/[\w-]+/", address)
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    assert problems == []

    page.screenshot(path=tmp_path / "keyboard-user.png", full_page=True)
    assert (tmp_path / "keyboard-user.png").stat().st_size > 0


def unique_word():
    """A made-up word no demo content or other test contains: letters only, so that search
    reads it as one word in every language."""
    return "zq" + "".join(chr(ord("a") + int(digit, 16)) for digit in uuid.uuid4().hex[:10])


def rich_text_editor(page, field):
    """The rich text editor standing in for the form's (hidden) textarea `field`."""
    return page.locator(".prose-editor", has=page.locator(f"#id_{field}"))


def test_editor_publishes_a_practice_in_three_languages_then_unpublishes_it(
    new_page, page, portal_server, tmp_path
):
    word = unique_word()
    practice = {
        "pl": {
            "title": f"Dobra praktyka {word}",
            "summary": "Krótkie streszczenie praktyki.",
            "cover_image_alt": "Niebieski prostokąt",
        },
        "cs": {
            "title": f"Dobrá praxe {word}",
            "summary": "Krátké shrnutí praxe.",
            "cover_image_alt": "Modrý obdélník",
        },
        "en": {
            "title": f"Good practice {word}",
            "summary": "A short summary of the practice.",
            "cover_image_alt": "A blue rectangle",
        },
    }
    # Typed into the rich text editor; the solution's last word is made bold with its button.
    long_texts = {
        "pl": {"problem": "Problem, który rozwiązano.", "results": "Co się zmieniło."},
        "cs": {"problem": "Problém, který se vyřešil.", "results": "Co se změnilo."},
        "en": {"problem": "The problem it solved.", "results": "What changed."},
    }
    solutions = {
        "pl": ("Co zrobiono i ", "jak"),
        "cs": ("Co se udělalo a ", "jak"),
        "en": ("What was done, and ", "how"),
    }
    slug = f"dobra-praktyka-{word}"
    cover = tmp_path / "cover.png"
    Image.new("RGB", (1200, 675), (11, 83, 148)).save(cover)
    problems = watch(page, portal_server)
    # Staff see drafts on the public pages too: the public is a second browser, never logged in.
    visitor = new_page(viewport=DESKTOP, locale="en-GB")
    problems += watch(visitor, portal_server)

    page.goto(portal_server + "/en/admin/")
    page.get_by_label("Username").fill(EDITOR_USERNAME)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(portal_server + "/en/admin/")

    page.get_by_role("row", name="Good practices").get_by_role("link", name="Add").click()
    page.wait_for_url(portal_server + "/en/admin/practices/goodpractice/add/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Add good practice")
    # modeltranslation's switch above the form shows every field's tab of one language.
    switch = page.locator("#modeltranslation-main-switch")
    for language in ("cs", "en", "pl"):
        switch.select_option(label=language)
        for field, text in practice[language].items():
            page.locator(f"#id_{field}_{language}").fill(text)
        for field, text in long_texts[language].items():
            rich_text_editor(page, f"{field}_{language}").get_by_role("textbox").click()
            page.keyboard.type(text)
            expect(page.locator(f"#id_{field}_{language}")).to_have_value(f"<p>{text}</p>")
        start, bold = solutions[language]
        editor = rich_text_editor(page, f"solution_{language}")
        editor.get_by_role("textbox").click()
        page.keyboard.type(start)
        editor.get_by_role("button", name="bold", exact=True).click()
        page.keyboard.type(bold)
        editor.get_by_role("button", name="bold", exact=True).click()
        page.keyboard.type(".")
        expect(page.locator(f"#id_solution_{language}")).to_have_value(
            f"<p>{start}<strong>{bold}</strong>.</p>"
        )
    page.get_by_label("Since (year):").fill("2024")
    expect(page.get_by_label("Slug:")).to_have_value(slug)

    page.locator(".field-city").get_by_role("combobox").click()
    page.keyboard.type("Opole")
    expect(page.get_by_role("option", name="Opole", exact=True)).to_be_visible(timeout=SLOW)
    page.get_by_role("option", name="Opole", exact=True).click()
    expect(page.locator(".field-city").get_by_role("combobox")).to_have_text("Opole")

    page.get_by_label("Cover image:", exact=True).set_input_files(cover)
    page.get_by_label("Publication status:").select_option(label="Published")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(portal_server + "/en/admin/practices/goodpractice/")
    expect(page.locator(".messagelist")).to_have_text(
        f"The good practice “{practice['en']['title']}” was added successfully."
    )

    for language, search in SEARCH_PAGES.items():
        visitor.goto(f"{portal_server}{search}?q={word}")
        expect(visitor.locator(".result-count")).to_have_text(ONE_RESULT[language].format(word))
        found = visitor.locator(".search-results").get_by_role("link")
        expect(found).to_have_text([practice[language]["title"]])
        found.click()
        visitor.wait_for_url(f"{portal_server}{PRACTICE_PAGES[language]}{slug}/")
        expect(visitor.locator("html")).to_have_attribute("lang", language)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(practice[language]["title"])
        start, bold = solutions[language]
        solution = visitor.locator("article p", has_text=start)
        assert solution.evaluate("p => p.innerHTML") == f"{start}<strong>{bold}</strong>."
        picture = visitor.get_by_role("img", name=practice[language]["cover_image_alt"])
        expect(picture).to_be_visible()
        assert picture.evaluate("image => image.naturalWidth") > 0

    page.goto(portal_server + "/en/admin/practices/goodpractice/")
    page.get_by_role("textbox", name="Search").fill(word)
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(f"{portal_server}/en/admin/practices/goodpractice/?q={word}")
    page.get_by_role("checkbox", name=practice["en"]["title"]).check()
    page.get_by_label("Action:").select_option(label="Unpublish the selected items")
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".messagelist")).to_have_text("1 item returned to draft.", timeout=SLOW)
    expect(page.get_by_role("row", name=practice["en"]["title"])).to_contain_text("Draft")

    # The visitor saw these pages published: the gunicorn worker that kept them learns of the
    # change within GENERATION_CHECK_SECONDS (portal/operations/caching.py).
    visitor.wait_for_timeout(GENERATION_CHECK_SECONDS * 1000)
    for language, search in SEARCH_PAGES.items():
        visitor.goto(f"{portal_server}{search}?q={word}")
        expect(visitor.locator("main")).to_contain_text(NO_RESULT[language].format(word))
        expect(visitor.locator(".search-result")).to_have_count(0)
        response = visitor.goto(f"{portal_server}{PRACTICE_PAGES[language]}{slug}/")
        assert response.status == 404
    # The editor still sees the draft, marked as one.
    page.goto(f"{portal_server}/en/good-practices/{slug}/")
    expect(page.get_by_role("status")).to_have_text("This is a draft: only staff can see it.")
    assert problems == []

    page.screenshot(path=tmp_path / "editor.png", full_page=True)
    assert (tmp_path / "editor.png").stat().st_size > 0


def test_phone_visitor_uses_navigation_filters_and_the_map_list(new_page, portal_server, tmp_path):
    page = new_page(
        viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2, locale="en-GB"
    )
    offline(page.context, portal_server)
    problems = watch(page, portal_server)

    page.goto(portal_server + "/en/")
    assert scroll_width(page) <= PHONE["width"]
    navigation = page.get_by_role("navigation", name="Main")
    expect(navigation.get_by_role("link")).to_have_text(
        ["Good practices", "Projects", "Partners", "Study visits and events", "Map"]
    )
    for link in navigation.get_by_role("link").all():
        expect(link).to_be_in_viewport(ratio=1)

    navigation.get_by_role("link", name="Projects").tap()
    page.wait_for_url(portal_server + "/en/projects/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Projects")
    expect(navigation.get_by_role("link", name="Projects")).to_have_attribute(
        "aria-current", "page"
    )
    results = page.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("20 results")
    assert scroll_width(page) <= PHONE["width"]

    programme = page.get_by_label("Programme", exact=True)
    urbact = programme.get_by_role("option", name=re.compile(r"^URBACT II \(")).inner_text()
    programme.select_option(label=urbact)
    page.get_by_role("button", name="Show results").tap()
    page.wait_for_url(re.compile(r"/en/projects/\?.*programme=urbact-ii"))
    expect(results.get_by_role("heading", level=2)).to_have_text(f"{count_in(urbact)} results")
    expect(results.locator(".cards").get_by_role("heading", level=3)).to_have_count(
        count_in(urbact)
    )
    active_filters = page.get_by_role("list", name="Active filters")
    expect(active_filters.get_by_role("link")).to_have_text(
        [re.compile(r"^Programme: URBACT II \(remove this filter\)"), "Clear all filters"]
    )
    # On a phone the filters come first; a link leads past them.
    page.get_by_role("link", name=f"Skip the filters to the {count_in(urbact)} results").tap()
    expect(results).to_be_focused()
    expect(results.get_by_role("heading", level=2)).to_be_in_viewport()
    assert scroll_width(page) <= PHONE["width"]

    navigation.get_by_role("link", name="Map").tap()
    page.wait_for_url(portal_server + "/en/map/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Map of cities")
    city_map = page.get_by_role("region", name="Map of cities")
    expect(city_map).to_be_visible()
    # Offline the background tiles fail, which the page says; the markers need no tiles.
    expect(page.get_by_role("status")).to_have_text(
        "The background map could not be loaded; the cities on the map and in the list still work."
    )
    city_list = page.get_by_role("region", name="List of cities")
    cities = city_list.get_by_role("heading", level=3)
    markers = city_map.get_by_role("button").and_(city_map.locator(".leaflet-marker-icon"))
    expect(markers).to_have_count(cities.count())
    assert cities.count() > 1
    page.wait_for_function(MARKER_PICTURES_LOADED)
    assert markers.evaluate_all("icons => icons.filter(icon => !icon.naturalWidth).length") == 0
    assert scroll_width(page) <= PHONE["width"]

    city_map.get_by_role("button", name="Kansas City").tap()
    city_map.get_by_role("link", name="What is in Kansas City").tap()
    expect(page).to_have_url(portal_server + "/en/map/#city-kansas-city")
    kansas_city = city_list.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name="Kansas City", exact=True)
    )
    expect(kansas_city).to_be_focused()
    expect(kansas_city).to_be_in_viewport()

    olomouc = city_list.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name="Olomouc", exact=True)
    )
    # The list links each city's page, which lists what is there.
    olomouc.get_by_role("link", name="What is in Olomouc").tap()
    page.wait_for_url(re.compile(r"/en/[^/]+/olomouc/$"))
    page.get_by_role("link", name="SEMAFOR – a traffic-education centre in Olomouc").first.tap()
    page.wait_for_url(portal_server + "/en/good-practices/semafor-traffic-education-centre/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "SEMAFOR – a traffic-education centre in Olomouc"
    )
    assert scroll_width(page) <= PHONE["width"]
    assert problems == []

    page.screenshot(path=tmp_path / "phone.png", full_page=True)
    assert (tmp_path / "phone.png").stat().st_size > 0
