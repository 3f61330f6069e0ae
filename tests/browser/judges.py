"""The two judges of the browser tests, tools nobody here wrote: axe-core run in the page, and the
W3C checker (vnu) run on saved HTML."""

import json
import subprocess

from django.utils.text import slugify

from tests.support.server import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line per element."""
    # Run as DevTools code: the pages' Content-Security-Policy refuses an added inline script.
    page.evaluate(AXE.read_text())
    results = page.evaluate(f"axe.run(document, {{runOnly: {json.dumps(WCAG_21_AA)}}})")
    return [
        f"{violation['id']}: {violation['help']} ({node['target']})"
        for violation in results["violations"]
        for node in violation["nodes"]
    ]


def w3c_errors(folder, labels):
    """The W3C checker's errors in the HTML files of `folder` that `labels` names (file name ->
    what the file shows), each line starting with its file's label."""
    checked = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *(str(folder / name) for name in sorted(labels)),
        ],
        capture_output=True,
        text=True,
    )
    return [
        f"{labels.get(message.get('url', '').rpartition('/')[2])} line {message.get('lastLine')}: "
        f"{message['message']}"
        for message in json.loads(checked.stderr)["messages"]
    ]


def w3c_errors_in_states(open_state, states, languages, folder):
    """Open every state in every language (`open_state(state, language)` gives a browser context
    and its page), save each page's HTML in `folder`, and judge them all in one run of the W3C
    checker: its errors, and how many pages it read."""
    files = {}
    for state in states:
        for language in languages:
            context, page = open_state(state, language)
            file = folder / f"{slugify(state)}-{language}.html"
            file.write_text(page.content())
            files[file.name] = (state, language)
            context.close()
    return w3c_errors(folder, files), len(files)
