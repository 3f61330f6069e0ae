"""Tools nobody here wrote judge every page type in every language: axe-core and the W3C checker."""

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.pages import every_page
from tests.support.server import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


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
    # Run as DevTools code: the pages' Content-Security-Policy refuses an added inline script.
    page.evaluate(AXE.read_text())

    results = page.evaluate(f"axe.run(document, {{runOnly: {json.dumps(WCAG_21_AA)}}})")

    violations = [
        f"{violation['id']}: {violation['help']} ({node['target']})"
        for violation in results["violations"]
        for node in violation["nodes"]
    ]
    assert violations == []
    assert page.locator("html").get_attribute("lang") == language


def test_the_w3c_checker_finds_no_html_error(portal_server, tmp_path):
    files = {}
    for kind, language, path in every_page():
        file = tmp_path / f"{kind.replace(' ', '-').replace(',', '')}-{language}.html"
        file.write_bytes(fetch(portal_server + path))
        files[file.name] = (kind, language, path)

    checked = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *map(str, sorted(tmp_path.glob("*.html"))),
        ],
        capture_output=True,
        text=True,
    )

    messages = json.loads(checked.stderr)["messages"]
    errors = [
        f"{files.get(message.get('url', '').rpartition('/')[2])} line {message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
    ]
    assert errors == []
    assert len(files) == len(every_page())
