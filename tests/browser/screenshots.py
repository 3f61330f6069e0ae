"""Pictures of the main pages on a desktop and a phone, for the README: `make screenshots`.

Starts the production-like portal with the demo content (server.py), opens each page in Debian's
Chromium and writes docs/screenshots/<page>-<desktop|phone>.png, replacing the previous ones. The
partner space's pages are taken logged in as the demo partner (portal/demo/partner.py). Names given
as arguments (`python -m tests.browser.screenshots apply alert-subscribe`) take only those pages.
"""

import subprocess
import sys

from playwright.sync_api import sync_playwright

from tests.browser.chromium import launch_chromium
from tests.support.server import ROOT, running_portal

OUTPUT = ROOT / "docs" / "screenshots"
PAGES = [
    ("home", "/en/"),
    ("practices", "/cs/dobre-praxe/?programme=interreg-cz-pl"),
    ("practice", "/en/good-practices/gogolin-transfer-hub/"),
    ("enquiry", "/cs/dobre-praxe/gogolin-transfer-hub/napiste/"),
    ("project", "/pl/projekty/razem-dla-rozwoju-aglomeracji/"),
    ("city", "/en/cities/opole/"),
    ("search", "/en/search/?q=olomuniec"),
    ("map", "/en/map/"),
    # Issue 19, in Czech: an event's application facts, its form, the alert's subscribe page.
    (
        "event-applications",
        "/cs/udalosti/study-visit-olomouc-crisis-management-upcoming/#applications-heading",
    ),
    ("apply", "/cs/udalosti/study-visit-olomouc-crisis-management-upcoming/prihlaska/"),
    ("alert-subscribe", "/cs/upozorneni/prihlaseni/?follow=events&kind=study_visit&country=cz"),
]
# The partner space, as the demo partner sees it (docs/partners.md shows them).
PARTNER_PAGES = [
    ("partner-space", "/en/for-partners/"),
    ("partner-practice-form", "/en/for-partners/practices/new/"),
]
PARTNER_PASSWORD = "screenshots-only-demo-partner-password"
CREATE_PARTNER = (
    "from portal.demo.partner import demo_partner_load; "
    f"print(demo_partner_load(password={PARTNER_PASSWORD!r}).user.get_username())"
)
SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
}


def demo_partner(portal):
    """Create the demo partner on the portal; its user name."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CREATE_PARTNER],
        env=portal.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.split()[-1]


def log_in(page, base_url, username):
    page.goto(base_url + "/en/for-partners/log-in/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PARTNER_PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def shoot(page, address, target, done, total):
    page.goto(address, wait_until="networkidle")
    # The first screenful, as a visitor first sees it.
    page.screenshot(path=target)
    print(f"[{done}/{total}] {target.relative_to(ROOT)}", flush=True)


def main(names=()):
    pages = [page for page in PAGES if not names or page[0] in names]
    partner_pages = [page for page in PARTNER_PAGES if not names or page[0] in names]
    OUTPUT.mkdir(parents=True, exist_ok=True)
    print("Starting the portal with the demo content...", flush=True)
    with running_portal() as portal, sync_playwright() as playwright:
        base_url = portal.base_url
        partner = demo_partner(portal)
        chromium = launch_chromium(playwright)
        done, total = 0, (len(pages) + len(partner_pages)) * len(SCREENS)
        for screen, options in SCREENS.items():
            context = chromium.new_context(**options)
            # Offline like the tests: map tiles come from the internet and are left out.
            context.route(
                "**/*",
                lambda route: (
                    route.abort()
                    if not route.request.url.startswith(base_url)
                    else route.continue_()
                ),
            )
            page = context.new_page()
            for name, path in pages:
                done += 1
                shoot(page, base_url + path, OUTPUT / f"{name}-{screen}.png", done, total)
            if partner_pages:
                log_in(page, base_url, partner)
            for name, path in partner_pages:
                done += 1
                shoot(page, base_url + path, OUTPUT / f"{name}-{screen}.png", done, total)
            context.close()
        chromium.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
