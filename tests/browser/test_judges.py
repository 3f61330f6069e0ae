"""Tools nobody here wrote judge every page type in every language: axe-core and the W3C checker."""

import urllib.error
import urllib.request

import pytest

from tests.browser.judges import axe_violations, w3c_errors
from tests.browser.pages import every_page


def fetch(url):
    """The page's HTML, whatever its status (the 404 page is judged too)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


@pytest.mark.parametrize(("kind", "language", "path"), every_page())
def test_axe_finds_no_wcag_21_aa_violation(page, portal_server, kind, language, path):
    page.goto(portal_server + path)

    assert axe_violations(page) == []
    assert page.locator("html").get_attribute("lang") == language


def test_the_w3c_checker_finds_no_html_error(portal_server, tmp_path):
    files = {}
    for kind, language, path in every_page():
        file = tmp_path / f"{kind.replace(' ', '-').replace(',', '')}-{language}.html"
        file.write_bytes(fetch(portal_server + path))
        files[file.name] = (kind, language, path)

    errors = w3c_errors(tmp_path, files)

    assert errors == []
    assert len(files) == len(every_page())
