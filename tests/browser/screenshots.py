"""Pictures of the main pages on a desktop and a phone, for the README: `make screenshots`.

Starts the production-like portal with the demo content (server.py), opens each page in Debian's
Chromium and writes docs/screenshots/<page>-<desktop|phone>.png, replacing the previous ones.
"""

import sys

from playwright.sync_api import sync_playwright

from tests.browser.chromium import launch_chromium
from tests.support.server import ROOT, production_portal

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
]
SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
}


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    print("Starting the portal with the demo content...", flush=True)
    with production_portal() as base_url, sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        done, total = 0, len(PAGES) * len(SCREENS)
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
            for name, path in PAGES:
                page.goto(base_url + path, wait_until="networkidle")
                target = OUTPUT / f"{name}-{screen}.png"
                # The first screenful, as a visitor first sees it.
                page.screenshot(path=target)
                done += 1
                print(f"[{done}/{total}] {target.relative_to(ROOT)}", flush=True)
            context.close()
        chromium.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
