"""The city picker in Chromium: static/js/city-picker.js turns the field's real <select> into a
combobox that asks the real suggestions view, and is used with the keyboard alone.

No page of the portal uses the field yet, so the test frames the field's HTML in a page of its own
(served through Playwright's routing, with the portal's CSP) and answers the script's requests
with what the view answered Django's test client. Both are made before the page opens: Playwright
calls the routing in a greenlet of its own, where Django would open another database connection,
outside the test's transaction."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from portal.contributions.cities import CityField
from tests.browser.judges import axe_violations, w3c_errors
from tests.support.contributions import partner_of
from tests.support.factories import CityFactory, CountryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

ORIGIN = "http://picker.test"
STATIC = Path(__file__).resolve().parents[2] / "static"
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"

FRAME = Template(
    """<!doctype html><html lang="{{ language }}"><head><meta charset="utf-8">
<title>City picker</title><link rel="stylesheet" href="/static/css/portal.css"></head>
<body><main><h1>City picker</h1>
<form method="post" action="/sent/" class="enquiry-form" novalidate>
{% include "enquiries/field.html" with field=form.city %}
<button type="submit">Save</button></form></main>{{ form.media }}</body></html>"""
)


class PlaceForm(forms.Form):
    city = CityField(label="City", help_text="Where the practice works.")


@pytest.fixture
def cities():
    poland = CountryFactory(code="PL", name_pl="Polska", name_cs="Polsko", name_en="Poland")
    czechia = CountryFactory(code="CZ", name_pl="Czechy", name_cs="Česko", name_en="Czechia")
    names = [
        ("Opole", "Opolí", "Opole", poland),
        ("Ostrawa", "Ostrava", "Ostrava", czechia),
        ("Morawska Ostrawa", "Moravská Ostrava a Přívoz", "Moravská Ostrava a Přívoz", czechia),
        ("Przerów", "Přerov", "Přerov", czechia),
    ]
    return {
        en: CityFactory(name_pl=pl, name_cs=cs, name_en=en, country=country)
        for pl, cs, en, country in names
    }


@pytest.fixture
def picker(page, client, cities):
    """What the routing serves: the page, the suggestions for what a test types, and `sent`, the
    posts of the form."""
    client.force_login(partner_of(OrganisationFactory()))
    state = {"client": client, "page": "", "suggestions": {}, "sent": []}

    def answer(route):
        address = urlsplit(route.request.url)
        if address.path == "/page/":
            headers = {"Content-Security-Policy": CSP}
            return route.fulfill(body=state["page"], content_type="text/html", headers=headers)
        if address.path.startswith("/static/"):
            return route.fulfill(path=str(STATIC / address.path.removeprefix("/static/")))
        if address.path == "/sent/":
            state["sent"].append(route.request.post_data)
            return route.fulfill(
                body="<!doctype html><title>Sent</title>", content_type="text/html"
            )
        (query,) = parse_qs(address.query)["q"]
        body = state["suggestions"].get((address.path, query))
        if body is None:
            return route.fulfill(status=404, body=f"Not prepared: {query}")
        return route.fulfill(body=body, content_type="application/json")

    page.route(f"{ORIGIN}/**", answer)
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    state["problems"] = problems
    return state


def open_page(page, picker, *, data=None, language="en", typing=()):
    """The picker's page, its form bound to `data`; the suggestions for each start of `typing`."""
    with translation.override(language):
        form = PlaceForm(data)
        picker["page"] = FRAME.render(Context({"form": form, "language": language}))
        address = reverse("contributions:cities")
    for word in typing:
        for end in range(1, len(word) + 1):
            response = picker["client"].get(address, {"q": word[:end]})
            assert response.status_code == 200
            picker["suggestions"][(address, word[:end])] = response.content
    page.goto(f"{ORIGIN}/page/")
    page.wait_for_selector("input[role=combobox]")
    return page.locator("#id_city")


def options(page):
    return page.locator("[role=option]").all_text_contents()


