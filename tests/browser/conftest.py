"""Fixtures of the browser tests: the production-like portal (tests/support/server.py) and
Debian's Chromium driven by Playwright."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.chromium import launch_chromium
from tests.support.server import production_portal, running_portal
from tests.support.smtp import SMTPServer

# Playwright's synchronous API keeps an event loop in this thread, which Django would otherwise
# take for async code and refuse the database to the other tests of the run.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BROWSER_TESTS = Path(__file__).parent
ENQUIRY_STAFF_ADDRESS = "staff@portal.example.org"


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
def mail_server():
    """A real SMTP server on loopback for the whole run; the enquiry portal sends to it."""
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def enquiry_portal(mail_server):
    """A second portal (base_url, env) for the forms that send e-mail: its mail goes to
    mail_server, its staff's to ENQUIRY_STAFF_ADDRESS, and it trusts one proxy's
    X-Forwarded-For, so that each test writes from a network address of its own and the
    enquiry limits of one do not reach another."""
    environment = {
        "EMAIL_URL": mail_server.url,
        "DJANGO_ENQUIRY_STAFF_EMAILS": ENQUIRY_STAFF_ADDRESS,
        "DJANGO_TRUSTED_PROXY_COUNT": "1",
    }
    with running_portal(environment=environment, database_suffix="_enquiries") as portal:
        yield portal


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
