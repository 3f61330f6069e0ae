"""Debian's Chromium, as the browser tests, `make audit` and `make screenshots` launch it."""

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright):
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: `make browser-tools` installs it.")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
