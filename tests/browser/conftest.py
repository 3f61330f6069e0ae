"""Fixtures of the browser tests: the production-like portal (tests/support/server.py) and
Debian's Chromium driven by Playwright."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.chromium import launch_chromium
from tests.support.server import production_portal

# Playwright's synchronous API keeps an event loop in this thread, which Django would otherwise
# take for async code and refuse the database to the other tests of the run.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BROWSER_TESTS = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark every test in this folder `browser`, before `-m` selects by markers."""
    for item in items:
        if item.path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def portal_server():
    """The base address of the running portal with the demo content and an editor's account."""
    with production_portal() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (no cookies) on a desktop screen, preferring English."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    yield tab
    context.close()