def test_a_partner_types_and_chooses_a_city_with_the_keyboard(page, picker, cities):
    combobox = open_page(page, picker, typing=["ostrava"])
    assert combobox.get_attribute("role") == "combobox"
    assert combobox.get_attribute("aria-expanded") == "false"
    listbox = page.locator(f"#{combobox.get_attribute('aria-controls')}")
    assert listbox.get_attribute("role") == "listbox"

    page.click("label[for=id_city]")
    page.keyboard.type("ostrava")
    page.wait_for_selector("[role=option]")
    assert options(page) == ["Ostrava (Czechia)", "Moravská Ostrava a Přívoz (Czechia)"]
    assert combobox.get_attribute("aria-expanded") == "true"
    assert page.locator("[role=status]").text_content() == (
        "2 cities found. Use the down arrow key to choose."
    )
    assert axe_violations(page) == []

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == "id_city-suggestions-1"
    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == "id_city-suggestions-0"
    page.keyboard.press("ArrowUp")
    assert page.locator("[aria-selected=true]").all_text_contents() == [
        "Moravská Ostrava a Přívoz (Czechia)"
    ]
    page.keyboard.press("Enter")
    assert combobox.input_value() == "Moravská Ostrava a Přívoz (Czechia)"
    assert combobox.get_attribute("aria-expanded") == "false"
    assert combobox.get_attribute("aria-activedescendant") is None

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{ORIGIN}/sent/")
    assert picker["sent"] == [f"city={cities['Moravská Ostrava a Přívoz'].pk}"]
    assert picker["problems"] == []


def test_escape_closes_the_list_then_clears_the_field(page, picker, cities):
    combobox = open_page(page, picker, typing=["prer"])
    combobox.press_sequentially("prer")
    page.wait_for_selector("[role=option]")
    page.keyboard.press("Escape")
    assert combobox.get_attribute("aria-expanded") == "false"
    assert combobox.input_value() == "prer"
    page.keyboard.press("Escape")
    assert combobox.input_value() == ""
    assert page.locator("select[name=city]").input_value() == ""


def test_the_picker_speaks_the_language_of_the_page(page, picker, cities):
    combobox = open_page(page, picker, language="cs", typing=["opo", "zzz"])
    combobox.press_sequentially("opo")
    page.wait_for_selector("[role=option]")
    assert options(page) == ["Opolí (Polsko)"]
    assert page.locator("[role=status]").text_content() == (
        "Nalezeno 1 město. Vyberte šipkou dolů."
    )
    combobox.fill("")
    combobox.press_sequentially("zzz")
    expect(page.locator("[role=status]")).to_have_text(
        "Žádné město neodpovídá. Zkuste méně písmen."
    )
    assert options(page) == []
    assert combobox.get_attribute("aria-expanded") == "false"


def test_a_field_in_error_keeps_its_message_and_description(page, picker, cities):
    combobox = open_page(page, picker, data={"city": ""})
    assert combobox.get_attribute("aria-invalid") == "true"
    assert combobox.get_attribute("aria-describedby") == (
        "id_city_helptext id_city_error id_city-picker-hint"
    )
    assert page.locator("#id_city_error").text_content() == "Choose a city from the list."
    assert axe_violations(page) == []


def test_a_chosen_city_is_shown_in_the_field(page, picker, cities):
    chosen = cities["Přerov"]
    combobox = open_page(page, picker, data={"city": str(chosen.pk)})
    assert combobox.input_value() == "Přerov (Czechia)"
    assert page.locator("select[name=city]").input_value() == str(chosen.pk)
    assert page.locator("select[name=city]").is_hidden()


def test_a_name_typed_out_in_full_counts_as_chosen(page, picker, cities):
    combobox = open_page(page, picker, typing=["přerov", "ostr"])
    combobox.press_sequentially("přerov")
    page.wait_for_selector("[role=option]")
    page.keyboard.press("Tab")
    assert combobox.input_value() == "Přerov (Czechia)"
    assert page.locator("select[name=city]").input_value() == str(cities["Přerov"].pk)
    # Part of a name is not a choice: the server asks for one.
    combobox.fill("")
    combobox.press_sequentially("ostr")
    page.wait_for_selector("[role=option]")
    page.keyboard.press("Tab")
    assert combobox.input_value() == "ostr"
    assert page.locator("select[name=city]").input_value() == ""


def test_the_field_as_the_server_sends_it_is_valid_html(tmp_path, cities):
    labels = {}
    for language in ["pl", "cs", "en"]:
        for state, data in [("empty", None), ("error", {"city": ""})]:
            with translation.override(language):
                html = FRAME.render(Context({"form": PlaceForm(data), "language": language}))
            name = f"{language}-{state}.html"
            (tmp_path / name).write_text(html, encoding="utf-8")
            labels[name] = f"{language} {state}"
    assert w3c_errors(tmp_path, labels) == []
